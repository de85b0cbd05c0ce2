// The bench's tables: samples/s per library with Descent's ratios and verdicts, then the
// same throughputs as GFLOP/s against the engine's WebAssembly SIMD product.
import { flopsPerSample } from './flops';
import type { Timing } from './timing';
import type { WorkloadSpec } from './workloads';

/** results[workload][library]: one Timing per round, or why the library cannot train it. */
export type Results = Record<string, Record<string, Timing[] | { unsupported: string }>>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const fmt = (x: number | undefined) =>
  x === undefined ? '-' : Math.round(x).toLocaleString('en-US');
const pad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/** The median samples/s of a library on a workload; undefined when not timed or n/a. */
function speed(results: Results, w: WorkloadSpec, name: string): number | undefined {
  const runs = results[w.id][name];
  return runs === undefined || 'unsupported' in runs
    ? undefined
    : median(runs.map((t) => t.samplesPerSecond));
}

const cell = (results: Results, w: WorkloadSpec, name: string) =>
  results[w.id][name] !== undefined && 'unsupported' in results[w.id][name]
    ? 'n/a'
    : fmt(speed(results, w, name));

/**
 * Medians per library, the best other library, Descent's ratio and verdict. A workload with
 * targets against named libraries (W5: ≥ 5× convnetjs) passes only when all of them hold;
 * those ratios are printed under the table.
 */
export function printTable(workloads: WorkloadSpec[], names: readonly string[], results: Results) {
  const widths = [4, ...names.map((n) => Math.max(n.length, 11)), 11, 7, 7, 6];
  const row = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ');
  const notes: string[] = [];
  console.log('\nsamples/s (median of rounds; higher is better)\n');
  console.log(row(['', ...names, 'best other', 'ratio', 'target', '']));
  const summary = workloads.map((w) => {
    const others = names.filter((n) => !n.startsWith('descent'));
    const best = Math.max(0, ...others.map((n) => speed(results, w, n) ?? 0));
    const ours = speed(results, w, 'descent');
    const ratio = ours !== undefined && best > 0 ? ours / best : undefined;
    let verdict = ratio === undefined ? '' : ratio >= w.target ? 'PASS' : 'MISS';
    for (const [name, target] of Object.entries(w.targetOver ?? {})) {
      const theirs = speed(results, w, name);
      if (ours === undefined || theirs === undefined) continue;
      const over = ours / theirs;
      if (over < target) verdict = 'MISS';
      const result = over >= target ? 'PASS' : 'MISS';
      notes.push(`${w.id}: descent / ${name} ${over.toFixed(2)}x, target ≥${target}x ${result}`);
    }
    const cells = names.map((n) => cell(results, w, n));
    const r = ratio === undefined ? '-' : `${ratio.toFixed(2)}x`;
    console.log(row([w.id, ...cells, fmt(best || undefined), r, `≥${w.target}x`, verdict]));
    return { workload: w.id, title: w.title, bestOther: best, ratio, target: w.target, verdict };
  });
  for (const note of notes) console.log(note);
  console.log('');
  return summary;
}

/** GFLOP/s of every library on every workload, and its share of the wasm product's. */
export function printFlops(
  workloads: WorkloadSpec[],
  names: readonly string[],
  results: Results,
  ceiling: { n: number; gflops: number },
) {
  const { n, gflops } = ceiling;
  console.log(
    `\nGFLOP/s (2 flops per multiply-add of the forward and backward products, flops.ts) and ` +
      `share of the ceiling: Descent's WebAssembly SIMD matmul on ${n}×${n}×${n}, ` +
      `${gflops.toFixed(1)} GFLOP/s on one thread of this machine\n`,
  );
  const widths = [4, 12, ...names.map((name) => Math.max(name.length, 13))];
  const row = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ');
  console.log(row(['', 'MFLOP/sample', ...names]));
  for (const w of workloads) {
    const { forward, backward } = flopsPerSample(w);
    const perSample = forward + backward;
    const cells = names.map((name) => {
      const s = speed(results, w, name);
      if (s === undefined) return cell(results, w, name);
      const g = (s * perSample) / 1e9;
      return `${g.toFixed(g < 1 ? 3 : 2)} (${((100 * g) / gflops).toFixed(1)}%)`;
    });
    console.log(row([w.id, (perSample / 1e6).toFixed(perSample < 1e5 ? 4 : 2), ...cells]));
  }
  console.log('');
}
