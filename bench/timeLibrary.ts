// One library on one workload, alone in this process: the bench (main.ts) starts one of
// these per library, workload and round, so that no library runs with another's JIT state,
// garbage or loaded modules in its process. Prints one JSON line (a Timing) on stdout.
//
// Usage: tsx bench/timeLibrary.ts LIBRARY WORKLOAD [fit|minimize]
//   e.g. tsx bench/timeLibrary.ts convnetjs W1
import { createAdapter, isLibrary } from './adapters/index';
import type { TfjsLoop } from './adapters/tfjs';
import { time } from './timing';
import { buildWorkload } from './workloads';

async function main() {
  const [library, workload, loop = 'minimize'] = process.argv.slice(2);
  if (library === undefined || !isLibrary(library)) throw new Error(`unknown library ${library}`);
  if (loop !== 'fit' && loop !== 'minimize') throw new Error('the tfjs loop is fit or minimize');
  const w = buildWorkload(workload);
  const timing = await time(await createAdapter(library, loop as TfjsLoop), w);
  process.stdout.write(JSON.stringify(timing) + '\n');
}

// Caught here: tfjs-wasm installs a process handler that rethrows an unhandled rejection,
// which Node then reports with a dump of its whole minified line instead of our error.
await main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
