// Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations
// (as in Numerical Recipes' `jacobi`): each rotation zeroes one off-diagonal pair, and
// sweeping over all pairs until the off-diagonal part vanishes converges quadratically.
// Slower than QR for big matrices but short, exact to rounding, and deterministic (a fixed
// order of operations), which is what the Gram matrix of a few hundred snapshots needs.

export interface Eigen {
  /** Descending. */
  values: Float64Array;
  /** n×n row-major; column k (vectors[i·n + k]) is the unit eigenvector of values[k]. */
  vectors: Float64Array;
}

const MAX_SWEEPS = 60;

/** `matrix` is n×n row-major and symmetric; it is not modified. */
export function symmetricEigen(matrix: Float64Array, n: number): Eigen {
  const a = matrix.slice();
  // Eigenvectors as rows while rotating, so each rotation reads two contiguous rows.
  const vt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) vt[i * n + i] = 1;
  for (let sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
    let off = 0,
      diagonal = 0;
    for (let p = 0; p < n; p++) {
      diagonal += Math.abs(a[p * n + p]);
      for (let q = p + 1; q < n; q++) off += Math.abs(a[p * n + q]);
    }
    // What is left off the diagonal moves eigenvalues and vectors by less than 1e-13 of
    // the spectrum: far below the float32 the directions are kept in.
    if (off <= 1e-13 * diagonal) break;
    // The first sweeps rotate only the large pairs: cheaper, and as fast to converge.
    const threshold = sweep < 4 ? (0.2 * off) / (n * n) : 0;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = Math.abs(a[p * n + q]);
        // Once a pair is below the diagonal's rounding, it is 0 for good.
        const negligible =
          Math.abs(a[p * n + p]) + 100 * apq === Math.abs(a[p * n + p]) &&
          Math.abs(a[q * n + q]) + 100 * apq === Math.abs(a[q * n + q]);
        if (sweep > 4 && negligible) a[p * n + q] = a[q * n + p] = 0;
        else if (apq > threshold) rotate(a, vt, n, p, q);
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j] - a[i * n + i]);
  const values = new Float64Array(n),
    vectors = new Float64Array(n * n);
  order.forEach((from, k) => {
    values[k] = a[from * n + from];
    for (let i = 0; i < n; i++) vectors[i * n + k] = vt[from * n + i];
  });
  return { values, vectors };
}

/**
 * A ← JᵀAJ and V ← VJ with J the rotation by φ in the (p, q) plane chosen so that the new
 * a_pq is 0: cot 2φ = (a_qq − a_pp) / 2a_pq, and t = tan φ is the smaller root of
 * t² + 2t·cot 2φ − 1 = 0 (the rotation by at most 45°, which keeps the method stable).
 * Then a_pp −= t·a_pq, a_qq += t·a_pq, and every other a_kp, a_kq turns by φ.
 */
function rotate(a: Float64Array, vt: Float64Array, n: number, p: number, q: number): void {
  const apq = a[p * n + q];
  if (apq === 0) return;
  const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
  const t =
    Math.abs(theta) > 1e150
      ? 1 / (2 * theta) // θ² would overflow; t ≈ 1/2θ to double precision
      : (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1),
    s = t * c;
  a[p * n + p] -= t * apq;
  a[q * n + q] += t * apq;
  a[p * n + q] = a[q * n + p] = 0;
  for (let k = 0; k < n; k++) {
    if (k === p || k === q) continue;
    // Rows p and q are contiguous; the matching columns are their mirror images.
    const akp = a[p * n + k],
      akq = a[q * n + k];
    const np = c * akp - s * akq,
      nq = s * akp + c * akq;
    a[p * n + k] = a[k * n + p] = np;
    a[q * n + k] = a[k * n + q] = nq;
  }
  for (let k = 0; k < n; k++) {
    const vp = vt[p * n + k],
      vq = vt[q * n + k];
    vt[p * n + k] = c * vp - s * vq;
    vt[q * n + k] = s * vp + c * vq;
  }
}
