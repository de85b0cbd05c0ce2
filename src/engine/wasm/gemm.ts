// The WebAssembly SIMD product (gemm.wat) behind the same strided interface as the
// JavaScript kernel. Operands are copied into the module's memory in the layout the kernel
// wants (transposing as they go, padding rows to 4 and columns to 8 with zeros), and the
// result is copied back. The copies are O(n·k + k·m + n·m) against O(n·k·m) arithmetic,
// which is why only large products come here (see matrix.ts).
import { GEMM_WASM_BASE64 } from './gemm.wasm';

interface Kernel {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  gemm(a: number, b: number, c: number, n: number, k: number, m: number): void;
}

/** The part of the WebAssembly API used here, typed locally: the engine targets Node and
 *  browsers alike and takes its types from neither's library. */
interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}

let kernel: Kernel | null | undefined;
let heap = new Float32Array(0);

/** The kernel, or null where WebAssembly SIMD is not available (the JS kernel is used then). */
function load(): Kernel | null {
  if (kernel !== undefined) return kernel;
  kernel = null;
  try {
    const bytes = Uint8Array.from(atob(GEMM_WASM_BASE64), (ch) => ch.charCodeAt(0));
    const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
    if (wasm !== undefined && wasm.validate(bytes)) {
      const instance = new wasm.Instance(new wasm.Module(bytes), {});
      kernel = instance.exports as Kernel;
    }
  } catch {
    kernel = null; // a host without WebAssembly (or one refusing to compile) keeps the JS path
  }
  return kernel;
}

export function wasmAvailable(): boolean {
  return load() !== null;
}

const PAGE_FLOATS = 65536 / 4;

/** A float view of at least `floats` values of the module's memory (grows it when needed). */
function reserve(k: Kernel, floats: number): Float32Array {
  const have = k.memory.buffer.byteLength / 4;
  if (floats > have) k.memory.grow(Math.ceil((floats - have) / PAGE_FLOATS));
  if (heap.buffer !== k.memory.buffer) heap = new Float32Array(k.memory.buffer);
  return heap;
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
  const kern = load();
  if (kern === null) return false;
  const n4 = (n + 3) & ~3,
    m8 = (m + 7) & ~7;
  const aOff = 0,
    bOff = n4 * k,
    cOff = bOff + k * m8;
  const h = reserve(kern, cOff + n4 * m8);
  for (let i = 0; i < n; i++) {
    const src = i * aRow,
      dst = aOff + i * k;
    for (let t = 0; t < k; t++) h[dst + t] = a[src + t * aCol];
  }
  h.fill(0, aOff + n * k, bOff); // padding rows
  for (let t = 0; t < k; t++) {
    const src = t * bRow,
      dst = bOff + t * m8;
    for (let j = 0; j < m; j++) h[dst + j] = b[src + j * bCol];
    for (let j = m; j < m8; j++) h[dst + j] = 0; // padding columns
  }
  kern.gemm(aOff * 4, bOff * 4, cOff * 4, n4, k, m8);
  for (let i = 0; i < n; i++) {
    const src = cOff + i * m8,
      dst = i * m;
    for (let j = 0; j < m; j++) c[dst + j] = h[src + j];
  }
  return true;
}
