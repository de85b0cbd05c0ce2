// Row-major matrices on typed arrays, and the few kernels a dense network needs.
//
// A Matrix owns a buffer sized for its *capacity*; `rows` says how many rows are live.
// Layers allocate their buffers once for the largest batch they will see and then only
// change `rows`, so a training step allocates nothing (the last, smaller batch of an
// epoch just uses fewer rows of the same buffer).
import { wasmGemm } from './wasm/gemm';

/** Float32 for training; Float64 where exactness matters (gradient checks, trajectories). */
export type Floats = Float32Array | Float64Array;
export type DType = 'float32' | 'float64';

export interface Matrix {
  rows: number;
  readonly cols: number;
  readonly data: Floats;
}

export function allocate(dtype: DType, length: number): Floats {
  return dtype === 'float64' ? new Float64Array(length) : new Float32Array(length);
}

export function matrix(dtype: DType, rows: number, cols: number): Matrix {
  return { rows, cols, data: allocate(dtype, rows * cols) };
}

export function fromRows(dtype: DType, values: readonly (readonly number[])[]): Matrix {
  const cols = values.length > 0 ? values[0].length : 0;
  const m = matrix(dtype, values.length, cols);
  values.forEach((row, i) => m.data.set(row, i * cols));
  return m;
}

export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++)
    out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/** Rows `start .. start+count` of `m` as a matrix sharing its buffer (no copy). */
export function rowView(m: Matrix, start: number, count: number): Matrix {
  return {
    rows: count,
    cols: m.cols,
    data: m.data.subarray(start * m.cols, (start + count) * m.cols),
  };
}

/**
 * C = A·B for strided operands: A(i, t) = a[i·aRow + t·aCol], B(t, j) = b[t·bRow + j·bCol],
 * C row-major [n×m] (overwritten). One kernel serves the three products of a dense layer,
 * which differ only in which operand is read transposed.
 *
 * C is computed in 4×4 tiles held in sixteen local accumulators: each step of the inner
 * loop loads four values of A and four of B for sixteen multiply-adds, instead of loading
 * and storing C for every one of them. Accumulating in locals also means one rounding to
 * float32 per output, not one per term.
 */
export function gemm(
  a: Floats,
  aRow: number,
  aCol: number,
  b: Floats,
  bRow: number,
  bCol: number,
  c: Floats,
  n: number,
  k: number,
  m: number,
): void {
  const n4 = n - (n % 4),
    m4 = m - (m % 4);
  for (let i = 0; i < n4; i += 4) {
    const a0 = i * aRow,
      a1 = a0 + aRow,
      a2 = a1 + aRow,
      a3 = a2 + aRow;
    for (let j = 0; j < m4; j += 4) {
      const b0 = j * bCol,
        b1 = b0 + bCol,
        b2 = b1 + bCol,
        b3 = b2 + bCol;
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0,
        c10 = 0,
        c11 = 0,
        c12 = 0,
        c13 = 0;
      let c20 = 0,
        c21 = 0,
        c22 = 0,
        c23 = 0,
        c30 = 0,
        c31 = 0,
        c32 = 0,
        c33 = 0;
      for (let t = 0; t < k; t++) {
        const at = t * aCol,
          bt = t * bRow;
        const x0 = a[a0 + at],
          x1 = a[a1 + at],
          x2 = a[a2 + at],
          x3 = a[a3 + at];
        const y0 = b[bt + b0],
          y1 = b[bt + b1],
          y2 = b[bt + b2],
          y3 = b[bt + b3];
        c00 += x0 * y0;
        c01 += x0 * y1;
        c02 += x0 * y2;
        c03 += x0 * y3;
        c10 += x1 * y0;
        c11 += x1 * y1;
        c12 += x1 * y2;
        c13 += x1 * y3;
        c20 += x2 * y0;
        c21 += x2 * y1;
        c22 += x2 * y2;
        c23 += x2 * y3;
        c30 += x3 * y0;
        c31 += x3 * y1;
        c32 += x3 * y2;
        c33 += x3 * y3;
      }
      let o = i * m + j;
      c[o] = c00;
      c[o + 1] = c01;
      c[o + 2] = c02;
      c[o + 3] = c03;
      o += m;
      c[o] = c10;
      c[o + 1] = c11;
      c[o + 2] = c12;
      c[o + 3] = c13;
      o += m;
      c[o] = c20;
      c[o + 1] = c21;
      c[o + 2] = c22;
      c[o + 3] = c23;
      o += m;
      c[o] = c30;
      c[o + 1] = c31;
      c[o + 2] = c32;
      c[o + 3] = c33;
    }
    // Columns left over when m is not a multiple of four: one column, four rows at a time.
    for (let j = m4; j < m; j++) {
      const bj = j * bCol;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let t = 0; t < k; t++) {
        const y = b[t * bRow + bj],
          at = t * aCol;
        s0 += a[a0 + at] * y;
        s1 += a[a1 + at] * y;
        s2 += a[a2 + at] * y;
        s3 += a[a3 + at] * y;
      }
      c[i * m + j] = s0;
      c[(i + 1) * m + j] = s1;
      c[(i + 2) * m + j] = s2;
      c[(i + 3) * m + j] = s3;
    }
  }
  // Rows left over when n is not a multiple of four (and every row when n < 4, as in a
  // layer's weight gradient xᵀ·dy with two inputs): one row, four columns at a time, then
  // one output at a time.
  for (let i = n4; i < n; i++) {
    const ai = i * aRow;
    for (let j = 0; j < m4; j += 4) {
      const b0 = j * bCol,
        b1 = b0 + bCol,
        b2 = b1 + bCol,
        b3 = b2 + bCol;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let t = 0; t < k; t++) {
        const x = a[ai + t * aCol],
          bt = t * bRow;
        s0 += x * b[bt + b0];
        s1 += x * b[bt + b1];
        s2 += x * b[bt + b2];
        s3 += x * b[bt + b3];
      }
      const o = i * m + j;
      c[o] = s0;
      c[o + 1] = s1;
      c[o + 2] = s2;
      c[o + 3] = s3;
    }
    for (let j = m4; j < m; j++) {
      const bj = j * bCol;
      let s = 0;
      for (let t = 0; t < k; t++) s += a[ai + t * aCol] * b[t * bRow + bj];
      c[i * m + j] = s;
    }
  }
}

