// Training throughput of Descent against the libraries users would otherwise pick.
//
// Method. Every timing runs in a fresh process of its own (timeLibrary.ts), one library on
// one workload: no library shares its process with another's JIT state, garbage or loaded
// modules, and each runs as it is fastest. For each workload, three rounds; in each round
// every library in turn is built (model, optimizer, pre-cut batches or Vols; not timed),
// trains untimed warm-up epochs (JIT, wasm compilation, optimizer state) for at least
// WARMUP_SECONDS, then trains whole epochs timed with performance.now() until at least
// MIN_SECONDS have passed and at least MIN_EPOCHS were run (timing.ts); samples/s =
// samples × epochs / seconds. The reported figure is the median of the rounds. A library
// whose first epoch takes longer than SLOW_EPOCH_MS is timed in one round only, to keep the
// whole run to a few minutes.
// Interleaving libraries within a round spreads slow drift of the machine (heat, other
// load) evenly; one process runs at a time. All libraries see the same data in the same
// order (no shuffling) and the same minibatches; one sample = forward + backward + its share
// of the per-batch update. This process only starts the others and prints the table.
//
// Usage: npm run bench [-- --only W2,W3] [--libs descent,convnetjs] [--json file.json]
//                      [--browser | --no-browser]
//                      [--tfjs-loop fit|minimize]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { LIBRARIES, type Library } from './adapters/index';
import type { TfjsLoop } from './adapters/tfjs';
import { MIN_EPOCHS, MIN_SECONDS, WARMUP_SECONDS, type Timing } from './timing';
import { workloadSpecs, type WorkloadSpec } from './workloads';

const ROUNDS = 3;
const SLOW_EPOCH_MS = 3000;
const CHILD = fileURLToPath(new URL('./timeLibrary.ts', import.meta.url));
const tfjsVersion = (
  createRequire(import.meta.url)('@tensorflow/tfjs/package.json') as {
    version: string;
  }
).version;

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  if (i < 0) return null;
  const next = process.argv[i + 1];
  return next === undefined || next.startsWith('--') ? '' : next;
}
const list = (name: string) => option(name)?.split(',').filter(Boolean) ?? null;

/**
 * Times `library` on `workload` in a new Node process with this one's flags (tsx's loader
 * among them) and returns what it printed.
 */
function timeInChild(library: Library, workload: string, loop: TfjsLoop): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, CHILD, library, workload, loop], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as Timing);
      else reject(new Error(`${library} on ${workload}: its process exited with ${code}`));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number | undefined) =>
  x === undefined ? '-' : Math.round(x).toLocaleString('en-US');
const pad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const load = () => os.loadavg()[0].toFixed(2);

async function main() {
  // The page's figures (bench/browser.ts): alone with --browser, skipped with --no-browser.
  // Imported only when wanted: it builds the app and loads the engine in this process.
  const browser = () => import('./browser');
  if (process.argv.includes('--browser')) {
    const { measureBrowser, printBrowser } = await browser();
    return printBrowser(await measureBrowser());
  }
  const only = list('--only');
  const libs = list('--libs');
  const loop = (option('--tfjs-loop') || 'minimize') as TfjsLoop;
  if (loop !== 'fit' && loop !== 'minimize') throw new Error('--tfjs-loop is fit or minimize');
  const jsonFile = option('--json');
  if (jsonFile === '') throw new Error('--json needs a file name');
  const unknown = (libs ?? []).filter((n) => !(LIBRARIES as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`--libs: no library ${unknown.join(', ')}`);
  const workloads = workloadSpecs().filter((w) => only === null || only.includes(w.id));
  const names = LIBRARIES.filter((n) => libs === null || libs.includes(n));

  const cpus = os.cpus();
  console.log(
    `node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model}, ` +
      `load average ${load()} (other processes skew the numbers)`,
  );
  console.log(
    `tfjs ${tfjsVersion}, tfjs loop: ${loop}; ${ROUNDS} rounds, each in a process of its own: ` +
      `≥${WARMUP_SECONDS} s of warm-up, then ≥${MIN_SECONDS} s and ≥${MIN_EPOCHS} epochs timed`,
  );

  // results[workload][library] = one Timing per round
  const results: Record<string, Record<string, Timing[]>> = {};
  const facts: Record<string, string> = {};
  for (const w of workloads) {
    results[w.id] = {};
    const slow = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of names) {
        if (slow.has(name)) continue;
        const t = await timeInChild(name, w.id, loop);
        facts[name] = t.facts;
        (results[w.id][name] ??= []).push(t);
        if (t.warmupMs > SLOW_EPOCH_MS) slow.add(name);
        const s = `${w.id} ${name} round ${round + 1}: ${fmt(t.samplesPerSecond)} samples/s`;
        console.error(`${s} (${t.epochs} epochs in ${t.seconds.toFixed(2)} s, load ${load()})`);
      }
    }
  }

  const summary = printTable(workloads, names, results);
  console.log(`load average at the end ${load()}`);
  for (const w of workloads) console.log(`${w.id}: ${w.title}`);
  for (const n of names) if (facts[n]) console.log(`${n}: ${facts[n]}`);
  for (const w of workloads) {
    const one = names.filter((n) => results[w.id][n]?.length === 1);
    if (one.length > 0) console.log(`${w.id}: one round only for ${one.join(', ')} (slow epochs)`);
  }

  if (jsonFile) {
    const machine = {
      node: process.version,
      cpus: cpus.length,
      cpu: cpus[0]?.model,
      tfjs: tfjsVersion,
    };
    writeFileSync(
      jsonFile,
      JSON.stringify({ machine, tfjsLoop: loop, facts, results, summary }, null, 2),
    );
    console.log(`wrote ${jsonFile}`);
  }
  if (!process.argv.includes('--no-browser')) {
    const { measureBrowser, printBrowser } = await browser();
    printBrowser(await measureBrowser());
  }
}

/** The table: medians per library, the best other library, Descent's ratio and verdict. */
function printTable(
  workloads: WorkloadSpec[],
  names: readonly string[],
  results: Record<string, Record<string, Timing[]>>,
) {
  const speed = (w: WorkloadSpec, name: string) => {
    const runs = results[w.id][name];
    return runs === undefined ? undefined : median(runs.map((t) => t.samplesPerSecond));
  };
  const widths = [4, ...names.map((n) => Math.max(n.length, 11)), 11, 7, 7, 6];
  const row = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ');
  console.log('\nsamples/s (median of rounds; higher is better)\n');
  console.log(row(['', ...names, 'best other', 'ratio', 'target', '']));
  const summary = workloads.map((w) => {
    const others = names.filter((n) => !n.startsWith('descent')).map((n) => speed(w, n) ?? 0);
    const best = Math.max(0, ...others);
    const ours = speed(w, 'descent');
    const ratio = ours !== undefined && best > 0 ? ours / best : undefined;
    const verdict = ratio === undefined ? '' : ratio >= w.target ? 'PASS' : 'MISS';
    const cells = names.map((n) => fmt(speed(w, n)));
    const r = ratio === undefined ? '-' : `${ratio.toFixed(2)}x`;
    console.log(row([w.id, ...cells, fmt(best || undefined), r, `≥${w.target}x`, verdict]));
    return { workload: w.id, title: w.title, bestOther: best, ratio, target: w.target, verdict };
  });
  console.log('');
  return summary;
}

// Caught here, so that an error (a library's process failing, the browser part) reads as ours.
await main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
