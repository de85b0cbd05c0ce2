// Principal component analysis: the directions along which the centred data vary most, from
// the eigenvectors of its covariance matrix (cyclic Jacobi rotations: exact to rounding for
// the few dozen dimensions of the tabular sets, where scikit-learn takes an SVD of the data;
// the two agree up to each component's sign). Past FULL_EIGEN_FEATURES only the components
// asked for are found, by subspace iteration (topEigen.ts).
import { pulse } from '../pulse';
import type { Points } from './points';
import { topEigen } from './topEigen';

/**
 * The most features whose covariance is decomposed whole: Jacobi costs about d³ per sweep,
 * so Fashion-MNIST's 784 pixels took 20 s (measured); digits' 64 take milliseconds.
 */
export const FULL_EIGEN_FEATURES = 128;

export interface Pca {
  /** The data's mean, subtracted before projecting. */
  readonly mean: Float64Array;
  /** components × d, row-major: unit vectors, the largest variance first. */
  readonly components: Float64Array;
  readonly count: number;
  /** The variance along each component (divided by n − 1, as scikit-learn's), and its share
   *  of the total variance. */
  readonly variance: Float64Array;
  readonly varianceRatio: Float64Array;
}

export function fitPca(points: Points, count: number): Pca {
  const { n, d, x } = points;
  if (count < 1 || count > d) throw new Error(`components must be from 1 to ${d} (got ${count})`);
  if (n < 2) throw new Error('PCA needs two points at least');
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += x[i * d + j] / n;
  const cov = covariance(points, mean);
  const components = new Float64Array(count * d);
  const variance = new Float64Array(count);
  const varianceRatio = new Float64Array(count);
  if (d <= FULL_EIGEN_FEATURES) {
    const { values, vectors } = symmetricEigen(cov, d);
    const order = Array.from({ length: d }, (_, i) => i).sort((p, q) => values[q] - values[p]);
    const total = values.reduce((a, b) => a + Math.max(b, 0), 0);
    order.slice(0, count).forEach((e, k) => {
      for (let j = 0; j < d; j++) components[k * d + j] = vectors[j * d + e]; // column e
      variance[k] = Math.max(values[e], 0);
      varianceRatio[k] = total > 0 ? variance[k] / total : 0;
    });
  } else {
    const { values, vectors } = topEigen(cov, d, count);
    // The total variance is the trace: the sum of all d eigenvalues, found or not.
    let total = 0;
    for (let j = 0; j < d; j++) total += cov[j * d + j];
    components.set(vectors);
    for (let k = 0; k < count; k++) {
      variance[k] = Math.max(values[k], 0);
      varianceRatio[k] = total > 0 ? variance[k] / total : 0;
    }
  }
  return { mean, components, count, variance, varianceRatio };
}

/**
 * The d × d covariance (divided by n − 1). Each entry is the dot product of two centred
 * columns, summed over the points in order; the columns are copied out contiguous and four
 * products share each read of the first: 784 pixels of 2000 points took 2.7 s a point at a
 * time (the whole matrix streamed through memory per point) and take 0.6 s so.
 */
function covariance(points: Points, mean: Float64Array): Float64Array {
  const { n, d, x } = points;
  const columns = new Float64Array(d * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d; j++) columns[j * n + i] = x[i * d + j] - mean[j];
  const cov = new Float64Array(d * d);
  const put = (a: number, b: number, sum: number) =>
    (cov[a * d + b] = cov[b * d + a] = sum / (n - 1));
  for (let a = 0; a < d; a++) {
    pulse(); // 784 pixels of 2000 points: about a millisecond a row
    const oa = a * n;
    let b = a;
    for (; b + 3 < d; b += 4) {
      const o0 = b * n,
        o1 = o0 + n,
        o2 = o1 + n,
        o3 = o2 + n;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let i = 0; i < n; i++) {
        const v = columns[oa + i];
        s0 += v * columns[o0 + i];
        s1 += v * columns[o1 + i];
        s2 += v * columns[o2 + i];
        s3 += v * columns[o3 + i];
      }
      put(a, b, s0);
      put(a, b + 1, s1);
      put(a, b + 2, s2);
      put(a, b + 3, s3);
    }
    for (; b < d; b++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += columns[oa + i] * columns[b * n + i];
      put(a, b, sum);
    }
  }
  return cov;
}

/** Each point's coordinates along the components: n × count. */
export function projectPca(pca: Pca, points: Points): Float64Array {
  const { d } = points;
  const out = new Float64Array(points.n * pca.count);
  for (let i = 0; i < points.n; i++) {
    for (let k = 0; k < pca.count; k++) {
      let sum = 0;
      for (let j = 0; j < d; j++)
        sum += (points.x[i * d + j] - pca.mean[j]) * pca.components[k * d + j];
      out[i * pca.count + k] = sum;
    }
  }
  return out;
}

/**
 * The eigenvalues and eigenvectors (columns of `vectors`) of the symmetric d × d matrix `a`,
 * by cyclic Jacobi rotations: each zeroes one off-diagonal pair, until all are negligible.
 */
export function symmetricEigen(
  matrix: Float64Array,
  d: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = matrix.slice();
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0,
      scale = 0;
    for (let p = 0; p < d; p++) {
      scale += a[p * d + p] * a[p * d + p];
      for (let q = p + 1; q < d; q++) off += a[p * d + q] * a[p * d + q];
    }
    if (off <= 1e-30 * scale || off === 0) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q];
        if (apq === 0) continue;
        // The rotation angle that zeroes a[p][q] (Numerical Recipes' stable form).
        const theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1),
          s = t * c;
        for (let k = 0; k < d; k++) {
          const akp = a[k * d + p],
            akq = a[k * d + q];
          a[k * d + p] = c * akp - s * akq;
          a[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = a[p * d + k],
            aqk = a[q * d + k];
          a[p * d + k] = c * apk - s * aqk;
          a[q * d + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = v[k * d + p],
            vkq = v[k * d + q];
          v[k * d + p] = c * vkp - s * vkq;
          v[k * d + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: d }, (_, i) => a[i * d + i]), vectors: v };
}
