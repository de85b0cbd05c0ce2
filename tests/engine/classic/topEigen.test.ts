// The few largest eigenpairs of a large covariance by subspace iteration: the same values as
// the full Jacobi decomposition to rounding, eigenvectors to rounding (A·v = λ·v, orthonormal),
// a matrix of lower rank than the block handled, and PCA on many features through it.
import { describe, expect, it } from 'vitest';
import { FULL_EIGEN_FEATURES, fitPca } from '../../../src/engine/classic/pca';
import type { Points } from '../../../src/engine/classic/points';
import { topEigen } from '../../../src/engine/classic/topEigen';
import { symmetricEigen } from '../../../src/engine/landscape/eigen';
import { Rng } from '../../../src/engine/random';

/** n points in d dimensions, feature j scaled by 1/(1 + j/4): a spread-out spectrum. */
function cloud(n: number, d: number, seed: number): Points {
  const rng = new Rng(seed);
  const x = Float64Array.from({ length: n * d }, (_, i) => rng.normal() / (1 + (i % d) / 4));
  return { n, d, x };
}

/** The (uncentred) second moment XᵀX / n: symmetric positive semi-definite. */
function gram(points: Points): Float64Array {
  const { n, d, x } = points;
  const a = new Float64Array(d * d);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < d; p++)
      for (let q = 0; q < d; q++) a[p * d + q] += (x[i * d + p] * x[i * d + q]) / n;
  return a;
}

describe('topEigen', () => {
  it('finds the largest eigenvalues the full decomposition finds, with their eigenvectors', () => {
    const d = 120;
    const a = gram(cloud(300, d, 1));
    const full = symmetricEigen(a, d);
    const top = topEigen(a, d, 10);
    for (let k = 0; k < 10; k++) {
      expect(Math.abs(top.values[k] - full.values[k]) / full.values[0]).toBeLessThan(1e-12);
      const v = top.vectors.subarray(k * d, (k + 1) * d);
      // A·v = λ·v, to rounding.
      for (let p = 0; p < d; p++) {
        let av = 0;
        for (let q = 0; q < d; q++) av += a[p * d + q] * v[q];
        expect(Math.abs(av - top.values[k] * v[p])).toBeLessThan(1e-9 * full.values[0]);
      }
      for (let l = 0; l <= k; l++) {
        let dot = 0;
        for (let p = 0; p < d; p++) dot += v[p] * top.vectors[l * d + p];
        expect(dot).toBeCloseTo(k === l ? 1 : 0, 12);
      }
    }
  });

  it('gives 0 past the rank of a matrix narrower than the block', () => {
    // Three points in 60 dimensions: rank 3 at most, and the block holds 15 vectors.
    const a = gram(cloud(3, 60, 2));
    const full = symmetricEigen(a, 60);
    const top = topEigen(a, 60, 5);
    for (let k = 0; k < 3; k++) expect(top.values[k]).toBeCloseTo(full.values[k], 12);
    expect(Math.abs(top.values[3])).toBeLessThan(1e-12);
    expect(Math.abs(top.values[4])).toBeLessThan(1e-12);
  });
});

describe('PCA on many features', () => {
  it(`takes the components through topEigen past ${FULL_EIGEN_FEATURES} features: the shares of the full decomposition`, () => {
    const points = cloud(400, FULL_EIGEN_FEATURES + 22, 3);
    const { n, d, x } = points;
    const pca = fitPca(points, 6);
    // The covariance, written out: centred, divided by n − 1.
    const mean = Array.from({ length: d }, (_, j) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += x[i * d + j];
      return sum / n;
    });
    const centred = Float64Array.from(x, (v, i) => v - mean[i % d]);
    const cov = gram({ n, d, x: centred }).map((v) => (v * n) / (n - 1));
    const full = symmetricEigen(cov, d);
    const total = full.values.reduce((a, b) => a + b, 0);
    for (let k = 0; k < 6; k++) {
      expect(pca.variance[k]).toBeCloseTo(full.values[k], 10);
      expect(pca.varianceRatio[k]).toBeCloseTo(full.values[k] / total, 12);
    }
  });
});
