// One k-means run on 2-input data: the training points in their clusters' colours (grey
// before the first assignment), and its centroids as large crosses. While k-means++ places
// its centroids, each point's area is its chance of being drawn next: the far points swell.
import type { KMeansData, KMeansPicture } from '../../../spec/protocol/classic';
import { clipToPlot, drawAxes, makeFrame, prepareCanvas, SIZE } from '../../boundary/plot';
import { drawCentroid, drawMarks } from './marks';

const RADIUS = 3;
/** The likeliest point's radius while k-means++ places (area ∝ chance: radius ∝ √chance). */
const CHANCE_RADIUS = 9;

export function drawKMeans(
  canvas: HTMLCanvasElement,
  data: KMeansData,
  run: KMeansPicture,
  labelPx: number,
): void {
  const ctx = prepareCanvas(canvas, SIZE);
  if (ctx === null || data.points === null || data.view === null) return;
  const { points, view } = data;
  const frame = makeFrame(view, view, SIZE, labelPx);
  drawAxes(ctx, frame, false);
  ctx.save();
  clipToPlot(ctx, frame);
  const chances = run.chances;
  const top = chances === null ? 0 : chances.reduce((a, b) => Math.max(a, b), 0);
  const radius =
    chances === null || !(top > 0)
      ? () => RADIUS
      : // Points already chosen have no chance: drawn small, not left out.
        (i: number) => Math.max(1.5, CHANCE_RADIUS * Math.sqrt(chances[i] / top));
  drawMarks(
    ctx,
    frame,
    points.length / 2,
    (i) => points[2 * i],
    (i) => points[2 * i + 1],
    (i) => run.assignment[i] ?? -1,
    radius,
  );
  for (let c = 0; c < run.placed; c++) {
    drawCentroid(ctx, frame.x(run.centroids[2 * c]), frame.y(run.centroids[2 * c + 1]), c);
  }
  ctx.restore();
}
