// Training throughput of Descent against the libraries users would otherwise pick.
//
// Method. For each workload, three rounds; in each round every library in turn is built
// (setup: model, optimizer, pre-cut batches or Vols; not timed), trains one warm-up epoch
// (JIT, wasm compilation, optimizer state), then trains whole epochs timed with
// performance.now() until at least MIN_SECONDS have passed and at least MIN_EPOCHS were run;
// samples/s = samples × epochs / seconds. The reported figure is the median of the rounds.
// A library whose warm-up epoch takes longer than SLOW_EPOCH_MS is timed in one round only,
// to keep the whole run to a few minutes. Interleaving libraries within a round spreads slow
// drift of the machine (heat, other load) evenly. All libraries see the same data in the
// same order (no shuffling) and the same minibatches; one sample = forward + backward +
// its share of the per-batch update. Everything runs in this one process, one at a time.
//
// Usage: npm run bench [-- --only W2,W3] [--libs descent,convnetjs] [--json file.json]
//                      [--browser | --no-browser]
//                      [--tfjs-loop fit|minimize]
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { version } from '@tensorflow/tfjs';
import type { Adapter } from './adapters/adapter';
import { convnetjsAdapter } from './adapters/convnetjs';
import { descentAdapter } from './adapters/descent';
import { measureBrowser, printBrowser } from './browser';
import { tfjsAdapter, type TfjsLoop } from './adapters/tfjs';
import { buildWorkloads, type Workload } from './workloads';

const MIN_SECONDS = 1.5;
const MIN_EPOCHS = 2;
const ROUNDS = 3;
const SLOW_EPOCH_MS = 3000;
const tfjsVersion = version.tfjs;

interface Timing {
  samplesPerSecond: number;
  epochs: number;
  seconds: number;
  warmupMs: number;
}

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  if (i < 0) return null;
  const next = process.argv[i + 1];
  return next === undefined || next.startsWith('--') ? '' : next;
}
const list = (name: string) => option(name)?.split(',').filter(Boolean) ?? null;

async function time(adapter: Adapter, w: Workload): Promise<Timing> {
  await adapter.setup(w);
  try {
    let t = performance.now();
    await adapter.trainEpoch();
    const warmupMs = performance.now() - t;
    let epochs = 0;
    let elapsed = 0;
    t = performance.now();
    while (epochs < MIN_EPOCHS || elapsed < MIN_SECONDS * 1000) {
      await adapter.trainEpoch();
      epochs++;
      elapsed = performance.now() - t;
    }
    const seconds = elapsed / 1000;
    return { samplesPerSecond: (w.data.n * epochs) / seconds, epochs, seconds, warmupMs };
  } finally {
    adapter.dispose();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number | undefined) =>
  x === undefined ? '-' : Math.round(x).toLocaleString('en-US');
const pad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

async function main() {
  // The page's figures (bench/browser.ts): alone with --browser, skipped with --no-browser.
  const browserOnly = process.argv.includes('--browser');
  if (browserOnly) return printBrowser(await measureBrowser());
  const only = list('--only');
  const libs = list('--libs');
  const loop = (option('--tfjs-loop') || 'minimize') as TfjsLoop;
  if (loop !== 'fit' && loop !== 'minimize') throw new Error('--tfjs-loop is fit or minimize');
  const jsonFile = option('--json');
  if (jsonFile === '') throw new Error('--json needs a file name');
  const workloads = buildWorkloads().filter((w) => only === null || only.includes(w.id));

  const all: Adapter[] = [
    descentAdapter('wasm'),
    descentAdapter('js'),
    tfjsAdapter('cpu', loop),
    tfjsAdapter('wasm', loop),
    convnetjsAdapter(),
  ];
  const adapters = all.filter((a) => libs === null || libs.includes(a.name));

  const cpus = os.cpus();
  console.log(
    `node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model}, ` +
      `load average ${os.loadavg()[0].toFixed(2)} (other processes skew the numbers)`,
  );
  console.log(
    `tfjs ${tfjsVersion}, tfjs loop: ${loop}; ${ROUNDS} rounds, ≥${MIN_SECONDS} s and ≥${MIN_EPOCHS} epochs each`,
  );

  // results[workload][library] = one Timing per round
  const results: Record<string, Record<string, Timing[]>> = {};
  const facts: Record<string, string> = {};
  for (const w of workloads) {
    results[w.id] = {};
    const slow = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const a of adapters) {
        if (slow.has(a.name)) continue;
        const t = await time(a, w);
        facts[a.name] = a.describe?.() ?? '';
        (results[w.id][a.name] ??= []).push(t);
        if (t.warmupMs > SLOW_EPOCH_MS) slow.add(a.name);
        const s = `${w.id} ${a.name} round ${round + 1}: ${fmt(t.samplesPerSecond)} samples/s`;
        console.error(`${s} (${t.epochs} epochs in ${t.seconds.toFixed(2)} s)`);
      }
    }
  }

  const names = adapters.map((a) => a.name);
  const speed = (w: Workload, name: string) => {
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
  if (!process.argv.includes('--no-browser')) printBrowser(await measureBrowser());
}

// Caught here: tfjs-wasm installs a process handler that rethrows an unhandled rejection,
// which Node then reports with a dump of its whole minified line instead of our error.
await main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
