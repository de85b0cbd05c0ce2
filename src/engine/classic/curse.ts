// The curse of dimensionality, measured: a 2-D set padded with irrelevant dimensions (uniform
// noise on the data's own scale). As they are added, every point's nearest and farthest
// neighbours come to the same distance (their ratio falls towards 1), and kNN, which trusts
// nearness, falls towards guessing.
import type { CursePoint } from '../../spec/protocol/classic';
import { pulse } from '../pulse';
import type { Rng } from '../random';
import { fitKnn, predictKnn } from './knn';
import { squaredDistance, type Points } from './points';

/** `points` with `extra` columns of uniform noise in [−scale, scale] appended. */
export function padded(points: Points, extra: number, scale: number, rng: Rng): Points {
  const d = points.d + extra;
  const x = new Float64Array(points.n * d);
  for (let i = 0; i < points.n; i++) {
    x.set(points.x.subarray(i * points.d, (i + 1) * points.d), i * d);
    for (let j = points.d; j < d; j++) x[i * d + j] = rng.uniform(-scale, scale);
  }
  return { n: points.n, d, x };
}

/**
 * For each total dimension count in `dimensions` (≥ the data's own), the distance ratio and
 * kNN's accuracy with k neighbours, fitted on `train` and measured on `validation`.
 */
export function curseOfDimensionality(
  train: Points,
  trainLabels: Int32Array,
  validation: Points,
  validationLabels: Int32Array,
  classes: number,
  dimensions: readonly number[],
  k: number,
  rng: Rng,
): CursePoint[] {
  // Noise as wide as the data's widest coordinate: irrelevant, not negligible (1 for data
  // that is all zeros).
  let scale = 0;
  for (const v of train.x) scale = Math.max(scale, Math.abs(v));
  if (scale === 0) scale = 1;
  return dimensions.map((dims) => {
    const extra = dims - train.d;
    if (extra < 0) throw new Error(`${dims} dimensions is fewer than the data's ${train.d}`);
    const t = padded(train, extra, scale, rng);
    const v = padded(validation, extra, scale, rng);
    // The median over the validation points of (farthest / nearest training point's
    // distance), a training point at distance 0 (a duplicate) left out: a mean would be
    // ruled by the few points that sit almost on a training point.
    const ratios: number[] = [];
    for (let i = 0; i < v.n; i++) {
      pulse(); // 1000 dimensions of 400 training points: a few milliseconds a point
      let near = Infinity,
        far = 0;
      for (let j = 0; j < t.n; j++) {
        const dist = squaredDistance(v, i, t, j);
        if (dist > 0) near = Math.min(near, dist);
        far = Math.max(far, dist);
      }
      if (near < Infinity) ratios.push(Math.sqrt(far / near));
    }
    ratios.sort((a, b) => a - b);
    const ratio = ratios.length > 0 ? ratios[ratios.length >> 1] : 1;
    const predicted = predictKnn(fitKnn(t, trainLabels, classes, k), v);
    const right = predicted.reduce((sum, c, i) => sum + (c === validationLabels[i] ? 1 : 0), 0);
    return { dimensions: dims, ratio, accuracy: right / v.n };
  });
}
