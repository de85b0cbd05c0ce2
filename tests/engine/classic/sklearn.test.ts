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
