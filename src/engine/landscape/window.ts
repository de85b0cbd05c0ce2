// Which part of the plane to draw: the rectangle [a0, a1] × [b0, b1] of coordinates.
import type { Directions } from './directions';

export interface LandscapeWindow {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** Filter-normalised directions: a step of 1 moves each filter by its own norm (Li et al.'s ±1). */
export const RANDOM_WINDOW: Readonly<LandscapeWindow> = Object.freeze({
  a0: -1,
  a1: 1,
  b0: -1,
  b1: 1,
});

/**
 * The smallest rectangle holding every (a, b) of the path and θ* at (0, 0), widened by
 * `margin` of its size on every side so the path does not run along the edge.
 */
export function pathWindow(path: Float64Array, margin = 0.2): LandscapeWindow {
  let a0 = 0,
    a1 = 0,
    b0 = 0,
    b1 = 0;
  for (let i = 0; i + 1 < path.length; i += 2) {
    a0 = Math.min(a0, path[i]);
    a1 = Math.max(a1, path[i]);
    b0 = Math.min(b0, path[i + 1]);
    b1 = Math.max(b1, path[i + 1]);
  }
  const [ma, mb] = [(a1 - a0) * margin, (b1 - b0) * margin];
  // A degenerate side (the path never left θ* along it) gets the other side's width.
  const fallback = Math.max(ma, mb, 1e-3);
  const pa = ma > 0 ? ma : fallback,
    pb = mb > 0 ? mb : fallback;
  return { a0: a0 - pa, a1: a1 + pa, b0: b0 - pb, b1: b1 + pb };
}

/** ±1 for random directions, the path's window for PCA directions. */
export function defaultWindow(directions: Directions): LandscapeWindow {
  return directions.path ? pathWindow(directions.path) : { ...RANDOM_WINDOW };
}
