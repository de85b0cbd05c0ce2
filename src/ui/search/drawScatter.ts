// The search's scatter on a canvas: axes with round ticks (decades on a log axis), a dot
// per finished trial coloured by its score, the better on top. Drawn as SVG, a node and a
// React element per trial, a thousand trials took the page hundreds of milliseconds a
// redraw; on a canvas they take a millisecond or two. Draws in CSS pixels (the caller has
// scaled the context for devicePixelRatio).
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatTick, logTicks, niceTicks } from '../charts/format';
import { viridisCss } from '../race/colormap';

export interface ScatterPoint {
  x: number;
  y: number;
  /** The score from 0 (the worst shown) to 1 (the best). */
  shade: number;
  /** The trial's index in the search. */
  index: number;
}

export interface ScatterAxis {
  label: string;
  log: boolean;
  /** A setting that takes whole numbers only: no ticks between them. */
  integer: boolean;
}

export interface ScatterFrame {
  x: (v: number) => number;
  y: (v: number) => number;
  xTicks: number[];
  yTicks: number[];
  area: { left: number; top: number; right: number; bottom: number };
}

/** Room for tick labels and the axis titles. */
const MARGIN = { top: 10, right: 14, bottom: 38, left: 64 };
const RADIUS = 4.5;
/** Shades of the colour map the scores are drawn in: more than the eye tells apart. */
const SHADES = 64;
const FONT = '11px system-ui, sans-serif';
const INK = '#555';

/** Where values land on a `width` × `height` canvas, with each axis's ticks. */
export function scatterFrame(
  points: readonly ScatterPoint[],
  xAxis: ScatterAxis,
  yAxis: ScatterAxis,
  width: number,
  height: number,
): ScatterFrame {
  const area = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: Math.max(MARGIN.left + 1, width - MARGIN.right),
    bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom),
  };
  const axis = (values: number[], a: ScatterAxis, range: [number, number]) => {
    const [lo, hi] = padded(Math.min(...values), Math.max(...values), a.log);
    const scale = (a.log ? scaleLog() : scaleLinear()).domain([lo, hi]).range(range);
    const ticks = a.log ? logTicks(lo, hi) : niceTicks(lo, hi, 6, a.integer);
    return { scale: (v: number) => scale(v), ticks };
  };
  const x = axis(
    points.map((p) => p.x),
    xAxis,
    [area.left, area.right],
  );
  const y = axis(
    points.map((p) => p.y),
    yAxis,
    [area.bottom, area.top],
  );
  return { x: x.scale, y: y.scale, xTicks: x.ticks, yTicks: y.ticks, area };
}

/** The span of the values with a little room at each end (a factor on a log axis). */
function padded(lo: number, hi: number, log: boolean): [number, number] {
  if (log) {
    const f = hi > lo ? Math.pow(hi / lo, 0.04) : 2;
    return [lo / f, hi * f];
  }
  const pad = hi > lo ? (hi - lo) * 0.04 : Math.abs(lo) * 0.1 || 1;
  return [lo - pad, hi + pad];
}

export function drawScatter(
  ctx: CanvasRenderingContext2D,
  frame: ScatterFrame,
  points: readonly ScatterPoint[],
  xAxis: ScatterAxis,
  yAxis: ScatterAxis,
  highlight: number | null,
): void {
  const { area } = frame;
  ctx.font = FONT;
  ctx.fillStyle = INK;
  ctx.strokeStyle = '#e3e3e3';
  ctx.lineWidth = 1;
  // Grid lines and tick labels.
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const v of frame.xTicks) {
    const px = Math.round(frame.x(v)) + 0.5;
    line(ctx, px, area.top, px, area.bottom);
    ctx.fillText(formatTick(v), px, area.bottom + 4);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const v of frame.yTicks) {
    const py = Math.round(frame.y(v)) + 0.5;
    line(ctx, area.left, py, area.right, py);
    ctx.fillText(formatTick(v), area.left - 5, py);
  }
  ctx.strokeStyle = '#999';
  ctx.strokeRect(area.left + 0.5, area.top + 0.5, area.right - area.left, area.bottom - area.top);
  // Axis titles: across under the ticks, up turned along the axis.
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(xAxis.label, (area.left + area.right) / 2, area.bottom + MARGIN.bottom - 2);
  ctx.save();
  ctx.translate(12, (area.top + area.bottom) / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = 'top';
  ctx.fillText(yAxis.label, 0, -8);
  ctx.restore();
  // The dots, worst first so that the best are on top; the one pointed at, ringed.
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
  ctx.clip();
  ctx.strokeStyle = '#222';
  ctx.lineWidth = 0.75;
  // One path per shade step, not per dot: a thousand fills and strokes cost the canvas
  // far more than sixty-four.
  const steps: ScatterPoint[][] = Array.from({ length: SHADES }, () => []);
  for (const p of points) steps[Math.round(p.shade * (SHADES - 1))].push(p);
  steps.forEach((step, i) => {
    if (step.length === 0) return;
    ctx.beginPath();
    for (const p of step) {
      const px = frame.x(p.x),
        py = frame.y(p.y);
      ctx.moveTo(px + RADIUS, py);
      ctx.arc(px, py, RADIUS, 0, 2 * Math.PI);
    }
    ctx.fillStyle = viridisCss(i / (SHADES - 1));
    ctx.fill();
    ctx.stroke();
  });
  const marked = points.find((p) => p.index === highlight);
  if (marked !== undefined) {
    ctx.beginPath();
    ctx.arc(frame.x(marked.x), frame.y(marked.y), RADIUS + 3, 0, 2 * Math.PI);
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#d62728';
    ctx.stroke();
  }
  ctx.restore();
}

/** The trial whose dot is nearest to (px, py), within a few pixels; null when none is. */
export function pointAt(
  frame: ScatterFrame,
  points: readonly ScatterPoint[],
  px: number,
  py: number,
): ScatterPoint | null {
  let nearest: ScatterPoint | null = null;
  let best = (RADIUS + 3) ** 2;
  for (const p of points) {
    const d = (frame.x(p.x) - px) ** 2 + (frame.y(p.y) - py) ** 2;
    if (d <= best) {
      best = d;
      nearest = p;
    }
  }
  return nearest;
}

function line(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number) {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}