/**
 * Which implementation runs the products: 'wasm' uses the WebAssembly SIMD kernel for
 * float32 products where the host supports it (about 4× the JavaScript kernel on large
 * layers) and falls back to JavaScript elsewhere; 'js' always uses the JavaScript kernel.
 * The two agree within float32 rounding, not bit for bit, so a run's numbers depend on it.
 */
export type KernelChoice = 'wasm' | 'js';

/**
 * Below this many multiply-adds the operand copies into WebAssembly memory cost about as
 * much as the arithmetic they save (measured: parity at 2×32×64, 1.5× faster at 10×8×8).
 */
const WASM_MIN_WORK = 512;

function product(
  kernel: KernelChoice,
  a: Floats,
  aRow: number,
  aCol: number,
  b: Floats,
  bRow: number,
  bCol: number,
  c: Floats,
  n: number,
  k: number,
  m: number,
): void {
  if (
    kernel === 'wasm' &&
    n * k * m >= WASM_MIN_WORK &&
    a instanceof Float32Array &&
    b instanceof Float32Array &&
    c instanceof Float32Array &&
    wasmGemm(a, aRow, aCol, b, bRow, bCol, c, n, k, m)
  ) {
    return;
  }
  gemm(a, aRow, aCol, b, bRow, bCol, c, n, k, m);
}

/** C = A·B, with A [n×k], B [k×m], C [n×m]. */
export function matmul(
  a: Floats,
  b: Floats,
  c: Floats,
  n: number,
  k: number,
  m: number,
  kernel: KernelChoice = 'js',
): void {
  product(kernel, a, k, 1, b, m, 1, c, n, k, m);
}

/** C = Aᵀ·B, with A [n×k], B [n×m], C [k×m]: the weight gradient xᵀ·dz. */
export function matmulTransA(
  a: Floats,
  b: Floats,
  c: Floats,
  n: number,
  k: number,
  m: number,
  kernel: KernelChoice = 'js',
): void {
  product(kernel, a, 1, k, b, m, 1, c, k, n, m);
}

/** C = A·Bᵀ, with A [n×m], B [k×m], C [n×k]: the input gradient dz·Wᵀ. */
export function matmulTransB(
  a: Floats,
  b: Floats,
  c: Floats,
  n: number,
  m: number,
  k: number,
  kernel: KernelChoice = 'js',
): void {
  product(kernel, a, m, 1, b, 1, m, c, n, m, k);
}
