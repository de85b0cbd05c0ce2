// The ceiling GFLOP/s figures are read against: the engine's WebAssembly SIMD product
// (src/engine/matrix.ts `matmul(..., 'wasm')`, the kernel Descent's dense and conv layers
// use) on a large square product, in a fresh process of its own like every timing of the
// bench. At 512 the operand copies into wasm memory (3·512² values) are under 1% of the
// 512³ multiply-adds, so this is the kernel's own speed on this machine, one thread.
// Prints one JSON line: { n, gflops }.
//
// Usage: tsx bench/ceiling.ts [n]
import { matmul } from '../src/engine/matrix';
import { Rng } from '../src/engine/random';

const SECONDS = 1.5;

function main() {
  const n = Number(process.argv[2] ?? 512);
  const rng = new Rng(1);
  const a = Float32Array.from({ length: n * n }, () => rng.uniform(-1, 1));
  const b = Float32Array.from({ length: n * n }, () => rng.uniform(-1, 1));
  const c = new Float32Array(n * n);
  const product = () => matmul(a, b, c, n, n, n, 'wasm');
  // Warm-up: compiles the module and grows its memory to fit this product once.
  for (let t = performance.now(); performance.now() - t < 500;) product();
  let reps = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < SECONDS * 1000) {
    product();
    reps++;
    elapsed = performance.now() - start;
  }
  const gflops = (2 * n ** 3 * reps) / (elapsed / 1000) / 1e9;
  process.stdout.write(JSON.stringify({ n, gflops }) + '\n');
}

main();
