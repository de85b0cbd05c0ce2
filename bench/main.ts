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
// tfjs is timed in both of its training loops (trainOnBatch and optimizer.minimize), each in
// its own process, and the faster kept per round (--tfjs-loop pins one). After the table, the
// engine's WebAssembly SIMD product is timed on 512×512×512 (ceiling.ts), and each
// throughput is shown as GFLOP/s (flops.ts) and as a share of that ceiling.
//
// Usage: npm run bench [-- --only W2,W3] [--libs descent,convnetjs] [--json file.json]
//                      [--browser | --browser-only spiral,digits,… | --no-browser]
//                      [--tfjs-loop best|fit|minimize] [--tfjs-conv conv3d|conv2d]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { LIBRARIES, type Library } from './adapters/index';
import type { TfjsConv, TfjsLoop } from './adapters/tfjs';
import { fmt, printFlops, printTable, type Results } from './table';
import { MIN_EPOCHS, MIN_SECONDS, WARMUP_SECONDS, type Outcome, type Timing } from './timing';
import { workloadSpecs } from './workloads';

const ROUNDS = 3;
const SLOW_EPOCH_MS = 3000;
const CHILD = fileURLToPath(new URL('./timeLibrary.ts', import.meta.url));
const CEILING = fileURLToPath(new URL('./ceiling.ts', import.meta.url));
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
 * Runs `script` with `args` in a new Node process with this one's flags (tsx's loader among
 * them) and returns the JSON of the last line it printed.
 */
function runChild<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as T);
      else reject(new Error(`${args.join(' ') || script}: its process exited with ${code}`));
    });
  });
}

const load = () => os.loadavg()[0].toFixed(2);

/** One round of one library: for tfjs with loop 'best', both loops, the faster kept. */
async function timeRound(
  library: Library,
  workload: string,
  loop: TfjsLoop | 'best',
  conv: TfjsConv,
): Promise<Outcome> {
  const loops: TfjsLoop[] = !library.startsWith('tfjs')
    ? ['minimize'] // ignored by the other libraries
    : loop === 'best'
      ? ['minimize', 'fit']
      : [loop];
  let best: Timing | null = null;
  for (const l of loops) {
    const t = await runChild<Outcome>(CHILD, [library, workload, l, conv]);
    if ('unsupported' in t) return t;
    const s = `${workload} ${library}${loops.length > 1 ? ` (${l})` : ''}`;
    console.error(
      `${s}: ${fmt(t.samplesPerSecond)} samples/s ` +
        `(${t.epochs} epochs in ${t.seconds.toFixed(2)} s, load ${load()})`,
    );
    if (best === null || t.samplesPerSecond > best.samplesPerSecond) best = t;
  }
  return best!;
}

async function main() {
  // The page's figures (bench/browser.ts): alone with --browser, skipped with --no-browser.
  // Imported only when wanted: it builds the app and loads the engine in this process.
  const browser = () => import('./browser');
  const browserOnly = list('--browser-only');
  if (process.argv.includes('--browser') || browserOnly !== null) {
    const { BROWSER_PARTS, measureBrowser, printBrowser } = await browser();
    const parts = BROWSER_PARTS.filter((p) => browserOnly === null || browserOnly.includes(p));
    const wrong = (browserOnly ?? []).filter(
      (p) => !(BROWSER_PARTS as readonly string[]).includes(p),
    );
    if (wrong.length > 0 || parts.length === 0) {
      throw new Error(`--browser-only takes some of ${BROWSER_PARTS.join(', ')}`);
    }
    console.log(`load average ${load()} (other processes skew the numbers)`);
    printBrowser(await measureBrowser(parts));
    console.log(`load average at the end ${load()}`);
    return;
  }
  const only = list('--only');
  const libs = list('--libs');
  const loop = (option('--tfjs-loop') || 'best') as TfjsLoop | 'best';
  if (!['best', 'fit', 'minimize'].includes(loop))
    throw new Error('--tfjs-loop is best, fit or minimize');
  const conv = (option('--tfjs-conv') || 'conv3d') as TfjsConv;
  if (conv !== 'conv3d' && conv !== 'conv2d') throw new Error('--tfjs-conv is conv3d or conv2d');
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
    `tfjs ${tfjsVersion}, tfjs loop: ${loop}, convolutions: ${conv}; ` +
      `${ROUNDS} rounds, each in a process of its own: ` +
      `≥${WARMUP_SECONDS} s of warm-up, then ≥${MIN_SECONDS} s and ≥${MIN_EPOCHS} epochs timed`,
  );

  // results[workload][library] = one Timing per round, or why the library cannot train it
  const results: Results = {};
  // facts[library][facts] = the workloads it was timed on with these facts (loop, backend)
  const facts: Record<string, Map<string, Set<string>>> = {};
  for (const w of workloads) {
    results[w.id] = {};
    const once = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of names) {
        if (once.has(name)) continue;
        const t = await timeRound(name, w.id, loop, conv);
        if ('unsupported' in t) {
          results[w.id][name] = t;
          once.add(name);
          console.error(`${w.id} ${name}: n/a (${t.unsupported})`);
          continue;
        }
        const seen = (facts[name] ??= new Map()).get(t.facts) ?? new Set<string>();
        facts[name].set(t.facts, seen.add(w.id));
        ((results[w.id][name] ??= []) as Timing[]).push(t);
        if (t.warmupMs > SLOW_EPOCH_MS) once.add(name);
      }
    }
  }
  const ceiling = await runChild<{ n: number; gflops: number }>(CEILING, []);

  const summary = printTable(workloads, names, results);
  console.log(`load average at the end ${load()}`);
  for (const w of workloads) console.log(`${w.id}: ${w.title}`);
  for (const n of names) {
    const groups = [...(facts[n] ?? [])].filter(([f]) => f !== '');
    const text = groups.map(([f, ids]) => `${f} (${[...ids].join(', ')})`).join('; ');
    if (text) console.log(`${n}: ${text}`);
  }
  for (const w of workloads) {
    const one = names.filter((n) => (results[w.id][n] as Timing[] | undefined)?.length === 1);
    if (one.length > 0) console.log(`${w.id}: one round only for ${one.join(', ')} (slow epochs)`);
    for (const n of names) {
      const r = results[w.id][n];
      if (r !== undefined && 'unsupported' in r) console.log(`${w.id} ${n}: n/a, ${r.unsupported}`);
    }
  }
  printFlops(workloads, names, results, ceiling);

  if (jsonFile) {
    const machine = {
      node: process.version,
      cpus: cpus.length,
      cpu: cpus[0]?.model,
      tfjs: tfjsVersion,
    };
    writeFileSync(
      jsonFile,
      JSON.stringify(
        { machine, tfjsLoop: loop, tfjsConv: conv, ceiling, results, summary },
        null,
        2,
      ),
    );
    console.log(`wrote ${jsonFile}`);
  }
  if (!process.argv.includes('--no-browser')) {
    const { measureBrowser, printBrowser } = await browser();
    printBrowser(await measureBrowser());
  }
}

// Caught here, so that an error (a library's process failing, the browser part) reads as ours.
await main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
