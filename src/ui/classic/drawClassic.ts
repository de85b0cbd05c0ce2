// What the classic methods add on top of their decision regions (drawn as the network's,
// by boundary/draw.ts): an SVM's boundary and margins (the lines f = 0 and f = ±1 of its
// decision value, margins.ts) with its support vectors ringed, and kNN's clicked
// point joined to its k nearest training points.
import type { ClassicFit, Neighbours } from '../../spec/protocol/classic';
import type { DataSummary } from '../../spec/protocol/training';
import { drawBoundary } from '../boundary/draw';
import { classColor } from '../boundary/palette';
import { clipToPlot, makeFrame, SIZE, type Frame } from '../boundary/plot';
import { marginSegments } from './margins';

const INK = '#222';

export interface Overlay {
  fit: ClassicFit | null;
  probe: { point: [number, number]; neighbours: Neighbours | null } | null;
}

/** The method's regions under the data, then its margins, support vectors and neighbours. */
export function drawClassic(
  canvas: HTMLCanvasElement,
  data: DataSummary,
  { fit, probe }: Overlay,
  labelPx: number,
): void {
  drawBoundary(canvas, data, fit?.boundary ?? null, labelPx);
  const ctx = canvas.getContext('2d');
  if (ctx === null || data.view === null || data.features !== 2) return;
  const frame = makeFrame(data.view, data.view, SIZE, labelPx);
  ctx.save();
  clipToPlot(ctx, frame);
  if (fit?.decision) drawMargins(ctx, frame, data.view, fit.decision);
  if (fit?.supportPoints) drawRings(ctx, frame, fit.supportPoints);
  if (probe !== null) drawNeighbours(ctx, frame, probe.point, probe.neighbours);
  ctx.restore();
}

/** f = 0 solid, f = ±1 dashed: the boundary and the edges of the margin. */
function drawMargins(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  view: [number, number],
  decision: Float32Array,
): void {
  for (const level of [-1, 0, 1]) {
    const segments = marginSegments(decision, view, level);
    ctx.setLineDash(level === 0 ? [] : [5, 4]);
    ctx.lineWidth = level === 0 ? 2 : 1.5;
    ctx.strokeStyle = INK;
    ctx.beginPath();
    for (let i = 0; i < segments.length; i += 4) {
      ctx.moveTo(frame.x(segments[i]), frame.y(segments[i + 1]));
      ctx.lineTo(frame.x(segments[i + 2]), frame.y(segments[i + 3]));
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

/** A ring around each support vector, larger than a data point's dot. */
function drawRings(ctx: CanvasRenderingContext2D, frame: Frame, points: Float32Array): void {
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  for (let i = 0; i < points.length; i += 2) {
    ctx.beginPath();
    ctx.arc(frame.x(points[i]), frame.y(points[i + 1]), 6, 0, 2 * Math.PI);
    ctx.stroke();
  }
}

/** The clicked point, a line to each neighbour, and the circle that holds them all. */
function drawNeighbours(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  [x, y]: [number, number],
  neighbours: Neighbours | null,
): void {
  const cx = frame.x(x),
    cy = frame.y(y);
  if (neighbours !== null && neighbours.labels.length > 0) {
    const { points, labels } = neighbours;
    let radius = 0;
    ctx.lineWidth = 1.5;
    for (let i = 0; i < labels.length; i++) {
      const nx = frame.x(points[2 * i]),
        ny = frame.y(points[2 * i + 1]);
      radius = Math.max(radius, Math.hypot(nx - cx, ny - cy));
      ctx.strokeStyle = classColor(labels[i]);
      ctx.beginPath();
      ctx.moveTo(cx, cy);
      ctx.lineTo(nx, ny);
      ctx.stroke();
    }
    // The farthest of the k on screen (the metric may be Manhattan: then a guide, not a ball).
    ctx.strokeStyle = INK;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.arc(cx, cy, radius + 4, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.fillStyle = '#fff';
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.arc(cx, cy, 5, 0, 2 * Math.PI);
  ctx.fill();
  ctx.stroke();
}

/** The raw x, y of a click on a picture drawn by drawClassic, or null outside the plot. */
export function pointAt(
  view: [number, number],
  labelPx: number,
  offsetX: number,
  offsetY: number,
): [number, number] | null {
  const frame = makeFrame(view, view, SIZE, labelPx);
  const x = frame.x.invert(offsetX),
    y = frame.y.invert(offsetY);
  const inside = (v: number) => v >= view[0] && v <= view[1];
  return inside(x) && inside(y) ? [x, y] : null;
}
