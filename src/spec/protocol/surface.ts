// What the page and the surface worker (worker/surface.worker.ts) exchange: a race of
// optimizers on a 2-D surface, and the surface sampled for its heatmap. The engine fills
// these shapes (engine/trajectory.ts records runs, engine/surfaceGrid.ts samples grids) and
// they are sent as they are.

/**
 * Numbers kept per point of a recorded run: x, y, f, the gradient there (∂x, ∂y: the one
 * the next step uses), and the optimizer's first and second moments after reaching it
 * (zeros where the optimizer keeps none).
 */
export const RECORD_STRIDE = 9;
export const RECORD = { x: 0, y: 1, f: 2, gx: 3, gy: 4, m1x: 5, m1y: 6, m2x: 7, m2y: 8 };

export interface SurfaceWindow {
  x: [number, number];
  y: [number, number];
}

export interface SurfaceGrid {
  resolution: number;
  window: SurfaceWindow;
  /** resolution² values, row by row from the top (largest y) down, left to right. */
  values: Float32Array;
  /** The smallest and largest finite value (NaN, NaN when none is finite). */
  min: number;
  max: number;
}

/** A surface as the trajectory document names it. */
export interface SurfaceRequest {
  surface: string;
  /** The formula, for the 'custom' surface. */
  expression?: string;
}

/**
 * One racer's recorded run: `count` points of RECORD_STRIDE numbers, laid out as RECORD says
 * (position, f, gradient and the optimizer's moments).
 */
export interface RaceRun {
  data: Float64Array;
  count: number;
  /** The step after the last point was non-finite: the racer stopped there. */
  diverged: boolean;
}

export interface RaceResult {
  runs: RaceRun[];
}
