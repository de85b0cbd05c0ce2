// The classic methods' own arithmetic, on sets small enough to work out by hand: kNN's votes
// and neighbours, k-means one assignment and one move at a time, k-means++'s start, and the
// eigenvectors PCA stands on.
import { describe, expect, it } from 'vitest';
import { fitKnn, neighbours, predictKnn } from '../../../src/engine/classic/knn';
import {
  assign,
  moveCentroids,
  plusPlusStart,
  randomStart,
  runKMeans,
  startKMeans,
} from '../../../src/engine/classic/kmeans';
import { fitPca } from '../../../src/engine/classic/pca';
import { decideSvm, fitSvm } from '../../../src/engine/classic/svm';
import type { Points } from '../../../src/engine/classic/points';
import { Rng } from '../../../src/engine/random';

const points = (rows: number[][]): Points => ({
  n: rows.length,
  d: rows[0].length,
  x: Float64Array.from(rows.flat()),
});

describe('kNN', () => {
  // Class 0 on the left, class 1 on the right, one class-1 point among the class 0s.
  const train = points([
    [0, 0],
    [0, 1],
    [1, 0],
    [0.5, 0.5],
    [5, 5],
    [5, 6],
    [6, 5],
  ]);
  const labels = Int32Array.from([0, 0, 0, 1, 1, 1, 1]);

  it('takes the class most of the k nearest have', () => {
    const query = points([
      [0.4, 0.4],
      [5.5, 5.5],
    ]);
    // (0.4, 0.4): nearest is (0.5, 0.5), class 1; of the 3 nearest, two are class 0.
    expect(Array.from(predictKnn(fitKnn(train, labels, 2, 1), query))).toEqual([1, 1]);
    expect(Array.from(predictKnn(fitKnn(train, labels, 2, 3), query))).toEqual([0, 1]);
  });

  it('lists the neighbours nearest first, equal distances in training order', () => {
    const model = fitKnn(train, labels, 2, 3);
    // From (0, 0.5): (0,0) and (0,1) at 0.5, (0.5,0.5) at 0.5 too, (1,0) at √1.25.
    expect(neighbours(model, points([[0, 0.5]]), 0)).toEqual([0, 1, 3]);
    const manhattan = fitKnn(train, labels, 2, 2, 'manhattan');
    // From (1, 1): Manhattan 1 to (0,1), (1,0) and (0.5,0.5); the first two in order.
    expect(neighbours(manhattan, points([[1, 1]]), 0)).toEqual([1, 2]);
  });

  it('breaks a tied vote for the lowest class, and refuses a k it cannot have', () => {
    const two = points([[0], [2]]);
    const model = fitKnn(two, Int32Array.from([1, 0]), 2, 2);
    expect(Array.from(predictKnn(model, points([[1]])))).toEqual([0]);
    expect(() => fitKnn(two, Int32Array.from([1, 0]), 2, 3)).toThrow(
      'k must be a whole number from 1 to the 2 training points (got 3)',
    );
  });
});

