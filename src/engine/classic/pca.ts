// Principal component analysis: the directions along which the centred data vary most, from
// the eigenvectors of its covariance matrix (cyclic Jacobi rotations: exact to rounding for
// the few dozen dimensions of the tabular sets, where scikit-learn takes an SVD of the data;
// the two agree up to each component's sign). Past FULL_EIGEN_FEATURES only the components
// asked for are found, by subspace iteration (topEigen.ts).
import { pulse } from '../pulse';
import { symmetricEigen } from '../landscape/eigen';
import { dotRows } from './dots';
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
    // Descending, each vector a column (the loss landscape's Jacobi solver).
    const { values, vectors } = symmetricEigen(cov, d);
    const total = values.reduce((a, b) => a + Math.max(b, 0), 0);
    for (let k = 0; k < count; k++) {
      for (let j = 0; j < d; j++) components[k * d + j] = vectors[j * d + k];
      variance[k] = Math.max(values[k], 0);
      varianceRatio[k] = total > 0 ? variance[k] / total : 0;
    }
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
  const sums = new Float64Array(d);
  for (let a = 0; a < d; a++) {
    pulse(); // 784 pixels of 2000 points: about a millisecond a row
    // Row a from the diagonal on: the columns a…d−1 against column a.
    dotRows(columns, a * n, columns, a, d - a, n, sums);
    for (let b = a; b < d; b++) cov[a * d + b] = cov[b * d + a] = sums[b - a] / (n - 1);
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
