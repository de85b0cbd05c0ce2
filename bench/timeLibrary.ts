// One library on one workload, alone in this process: the bench (main.ts) starts one of
// these per library, workload, round (and tfjs loop), so that no library runs with another's
// JIT state, garbage or loaded modules in its process. Prints one JSON line on stdout: a
// Timing, or { "unsupported": why } when the library cannot train the workload in that form.
//
// Usage: tsx bench/timeLibrary.ts LIBRARY WORKLOAD [fit|minimize] [conv3d|conv2d]
//   e.g. tsx bench/timeLibrary.ts convnetjs W1
//        tsx bench/timeLibrary.ts tfjs-wasm W5 fit conv2d    (n/a: no Conv2DBackpropFilter)
import { Unsupported } from './adapters/adapter';
import { createAdapter, isLibrary } from './adapters/index';
import { time, type Outcome } from './timing';
import { buildWorkload } from './workloads';

async function main() {
  const [library, workload, loop = 'minimize', conv = 'conv3d'] = process.argv.slice(2);
  if (library === undefined || !isLibrary(library)) throw new Error(`unknown library ${library}`);
  if (loop !== 'fit' && loop !== 'minimize') throw new Error('the tfjs loop is fit or minimize');
  if (conv !== 'conv3d' && conv !== 'conv2d') throw new Error('the tfjs conv is conv3d or conv2d');
  const w = await buildWorkload(workload);
  let outcome: Outcome;
  try {
    outcome = await time(await createAdapter(library, { loop, conv }), w);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    outcome = { unsupported: e.message };
  }
  process.stdout.write(JSON.stringify(outcome) + '\n');
}

// Caught here: tfjs-wasm installs a process handler that rethrows an unhandled rejection,
// which Node then reports with a dump of its whole minified line instead of our error.
await main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
