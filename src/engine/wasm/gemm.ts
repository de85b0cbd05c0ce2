// The WebAssembly SIMD product (gemm.wat) behind the same strided interface as the
// JavaScript kernel. Operands are copied into the module's memory in the layout the kernel
// wants (transposing as they go, padding rows to 4 and columns to 8 with zeros), and the
// result is copied back. The copies are O(n·k + k·m + n·m) against O(n·k·m) arithmetic,
// which is why only large products come here (see matrix.ts).
import { GEMM_WASM_BASE64 } from './gemm.wasm';

interface Kernel {
  gemm(a: number, b: number, c: number, n: number, k: number, m: number): void;
}

/** The part of the WebAssembly API used here, typed locally: the engine targets Node and
 *  browsers alike and takes its types from neither's library. */
interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
}

/** The compiled module, or null where WebAssembly SIMD is not available (the JS kernel is used then). */
let compiled: { wasm: WebAssemblyApi; module: object } | null | undefined;
/** The instance products run in, and a float view of its whole memory. */
let kernel: Kernel | null = null;
let heap = new Float32Array(0);

function compile(): { wasm: WebAssemblyApi; module: object } | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  try {
    const bytes = Uint8Array.from(atob(GEMM_WASM_BASE64), (ch) => ch.charCodeAt(0));
    const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
    if (wasm !== undefined && wasm.validate(bytes)) {
      compiled = { wasm, module: new wasm.Module(bytes) };
    }
  } catch {
    compiled = null; // a host without WebAssembly (or one refusing to compile) keeps the JS path
  }
  return compiled;
}

export function wasmAvailable(): boolean {
  return compile() !== null;
}

const PAGE_FLOATS = 65536 / 4;

/**
 * The kernel, with at least `floats` values of memory viewed by `heap`; null without
 * WebAssembly SIMD. A product larger than any before gets a new memory and instance (the
 * old ones are left to the garbage collector), never `memory.grow`: growing would detach
 * the old buffer, and one detached buffer slows every typed-array loop of the process
 * (gemm.wat says why).
 */
function reserve(floats: number): Kernel | null {
  if (kernel !== null && floats <= heap.length) return kernel;
  const c = compile();
  if (c === null) return null;
  const memory = new c.wasm.Memory({ initial: Math.max(1, Math.ceil(floats / PAGE_FLOATS)) });
  kernel = new c.wasm.Instance(c.module, { env: { memory } }).exports as Kernel;
  heap = new Float32Array(memory.buffer);
  return kernel;
}

/**
 * C = A·B with A(i, t) = a[i·aRow + t·aCol], B(t, j) = b[t·bRow + j·bCol] (C [n×m],
 * row-major, overwritten). Returns false when WebAssembly SIMD is unavailable.
 */
export function wasmGemm(
  a: Float32Array,
  aRow: number,
  aCol: number,
  b: Float32Array,
  bRow: number,
  bCol: number,
  c: Float32Array,
  n: number,
  k: number,
  m: number,
): boolean {
  const n4 = (n + 3) & ~3,
    m8 = (m + 7) & ~7;
  const aOff = 0,
    bOff = n4 * k,
    cOff = bOff + k * m8;
  const kern = reserve(cOff + n4 * m8);
  if (kern === null) return false;
  const h = heap;
  // Small products spend more time in these copies than in the kernel, so an operand that
  // already has the kernel's layout (row-major, no padding) goes over in one flat loop.
  // Plain loops throughout: fill and set(subarray(…)) are calls, and subarray allocates.
  if (aRow === k && aCol === 1) {
    for (let i = 0, end = n * k; i < end; i++) h[aOff + i] = a[i];
  } else {
    for (let i = 0; i < n; i++) {
      const src = i * aRow,
        dst = aOff + i * k;
      for (let t = 0; t < k; t++) h[dst + t] = a[src + t * aCol];
    }
  }
  for (let i = aOff + n * k; i < bOff; i++) h[i] = 0; // padding rows
  if (bRow === m && bCol === 1 && m === m8) {
    for (let i = 0, end = k * m; i < end; i++) h[bOff + i] = b[i];
  } else {
    for (let t = 0; t < k; t++) {
      const src = t * bRow,
        dst = bOff + t * m8;
      for (let j = 0; j < m; j++) h[dst + j] = b[src + j * bCol];
      for (let j = m; j < m8; j++) h[dst + j] = 0; // padding columns
    }
  }
  kern.gemm(aOff * 4, bOff * 4, cOff * 4, n4, k, m8);
  if (m === m8) {
    for (let i = 0, end = n * m; i < end; i++) c[i] = h[cOff + i];
  } else {
    for (let i = 0; i < n; i++) {
      const src = cOff + i * m8,
        dst = i * m;
      for (let j = 0; j < m; j++) c[dst + j] = h[src + j];
    }
  }
  return true;
}
