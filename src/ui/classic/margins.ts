// An SVM's boundary and margins as line segments in the data's own units: the lines
// f = level of its decision values on the boundary's grid (marching squares, race/contours),
// mapped back from grid cells to the view. Apart from the drawing so a test can pin the
// grid's orientation: row 0 is the largest y, column 0 the smallest x (engine/predict.ts),
// and the cell centres lie on the view's edges.
import { contourSegments } from '../race/contours';

/** x0, y0, x1, y1 per segment of f = `level`, in data units. */
export function marginSegments(
  decision: Float32Array,
  view: readonly [number, number],
  level: number,
): number[] {
  const resolution = Math.round(Math.sqrt(decision.length));
  const cells: number[] = [];
  contourSegments(decision, resolution, level, cells);
  const step = (view[1] - view[0]) / (resolution - 1);
  return cells.map((v, i) => (i % 2 === 0 ? view[0] + v * step : view[1] - v * step));
}
