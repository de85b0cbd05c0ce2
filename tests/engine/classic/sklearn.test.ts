// The classic methods against Debian's python3-sklearn (scripts/ensure-python.sh installs
// it), on the engine's own data: kNN's predictions identical, k-means from the same initial
// centroids to the same assignments and centroids, PCA's components equal up to sign.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../../src/cli/readDatasetFile';
import {
  manhattanDistance,
  pointsOf,
  squaredDistance,
  type Points,
} from '../../../src/engine/classic/points';
import { fitClassifier } from '../../../src/engine/classic/classifiers';
import { fitKnn, predictKnn, type KnnMetric } from '../../../src/engine/classic/knn';
import { plusPlusStart, runKMeans, startKMeans } from '../../../src/engine/classic/kmeans';
import { fitPca, projectPca } from '../../../src/engine/classic/pca';
import { decideSvm, fitSvm, supportVectors, type SvmKernel } from '../../../src/engine/classic/svm';
import { loadDataset } from '../../../src/engine/data';
import type { Dataset } from '../../../src/engine/data/dataset';
import { Rng } from '../../../src/engine/random';
import { DATASET_CATALOG } from '../../../src/spec/catalog/datasets';
import type { GeneratedDataSpec } from '../../../src/spec/types';

const PYTHON = process.env.DESCENT_PYTHON ?? '/usr/bin/python3';

