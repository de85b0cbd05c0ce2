// Row-major matrices on typed arrays, and the few kernels a dense network needs.
//
// A Matrix owns a buffer sized for its *capacity*; `rows` says how many rows are live.
// Layers allocate their buffers once for the largest batch they will see and then only
// change `rows`, so a training step allocates nothing (the last, smaller batch of an
// epoch just uses fewer rows of the same buffer).

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
 * C = A·B, with A [n×k], B [k×m], C [n×m] (C is overwritten).
 * i-k-j order keeps the inner loop on contiguous rows of B and C; four rows of A are
 * handled together so each row of B is loaded once for four rows of C.
 */
export function matmul(a: Floats, b: Floats, c: Floats, n: number, k: number, m: number): void {
  c.fill(0, 0, n * m);
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const c0 = i * m,
      c1 = c0 + m,
      c2 = c1 + m,
      c3 = c2 + m;
    const a0 = i * k,
      a1 = a0 + k,
      a2 = a1 + k,
      a3 = a2 + k;
    for (let p = 0; p < k; p++) {
      const v0 = a[a0 + p],
        v1 = a[a1 + p],
        v2 = a[a2 + p],
        v3 = a[a3 + p];
      const bp = p * m;
      for (let j = 0; j < m; j++) {
        const bv = b[bp + j];
        c[c0 + j] += v0 * bv;
        c[c1 + j] += v1 * bv;
        c[c2 + j] += v2 * bv;
        c[c3 + j] += v3 * bv;
      }
    }
  }
  for (; i < n; i++) {
    const ci = i * m,
      ai = i * k;
    for (let p = 0; p < k; p++) {
      const v = a[ai + p];
      if (v === 0) continue;
      const bp = p * m;
      for (let j = 0; j < m; j++) c[ci + j] += v * b[bp + j];
    }
  }
}

/** C = Aᵀ·B, with A [n×k], B [n×m], C [k×m]: the weight gradient xᵀ·dz. */
export function matmulTransA(
  a: Floats,
  b: Floats,
  c: Floats,
  n: number,
  k: number,
  m: number,
): void {
  c.fill(0, 0, k * m);
  let r = 0;
  for (; r + 3 < n; r += 4) {
    const a0 = r * k,
      a1 = a0 + k,
      a2 = a1 + k,
      a3 = a2 + k;
    const b0 = r * m,
      b1 = b0 + m,
      b2 = b1 + m,
      b3 = b2 + m;
    for (let p = 0; p < k; p++) {
      const v0 = a[a0 + p],
        v1 = a[a1 + p],
        v2 = a[a2 + p],
        v3 = a[a3 + p];
      const cp = p * m;
      for (let j = 0; j < m; j++) {
        c[cp + j] += v0 * b[b0 + j] + v1 * b[b1 + j] + v2 * b[b2 + j] + v3 * b[b3 + j];
      }
    }
  }
  for (; r < n; r++) {
    const ar = r * k,
      br = r * m;
    for (let p = 0; p < k; p++) {
      const v = a[ar + p];
      if (v === 0) continue;
      const cp = p * m;
      for (let j = 0; j < m; j++) c[cp + j] += v * b[br + j];
    }
  }
}

/** C = A·Bᵀ, with A [n×m], B [k×m], C [n×k]: the input gradient dz·Wᵀ. */
export function matmulTransB(
  a: Floats,
  b: Floats,
  c: Floats,
  n: number,
  m: number,
  k: number,
): void {
  for (let i = 0; i < n; i++) {
    const ai = i * m,
      ci = i * k;
    for (let p = 0; p < k; p++) {
      const bp = p * m;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      let j = 0;
      for (; j + 3 < m; j += 4) {
        s0 += a[ai + j] * b[bp + j];
        s1 += a[ai + j + 1] * b[bp + j + 1];
        s2 += a[ai + j + 2] * b[bp + j + 2];
        s3 += a[ai + j + 3] * b[bp + j + 3];
      }
      for (; j < m; j++) s0 += a[ai + j] * b[bp + j];
      c[ci + p] = s0 + s1 + s2 + s3;
    }
  }
}
