// A set projected onto its first two principal components, each point in its class's
// colour. Both axes have the same scale, so the picture shows how much less the data spreads
// along the second component than along the first.
import type { PcaResult } from '../../../spec/protocol/classic';
import { clipToPlot, drawAxes, makeFrame, prepareCanvas, SIZE } from '../../boundary/plot';
import { drawMarks } from './marks';

/** Room around the points, as a share of the wider span. */
const MARGIN = 0.05;

export function drawPca(canvas: HTMLCanvasElement, result: PcaResult, labelPx: number): void {
  const ctx = prepareCanvas(canvas, SIZE);
  if (ctx === null) return;
  const { points, labels } = result;
  const n = points.length / 2;
  const [x, y] = [0, 1].map((axis) => {
    let lo = Infinity,
      hi = -Infinity;
    for (let i = 0; i < n; i++) {
      lo = Math.min(lo, points[2 * i + axis]);
      hi = Math.max(hi, points[2 * i + axis]);
    }
    return n > 0 ? [lo, hi] : [-1, 1];
  });
  const half = (Math.max(x[1] - x[0], y[1] - y[0], 1e-9) * (1 + 2 * MARGIN)) / 2;
  const around = ([lo, hi]: number[]): [number, number] => [
    (lo + hi) / 2 - half,
    (lo + hi) / 2 + half,
  ];
  const frame = makeFrame(around(x), around(y), SIZE, labelPx);
  drawAxes(ctx, frame, true);
  ctx.save();
  clipToPlot(ctx, frame);
  drawMarks(
    ctx,
    frame,
    n,
    (i) => points[2 * i],
    (i) => points[2 * i + 1],
    (i) => labels[i],
    // Two thousand points: smaller than the boundary's three pixels, so the classes show.
    () => 2.5,
  );
  ctx.restore();
}