/** scikit-learn's answer to one case (sklearn_answers.py beside this file). */
function sklearn(cse: object): Record<string, unknown> {
  const r = spawnSync(PYTHON, [join(__dirname, 'sklearn_answers.py')], {
    input: JSON.stringify(cse),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`sklearn_answers.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

async function dataset(kind: string, options: Partial<GeneratedDataSpec> = {}): Promise<Dataset> {
  const spec = {
    kind,
    ...DATASET_CATALOG[kind as keyof typeof DATASET_CATALOG].defaults,
    ...options,
  };
  return loadDataset(spec as GeneratedDataSpec, 7, readDatasetFile);
}

const rows = (p: Points, from = 0, to = p.n) =>
  Array.from({ length: to - from }, (_, i) =>
    Array.from(p.x.subarray((from + i) * p.d, (from + i + 1) * p.d)),
  );

/** Both parts scaled by the training part's mean and spread (StandardScaler's), in place. */
function standardise(train: Points, query: Points): void {
  for (let j = 0; j < train.d; j++) {
    let mean = 0,
      square = 0;
    for (let i = 0; i < train.n; i++) mean += train.x[i * train.d + j] / train.n;
    for (let i = 0; i < train.n; i++) square += (train.x[i * train.d + j] - mean) ** 2 / train.n;
    const spread = Math.sqrt(square) || 1;
    for (const p of [train, query])
      for (let i = 0; i < p.n; i++) p.x[i * p.d + j] = (p.x[i * p.d + j] - mean) / spread;
  }
}

/** Every other point of `ds` to train on (from the first), the others as queries. */
function alternate(ds: Dataset) {
  const all = pointsOf(ds);
  const pick = (parity: number) => {
    const rows = Array.from({ length: all.n }, (_, i) => i).filter((i) => i % 2 === parity);
    const x = Float64Array.from(
      rows.flatMap((r) => Array.from(all.x.subarray(r * all.d, (r + 1) * all.d))),
    );
    return { points: { n: rows.length, d: all.d, x } as Points, rows };
  };
  const train = pick(0),
    query = pick(1);
  const labels = Int32Array.from(train.rows, (r) => ds.labels![r]);
  return { train: train.points, query: query.points, labels, classes: ds.classes };
}

/** The first `n` points of `ds` as training points, the rest as queries. */
function split(ds: Dataset, n: number) {
  const all = pointsOf(ds);
  const train: Points = { n, d: all.d, x: all.x.slice(0, n * all.d) };
  const query: Points = { n: all.n - n, d: all.d, x: all.x.slice(n * all.d) };
  return { train, query, labels: ds.labels!.slice(0, n), classes: ds.classes };
}

describe('the classic methods against scikit-learn', () => {
  const knnCases: [kind: string, k: number, metric: KnnMetric][] = [
    ['moons', 1, 'euclidean'],
    ['moons', 15, 'euclidean'],
    ['moons', 15, 'manhattan'],
    ['iris', 5, 'euclidean'],
    ['digits', 3, 'euclidean'],
  ];
  for (const [kind, k, metric] of knnCases) {
    it(`kNN (k ${k}, ${metric}) on ${kind}: the same class for every query but a tie at the k-th`, async () => {
      const ds = await dataset(kind);
      const { train, query, labels, classes } = split(ds, Math.floor(ds.n * 0.7));
      const ours = predictKnn(fitKnn(train, labels, classes, k, metric), query);
      const theirs = sklearn({
        x: rows(train),
        labels: Array.from(labels),
        knn: { k, metric, query: rows(query) },
      }).knn as number[];
      // Where the k-th and the next nearest are at the same distance (digits' integer pixels)
      // either point may be taken: scikit-learn's brute search picks by np.argpartition, whose
      // order among equals is unspecified, ours by training order. Everywhere else: the same.
      const settled = (i: number) => !tiedAtK(train, query, i, k, metric);
      const differ = theirs.flatMap((c, i) => (c === ours[i] ? [] : [i]));
      expect(differ.filter(settled)).toEqual([]);
      expect(differ.length).toBeLessThanOrEqual(Math.ceil(0.01 * query.n));
    });
  }

  for (const [kind, k] of [
    ['blobs', 3],
    ['moons', 4],
    ['digits', 10],
  ] as const) {
    it(`k-means (k ${k}) on ${kind}: from the same start, the same clusters and centroids`, async () => {
      const points = pointsOf(await dataset(kind));
      const start = plusPlusStart(points, k, new Rng(11));
      const ours = runKMeans(points, startKMeans(points, start, k));
      expect(ours.converged).toBe(true);
      const theirs = sklearn({
        x: rows(points),
        kmeans: { init: rows({ n: k, d: points.d, x: start }) },
      }).kmeans as { labels: number[]; centroids: number[][]; inertia: number };
      expect(Array.from(ours.assignment)).toEqual(theirs.labels);
      const centroids = Array.from(ours.centroids);
      theirs.centroids.flat().forEach((c, i) => expect(centroids[i]).toBeCloseTo(c, 9));
      expect(ours.inertia).toBeCloseTo(theirs.inertia, 6);
    });
  }

  const svmCases: [kind: string, kernel: SvmKernel, C: number][] = [
    ['moons', { name: 'linear' }, 1],
    ['moons', { name: 'rbf', gamma: 1 }, 1],
    ['moons', { name: 'rbf', gamma: 10 }, 10],
    ['circle', { name: 'rbf', gamma: 2 }, 0.5],
  ];
  for (const [kind, kernel, C] of svmCases) {
    const name = kernel.name === 'rbf' ? `RBF γ ${kernel.gamma}` : 'linear';
    it(`SVM (${name}, C ${C}) on ${kind}: SVC's support vectors, rho and decision function`, async () => {
      const { train, query, labels } = split(await dataset(kind), 280);
      const model = fitSvm(train, labels, { kernel, C });
      const ours = decideSvm(model, query);
      const theirs = sklearn({
        x: rows(train),
        labels: Array.from(labels),
        svm: { kernel, C, query: rows(query) },
      }).svm as { decision: number[]; support: number[]; rho: number };
      // Both solvers stop at the same optimality gap (1e-3), not at the same point, and libsvm
      // keeps its kernel cache in float32: measured 3e-8 of the values' scale (linear) and
      // 2e-4 to 8e-4 (RBF). Allowed: 2e-3 of it.
      const scale = Math.max(1, ...theirs.decision.map(Math.abs));
      theirs.decision.forEach((f, i) => expect(Math.abs(ours[i] - f)).toBeLessThan(2e-3 * scale));
      expect(Math.abs(model.rho - theirs.rho)).toBeLessThan(2e-3 * scale);
      expect(model.converged).toBe(true);
      // The same points hold the margin.
      expect(supportVectors(model)).toEqual(theirs.support);
    });
  }

  // More classes: one SVM per pair and a vote, as libsvm. Iris and wine standardised (wine's
  // features span 0.1 to 1000); the files hold each class together, so every other sample
  // trains and the rest are asked.
  const oneVsOneCases: [kind: string, kernel: SvmKernel, C: number][] = [
    ['iris', { name: 'linear' }, 1],
    ['iris', { name: 'rbf', gamma: 0.5 }, 1],
    ['wine', { name: 'rbf', gamma: 0.1 }, 10],
  ];
  for (const [kind, kernel, C] of oneVsOneCases) {
    const name = kernel.name === 'rbf' ? `RBF γ ${kernel.gamma}` : 'linear';
    it(`SVM (${name}, C ${C}) on ${kind}'s three classes: SVC's votes and support vectors`, async () => {
      const { train, query, labels, classes } = alternate(await dataset(kind));
      standardise(train, query);
      const ours =
        kernel.name === 'rbf'
          ? fitClassifier('rbfSvm', train, labels, classes, { C, gamma: kernel.gamma })
          : fitClassifier('linearSvm', train, labels, classes, { C });
      const theirs = sklearn({
        x: rows(train),
        labels: Array.from(labels),
        svm: { kernel, C, query: rows(query) },
      }).svm as { predict: number[]; support: number[] };
      const scores = ours.scores(query);
      const predicted = Array.from({ length: query.n }, (_, i) => {
        let best = 0;
        for (let c = 1; c < classes; c++)
          if (scores[i * classes + c] > scores[i * classes + best]) best = c;
        return best;
      });
      expect(predicted).toEqual(theirs.predict);
      expect(ours.supportVectors).toEqual(theirs.support);
    });
  }

  // Every component of iris and wine; digits' first ten (its last ones share the variance 0
  // of its always-blank pixels, where any basis is as good as another).
  for (const [kind, count] of [
    ['iris', 4],
    ['wine', 13],
    ['digits', 10],
  ] as const) {
    it(`PCA to ${count} on ${kind}: the same components up to sign, variances and projections`, async () => {
      const points = pointsOf(await dataset(kind));
      const ours = fitPca(points, count);
      const theirs = sklearn({ x: rows(points), pca: { count } }).pca as {
        components: number[][];
        variance: number[];
        ratio: number[];
        projected: number[][];
      };
      const scale = Math.max(...theirs.variance);
      for (let k = 0; k < count; k++) {
        const component = Array.from(ours.components.subarray(k * points.d, (k + 1) * points.d));
        const sign = Math.sign(dot(component, theirs.components[k]));
        component.forEach((c, j) => expect(sign * c).toBeCloseTo(theirs.components[k][j], 8));
        expect(ours.variance[k] / scale).toBeCloseTo(theirs.variance[k] / scale, 10);
        expect(ours.varianceRatio[k]).toBeCloseTo(theirs.ratio[k], 10);
        const projected = projectPca(ours, points);
        theirs.projected.forEach((row, i) =>
          expect(sign * projected[i * count + k]).toBeCloseTo(row[k], 6),
        );
      }
    });
  }
});

/** Whether query `i`'s k-th nearest training point is no nearer than the (k+1)-th. */
function tiedAtK(train: Points, query: Points, i: number, k: number, metric: KnnMetric): boolean {
  const distance = metric === 'euclidean' ? squaredDistance : manhattanDistance;
  const d = Array.from({ length: train.n }, (_, j) => distance(query, i, train, j)).sort(
    (a, b) => a - b,
  );
  return d[k - 1] === d[k];
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, v, i) => sum + v * b[i], 0);
}
