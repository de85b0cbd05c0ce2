// k-means++'s start (Arthur & Vassilvitskii), one centroid at a time as the page shows it:
// the first a training point drawn uniformly, each next one drawn with probability
// proportional to D(x)², the squared distance from x to the nearest centroid placed so far.
// plusPlusStart (kmeans.ts) is these steps run to k; the step-by-step view (kmeansSteps.ts)
// shows each draw's chances before it is made. Both take the same draws from the Rng.
import type { Rng } from '../random';
import { squaredDistance, type Points } from './points';

export interface PlusPlusPlacing {
  /** The rows placed as centroids so far, in the order they were drawn. */
  readonly chosen: number[];
  /** Each point's D²: its squared distance to the nearest chosen row. */
  readonly nearest: Float64Array;
}

/** The first centroid, drawn uniformly. */
export function startPlusPlus(points: Points, rng: Rng): PlusPlusPlacing {
  const first = rng.int(points.n);
  const nearest = Float64Array.from({ length: points.n }, (_, i) =>
    squaredDistance(points, i, points, first),
  );
  return { chosen: [first], nearest };
}

/** Draws the next centroid ∝ D², records it, and updates every point's D²; returns its row. */
export function placeNext(points: Points, placing: PlusPlusPlacing, rng: Rng): number {
  const { chosen, nearest } = placing;
  if (chosen.length >= points.n) throw new Error(`all ${points.n} points are centroids already`);
  const total = sumOf(nearest);
  // Drawn even when every D² is 0, so that a start takes the same draws whatever the data.
  let r = rng.next() * total;
  let pick = total === 0 ? firstUnchosen(chosen, points.n) : -1;
  for (let i = 0; pick < 0 && i < points.n; i++) {
    r -= nearest[i];
    if (r < 0) pick = i;
  }
  // r met the total's rounding at the very end: the last point with any weight.
  for (let i = points.n - 1; pick < 0 && i >= 0; i--) if (nearest[i] > 0) pick = i;
  chosen.push(pick);
  for (let i = 0; i < points.n; i++) {
    nearest[i] = Math.min(nearest[i], squaredDistance(points, i, points, pick));
  }
  return pick;
}

/**
 * Each point's chance of being the next centroid: D² over its sum (0 at every centroid
 * placed). When every D² is 0 (each point sits on a centroid: duplicates) the draw is the
 * first point not yet chosen, which then has chance 1.
 */
export function plusPlusChances(placing: PlusPlusPlacing): Float64Array {
  const { chosen, nearest } = placing;
  const total = sumOf(nearest);
  if (total > 0) return nearest.map((d2) => d2 / total);
  const chances = new Float64Array(nearest.length);
  if (chosen.length < nearest.length) chances[firstUnchosen(chosen, nearest.length)] = 1;
  return chances;
}

function sumOf(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}

function firstUnchosen(chosen: readonly number[], n: number): number {
  for (let i = 0; i < n; i++) if (!chosen.includes(i)) return i;
  return 0;
}
