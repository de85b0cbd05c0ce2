// What the classic methods work on: n points of d numbers each, row-major, in float64 (the
// methods are checked against scikit-learn's float64 to the last digits that matter).
import type { Dataset } from '../data/dataset';

export interface Points {
  readonly n: number;
  readonly d: number;
  /** n × d, row-major. */
  readonly x: Float64Array;
}

export function pointsOf(ds: Pick<Dataset, 'n' | 'features' | 'x'>): Points {
  return { n: ds.n, d: ds.features, x: Float64Array.from(ds.x) };
}

/** Rows `rows` of `points`, in that order, as one k × d array. */
export function rowsOf(points: Points, rows: readonly number[]): Float64Array {
  const { d } = points;
  const out = new Float64Array(rows.length * d);
  rows.forEach((r, k) => out.set(points.x.subarray(r * d, (r + 1) * d), k * d));
  return out;
}

/** The squared Euclidean distance between row `i` of `a` and row `j` of `b`. */
export function squaredDistance(a: Points, i: number, b: Points, j: number): number {
  let sum = 0;
  for (let k = 0; k < a.d; k++) {
    const diff = a.x[i * a.d + k] - b.x[j * b.d + k];
    sum += diff * diff;
  }
  return sum;
}

/** The Manhattan (L1) distance between row `i` of `a` and row `j` of `b`. */
export function manhattanDistance(a: Points, i: number, b: Points, j: number): number {
  let sum = 0;
  for (let k = 0; k < a.d; k++) sum += Math.abs(a.x[i * a.d + k] - b.x[j * b.d + k]);
  return sum;
}