describe('k-means', () => {
  const data = points([
    [0, 0],
    [0, 2],
    [10, 0],
    [10, 2],
    [4, 1],
  ]);

  it('assigns to the nearest centroid, then moves each to its points’ mean', () => {
    const state = startKMeans(data, Float64Array.from([0, 0, 10, 0]), 2);
    expect(assign(data, state)).toBe(true);
    // (4, 1) is nearer (0, 0) (√17) than (10, 0) (√37).
    expect(Array.from(state.assignment)).toEqual([0, 0, 1, 1, 0]);
    // Inertia: 0 + 4 + 0 + 4 + 17.
    expect(state.inertia).toBe(25);
    moveCentroids(data, state);
    expect(Array.from(state.centroids)).toEqual([4 / 3, 1, 10, 1]);
    expect(assign(data, state)).toBe(false);
    expect(state).toMatchObject({ converged: true, steps: 2 });
  });

  it('runs to convergence, keeping a centroid with no points where it was (scikit-learn would move it)', () => {
    const state = runKMeans(data, startKMeans(data, Float64Array.from([0, 1, 10, 1, 100, 100]), 3));
    expect(state.converged).toBe(true);
    expect(Array.from(state.centroids.subarray(4))).toEqual([100, 100]);
  });

  it('starts from distinct points, k-means++ far from each other on separated clumps', () => {
    const clumps = points([
      [0, 0],
      [0.1, 0],
      [0, 0.1],
      [50, 50],
      [50.1, 50],
      [-50, 50],
      [-50, 50.1],
    ]);
    for (let seed = 1; seed <= 20; seed++) {
      const start = plusPlusStart(clumps, 3, new Rng(seed));
      // One centroid in each clump: D² makes a second pick in the same clump all but impossible.
      const clumpOf = (i: number) => Math.round(start[2 * i] / 50); // -1, 0 or 1
      expect(new Set([0, 1, 2].map(clumpOf)).size).toBe(3);
      const random = randomStart(clumps, 3, new Rng(seed));
      expect(
        new Set(Array.from({ length: 3 }, (_, i) => `${random[2 * i]},${random[2 * i + 1]}`)).size,
      ).toBe(3);
    }
  });
});

describe('the SVM', () => {
  it('puts the boundary halfway between two points: α = ½, w = 1, rho = 0', () => {
    // x = −1 (class 0) and x = 1 (class 1), linear kernel. The dual, with α₁ = α₂ = α from
    // Σ yα = 0: minimise ½·αᵀQα − 2α = 2α² − 2α, so α = ½ < C; f(x) = ½·x + ½·x − rho = x.
    const model = fitSvm(points([[-1], [1]]), Int32Array.from([0, 1]), {
      kernel: { name: 'linear' },
      C: 1,
    });
    expect(Array.from(model.coefficients)).toEqual([-0.5, 0.5]);
    expect(model.rho).toBeCloseTo(0, 15);
    expect(Array.from(decideSvm(model, points([[-2], [0.5], [3]])))).toEqual([-2, 0.5, 3]);
  });

  it('pays C at most for a point on the wrong side, which becomes a bounded support vector', () => {
    // A class-1 point among class 0's: it cannot be separated, so its α sits at C.
    const data = points([[-2], [-1], [-1.5], [1], [2]]);
    const labels = Int32Array.from([0, 0, 1, 1, 1]);
    const model = fitSvm(data, labels, { kernel: { name: 'linear' }, C: 0.5 });
    expect(model.converged).toBe(true);
    expect(model.coefficients[2]).toBeCloseTo(0.5, 12);
    // Σ yα = 0 holds, and every α is within [0, C].
    expect(model.coefficients.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    for (const c of model.coefficients) expect(Math.abs(c)).toBeLessThanOrEqual(0.5 + 1e-12);
  });

  it('refuses one class, and more points than its kernel matrix may hold', () => {
    const one = points([[0], [1]]);
    expect(() =>
      fitSvm(one, Int32Array.from([1, 1]), { kernel: { name: 'linear' }, C: 1 }),
    ).toThrow('an SVM needs training points of both classes');
    const many = { n: 5001, d: 1, x: new Float64Array(5001) };
    expect(() => fitSvm(many, new Int32Array(5001), { kernel: { name: 'linear' }, C: 1 })).toThrow(
      'at most 5000 training points (got 5001)',
    );
  });
});

describe('PCA', () => {
  it('puts the first component along a line the points lie on, with all the variance', () => {
    // Points on y = 2x: one direction, (1, 2)/√5, holds everything.
    const pca = fitPca(
      points([
        [0, 0],
        [1, 2],
        [2, 4],
        [3, 6],
      ]),
      2,
    );
    const [x, y] = pca.components;
    expect(Math.abs(x)).toBeCloseTo(1 / Math.sqrt(5), 12);
    expect(Math.abs(y)).toBeCloseTo(2 / Math.sqrt(5), 12);
    expect(pca.varianceRatio[0]).toBeCloseTo(1, 12);
    // Var along it: the x's variance (5/3) times 1 + 2².
    expect(pca.variance[0]).toBeCloseTo((5 / 3) * 5, 12);
  });
});
