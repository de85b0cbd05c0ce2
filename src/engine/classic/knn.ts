// k-nearest neighbours: a point takes the class most of its k nearest training points have
// (scikit-learn's KNeighborsClassifier with uniform weights: a tie between classes goes to
// the lowest class index, as its mode does). Euclidean or Manhattan distance.
import { pulse } from '../pulse';
import { manhattanDistance, squaredDistance, type Points } from './points';

export type KnnMetric = 'euclidean' | 'manhattan';

export interface KnnModel {
  readonly train: Points;
  readonly labels: Int32Array;
  readonly classes: number;
  readonly k: number;
  readonly metric: KnnMetric;
}

export function fitKnn(
  train: Points,
  labels: Int32Array,
  classes: number,
  k: number,
  metric: KnnMetric = 'euclidean',
): KnnModel {
  if (!Number.isInteger(k) || k < 1 || k > train.n) {
    throw new Error(`k must be a whole number from 1 to the ${train.n} training points (got ${k})`);
  }
  return { train, labels, classes, k, metric };
}

/**
 * The k nearest training points of row `i` of `query`, nearest first (equal distances in
 * training order). Ordering distances (squared, for Euclidean) is all it needs.
 */
export function neighbours(model: KnnModel, query: Points, i: number): number[] {
  const { train, k } = model;
  // Every query reads all n training points: a grid or a padded set of thousands of queries
  // takes seconds, and the worker's heartbeat must still beat (a cheap no-op elsewhere).
  pulse();
  const distance = model.metric === 'euclidean' ? squaredDistance : manhattanDistance;
  // The k best so far, kept sorted (an insertion each time: k is small beside n). A point
  // as far as the k-th does not displace it: equal distances keep the training order.
  const best: number[] = [];
  const dist: number[] = [];
  for (let j = 0; j < train.n; j++) {
    const dj = distance(query, i, train, j);
    if (best.length < k) {
      best.push(j);
      dist.push(dj);
    } else if (dj < dist[k - 1]) {
      best[k - 1] = j;
      dist[k - 1] = dj;
    } else continue;
    for (let at = best.length - 1; at > 0 && dist[at - 1] > dist[at]; at--) {
      [best[at - 1], best[at]] = [best[at], best[at - 1]];
      [dist[at - 1], dist[at]] = [dist[at], dist[at - 1]];
    }
  }
  return best;
}

/** The predicted class of every row of `query`. */
export function predictKnn(model: KnnModel, query: Points): Int32Array {
  const out = new Int32Array(query.n);
  const votes = new Int32Array(model.classes);
  for (let i = 0; i < query.n; i++) {
    votes.fill(0);
    for (const j of neighbours(model, query, i)) votes[model.labels[j]]++;
    let winner = 0;
    for (let c = 1; c < model.classes; c++) if (votes[c] > votes[winner]) winner = c;
    out[i] = winner;
  }
  return out;
}
