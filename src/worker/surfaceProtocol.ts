// What the surface worker and the page exchange.
export type { SurfaceGrid, SurfaceWindow } from '../engine/surfaceGrid';
export { RECORD, RECORD_STRIDE } from '../engine/trajectory';

/** A surface as the trajectory document names it. */
export interface SurfaceRequest {
  surface: string;
  /** The formula, for the 'custom' surface. */
  expression?: string;
}

/** One racer's recorded run: `count` points of RECORD_STRIDE numbers (see RECORD). */
export interface RaceRun {
  data: Float64Array;
  count: number;
  /** The step after the last point was non-finite: the racer stopped there. */
  diverged: boolean;
}

export interface RaceResult {
  runs: RaceRun[];
}
