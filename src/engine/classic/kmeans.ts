// k-means, one step at a time as the page shows it: assign each point to its nearest
// centroid, then move each centroid to the mean of its points; repeated until no point
// changes cluster (Lloyd's algorithm, as scikit-learn's KMeans(algorithm='lloyd', tol=0),
// but for a cluster left empty: its centroid stays where it is, where scikit-learn moves it
// to the point farthest from its centroid).
// The start is random points, or k-means++: each next centroid drawn with probability
// proportional to its squared distance from the nearest one chosen (Arthur & Vassilvitskii).
import type { Rng } from '../random';
import { placeNext, startPlusPlus } from './plusPlus';
import { rowsOf, squaredDistance, type Points } from './points';

export interface KMeansState {
  readonly k: number;
  /** k × d, row-major. */
  readonly centroids: Float64Array;
  /** Each point's cluster; -1 before the first assignment. */
  readonly assignment: Int32Array;
  /** The sum of squared distances from each point to its centroid, at the last assignment. */
  inertia: number;
  /** Assignments made so far. */
  steps: number;
  /** The last assignment changed no point's cluster. */
  converged: boolean;
}

export function startKMeans(points: Points, centroids: Float64Array, k: number): KMeansState {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a whole number from 1 (got ${k})`);
  if (centroids.length !== k * points.d)
    throw new Error(`${k} centroids of ${points.d} numbers expected`);
  const assignment = new Int32Array(points.n).fill(-1);
  return {
    k,
    centroids: centroids.slice(),
    assignment,
    inertia: Infinity,
    steps: 0,
    converged: false,
  };
}

/** k distinct training points, drawn uniformly: the plain random start. */
export function randomStart(points: Points, k: number, rng: Rng): Float64Array {
  if (k > points.n) throw new Error(`k is ${k} but there are only ${points.n} points`);
  const chosen: number[] = [];
  while (chosen.length < k) {
    const i = rng.int(points.n);
    if (!chosen.includes(i)) chosen.push(i);
  }
  return rowsOf(points, chosen);
}

/** k-means++'s start: the first centroid uniform, each next one ∝ D(x)² (plusPlus.ts). */
export function plusPlusStart(points: Points, k: number, rng: Rng): Float64Array {
  if (k > points.n) throw new Error(`k is ${k} but there are only ${points.n} points`);
  const placing = startPlusPlus(points, rng);
  while (placing.chosen.length < k) placeNext(points, placing, rng);
  return rowsOf(points, placing.chosen);
}

/** Assigns each point to its nearest centroid (the lowest index on a tie); true if any moved. */
export function assign(points: Points, state: KMeansState): boolean {
  const centres: Points = { n: state.k, d: points.d, x: state.centroids };
  let changed = false,
    inertia = 0;
  for (let i = 0; i < points.n; i++) {
    let best = 0,
      bestDistance = squaredDistance(points, i, centres, 0);
    for (let c = 1; c < state.k; c++) {
      const dc = squaredDistance(points, i, centres, c);
      if (dc < bestDistance) [best, bestDistance] = [c, dc];
    }
    if (state.assignment[i] !== best) changed = true;
    state.assignment[i] = best;
    inertia += bestDistance;
  }
  state.inertia = inertia;
  state.steps++;
  state.converged = !changed;
  return changed;
}

/** Moves each centroid to the mean of its points; one with no points stays where it is. */
export function moveCentroids(points: Points, state: KMeansState): void {
  const { k } = state,
    d = points.d;
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  for (let i = 0; i < points.n; i++) {
    const c = state.assignment[i];
    counts[c]++;
    for (let j = 0; j < d; j++) sums[c * d + j] += points.x[i * d + j];
  }
  for (let c = 0; c < k; c++) {
    if (counts[c] === 0) continue;
    for (let j = 0; j < d; j++) state.centroids[c * d + j] = sums[c * d + j] / counts[c];
  }
}

/** Assign and move until no point changes cluster (or `maxSteps` assignments). */
export function runKMeans(points: Points, state: KMeansState, maxSteps = 300): KMeansState {
  while (state.steps < maxSteps && assign(points, state)) moveCentroids(points, state);
  // Out of steps after a move: the assignment and inertia are for the centroids as they are.
  if (!state.converged && state.steps >= maxSteps) {
    assign(points, state);
  }
  return state;
}
