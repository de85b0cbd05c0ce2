// The parts of the pictures that are not a heatmap: the plotting frame and its scales, tick
// labels, data points, curves and marker stars; used by the decision boundary, the race's
// surface and the loss landscape. All draw in CSS pixels (the caller has already scaled the
// context for devicePixelRatio).
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** The canvas's CSS size: big enough to see a spiral's arms, small beside the charts. */
export const SIZE = 320;
/** Room for tick labels at the left and bottom, for labels of LABEL_PX. */
const MARGIN = { top: 8, right: 10, bottom: 20, left: 34 };
/** The tick labels' usual size in px (presentation mode asks for larger: classroom/presentation.ts). */
export const LABEL_PX = 10;

export interface Frame {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** The tick labels' size in px; the margins grow with it. */
  labelPx: number;
}

/**
 * A square canvas of `size` CSS pixels, sized for the screen's pixel ratio, cleared, with
 * its context drawing in CSS pixels; null where a 2-D context is not available.
 */
export function prepareCanvas(
  canvas: HTMLCanvasElement,
  size: number,
): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  const pixels = Math.round(size * dpr);
  if (canvas.width !== pixels) canvas.width = canvas.height = pixels;
  const ctx = canvas.getContext('2d');
  if (ctx === null) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, size, size);
  return ctx;
}

/**
 * Scales from data units to the plot area of a `size`-pixel square canvas, y growing upwards,
 * with room for tick labels of `labelPx`.
 */
export function makeFrame(
  xDomain: [number, number],
  yDomain: [number, number],
  size = SIZE,
  labelPx = LABEL_PX,
): Frame {
  const grow = labelPx / LABEL_PX;
  return {
    x: scaleLinear()
      .domain(xDomain)
      .range([Math.round(MARGIN.left * grow), size - MARGIN.right]),
    y: scaleLinear()
      .domain(yDomain)
      .range([size - Math.round(MARGIN.bottom * grow), MARGIN.top]),
    labelPx,
  };
}

/** The plot area as x, y, width, height, for clipping and for placing the heatmap. */
export function plotArea({ x, y }: Frame): [number, number, number, number] {
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  return [left, top, right - left, bottom - top];
}

/** Keeps what follows inside the plot area (points a little outside the view, say). */
export function clipToPlot(ctx: CanvasRenderingContext2D, frame: Frame): void {
  ctx.beginPath();
  ctx.rect(...plotArea(frame));
  ctx.clip();
}

/** A thin frame with d3's round tick values as small labels; light grid lines if asked. */
export function drawAxes(ctx: CanvasRenderingContext2D, frame: Frame, grid: boolean): void {
  const [left, top, width, height] = plotArea(frame);
  const bottom = top + height;
  ctx.font = `${frame.labelPx}px system-ui, sans-serif`;
  ctx.fillStyle = '#555';
  ctx.strokeStyle = '#ddd';
  ctx.lineWidth = 1;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of frame.x.ticks(5)) {
    const px = frame.x(t);
    ctx.fillText(frame.x.tickFormat(5)(t), px, bottom + 4);
    if (grid) line(ctx, px, top, px, bottom);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of frame.y.ticks(5)) {
    const py = frame.y(t);
    ctx.fillText(frame.y.tickFormat(5)(t), left - 4, py);
    if (grid) line(ctx, left, py, left + width, py);
  }
  ctx.strokeStyle = '#999';
  ctx.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
}

function line(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number) {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

export interface PointStyle {
  fill: (i: number) => string;
  stroke: (i: number) => string;
}

/** Filled, outlined circles at (xOf(i), yOf(i)) in data units. */
export function drawPoints(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  n: number,
  xOf: (i: number) => number,
  yOf: (i: number) => number,
  style: PointStyle,
): void {
  ctx.lineWidth = 1.25;
  for (let i = 0; i < n; i++) {
    ctx.beginPath();
    ctx.arc(frame.x(xOf(i)), frame.y(yOf(i)), 3, 0, 2 * Math.PI);
    ctx.fillStyle = style.fill(i);
    ctx.strokeStyle = style.stroke(i);
    ctx.fill();
    ctx.stroke();
  }
}

/** A polyline through (xs[i], ys[i]); non-finite values break it rather than spike it. */
export function drawCurve(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  color: string,
): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  let drawing = false;
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(ys[i])) {
      drawing = false;
      continue;
    }
    const px = frame.x(xs[i]),
      py = frame.y(ys[i]);
    if (drawing) ctx.lineTo(px, py);
    else ctx.moveTo(px, py);
    drawing = true;
  }
  ctx.stroke();
}

/** A white five-pointed star with a dark outline: a minimum, or the current weights. */
export function drawStar(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  outer: number,
  inner: number,
): void {
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const radius = k % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    ctx.lineTo(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
  }
  ctx.closePath();
  ctx.fillStyle = 'white';
  ctx.strokeStyle = '#222';
  ctx.lineWidth = 1.25;
  ctx.fill();
  ctx.stroke();
}
