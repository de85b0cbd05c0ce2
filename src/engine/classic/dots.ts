// Dot products of one vector with consecutive rows of a row-major matrix, four rows per read
// of the vector: the inner loop of PCA's covariance and of topEigen's block products, where
// reading each number once for four sums instead of once per sum is what makes 784-pixel
// images take a second rather than several.

/**
 * out[r] = Σ_i x[xo + i] · rows[(first + r) · length + i] for r < count, each over `length`
 * numbers; count need not be a multiple of four.
 */
export function dotRows(
  x: Float64Array,
  xo: number,
  rows: Float64Array,
  first: number,
  count: number,
  length: number,
  out: Float64Array,
): void {
  let r = 0;
  for (; r + 3 < count; r += 4) {
    const o0 = (first + r) * length,
      o1 = o0 + length,
      o2 = o1 + length,
      o3 = o2 + length;
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0;
    for (let i = 0; i < length; i++) {
      const v = x[xo + i];
      s0 += v * rows[o0 + i];
      s1 += v * rows[o1 + i];
      s2 += v * rows[o2 + i];
      s3 += v * rows[o3 + i];
    }
    out[r] = s0;
    out[r + 1] = s1;
    out[r + 2] = s2;
    out[r + 3] = s3;
  }
  for (; r < count; r++) {
    const o = (first + r) * length;
    let sum = 0;
    for (let i = 0; i < length; i++) sum += x[xo + i] * rows[o + i];
    out[r] = sum;
  }
}
