// The moving part of the race picture. Trails go on their own canvas and grow by the new
// segments only, so a frame costs the same at step 10 as at step 10,000; the heads, the
// start marker and the arrows are redrawn every frame on the top canvas.
import { RECORD, RECORD_STRIDE } from '../../spec/protocol/surface';
import type { RaceRun } from '../../spec/protocol/surface';
import type { OptimizerSpec } from '../../spec/types';
import type { Arrows } from '../../store/raceState';
import { clipToPlot, type Frame } from '../boundary/plot';

/** Okabe–Ito colours (and white), each outlined in dark so it stands out on the heatmap. */
export const RACER_COLORS = [
  '#E69F00',
  '#56B4E9',
  '#D55E00',
  '#CC79A7',
  '#F0E442',
  '#009E73',
  '#FFFFFF',
  '#0072B2',
];
const OUTLINE = 'rgba(0, 0, 0, 0.75)';

/** Which trail is on the trail canvas, up to which point, so the next frame only adds. */
export interface TrailMemo {
  runs: RaceRun[] | null;
  frame: Frame | null;
  drawn: number;
}

/**
 * Brings the trail canvas to whole step `upTo`: only the new segments when the same runs
 * are drawn further, everything again when the runs, the frame or the direction changed.
 * `scale` thickens the lines (presentation mode: ui/classroom/presentation.ts).
 */
export function drawTrails(
  ctx: CanvasRenderingContext2D,
  size: number,
  frame: Frame,
  runs: RaceRun[],
  upTo: number,
  memo: TrailMemo,
  scale = 1,
): void {
  let from = memo.drawn;
  if (memo.runs !== runs || memo.frame !== frame || upTo < memo.drawn) {
    ctx.clearRect(0, 0, size, size);
    from = 0;
  }
  if (upTo > from) {
    ctx.save();
    clipToPlot(ctx, frame);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    // Outlines first, then colours, so no trail's outline covers another's colour.
    for (const pass of ['outline', 'colour'] as const) {
      runs.forEach((run, k) => {
        const last = Math.min(upTo, run.count - 1);
        if (last <= from) return;
        ctx.strokeStyle = pass === 'outline' ? OUTLINE : RACER_COLORS[k % RACER_COLORS.length];
        ctx.lineWidth = (pass === 'outline' ? 3.5 : 1.75) * scale;
        stroke(ctx, frame, run.data, from, last);
      });
    }
    ctx.restore();
  }
  memo.runs = runs;
  memo.frame = frame;
  memo.drawn = upTo;
}

/**
 * A polyline through points from..to, skipping points less than half a pixel from the
 * last one drawn: a 100,000-step crawl along a valley floor draws as fast as a short run.
 */
function stroke(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  data: Float64Array,
  from: number,
  to: number,
) {
  ctx.beginPath();
  let px = frame.x(data[from * RECORD_STRIDE]),
    py = frame.y(data[from * RECORD_STRIDE + 1]);
  ctx.moveTo(px, py);
  for (let i = from + 1; i <= to; i++) {
    const o = i * RECORD_STRIDE;
    const x = frame.x(data[o]),
      y = frame.y(data[o + 1]);
    if (i < to && Math.abs(x - px) < 0.5 && Math.abs(y - py) < 0.5) continue;
    ctx.lineTo(x, y);
    px = x;
    py = y;
  }
  ctx.stroke();
}

/** Where racer `run` is at fractional `step`: between two recorded points while animating. */
export function headAt(run: RaceRun, step: number): [number, number] {
  const last = run.count - 1;
  const i = Math.min(last, Math.floor(step));
  const t = i < last ? step - i : 0;
  const o = i * RECORD_STRIDE;
  const next = Math.min(last, i + 1) * RECORD_STRIDE;
  return [
    run.data[o] + (run.data[next] - run.data[o]) * t,
    run.data[o + 1] + (run.data[next + 1] - run.data[o + 1]) * t,
  ];
}

/** Arrows at most this long (px), and at least this long when drawn at all. */
const ARROW_MAX = 90;
const ARROW_MIN = 12;
/** The second-moment ellipse's larger radius (px). */
const GLYPH = 14;

export function drawHeads(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  runs: RaceRun[],
  optimizers: OptimizerSpec[],
  step: number,
  start: [number, number],
  arrows: Arrows,
  scale = 1,
): void {
  ctx.save();
  clipToPlot(ctx, frame);
  // The shared start: a ring.
  ctx.beginPath();
  ctx.arc(frame.x(start[0]), frame.y(start[1]), 6, 0, 2 * Math.PI);
  ctx.lineWidth = 2;
  ctx.strokeStyle = 'white';
  ctx.stroke();
  runs.forEach((run, k) => {
    if (run.count === 0) return;
    const color = RACER_COLORS[k % RACER_COLORS.length];
    const i = Math.min(run.count - 1, Math.floor(step));
    const [hx, hy] = headAt(run, step);
    const cx = frame.x(hx),
      cy = frame.y(hy);
    // The segment from the last whole step to the moving head.
    const o = i * RECORD_STRIDE;
    ctx.lineWidth = 1.75 * scale;
    ctx.strokeStyle = color;
    ctx.beginPath();
    ctx.moveTo(frame.x(run.data[o]), frame.y(run.data[o + 1]));
    ctx.lineTo(cx, cy);
    ctx.stroke();

    const lr = optimizers[k]?.lr ?? 0;
    if (arrows.gradient) {
      arrow(
        ctx,
        frame,
        cx,
        cy,
        -lr * run.data[o + RECORD.gx],
        -lr * run.data[o + RECORD.gy],
        color,
        false,
      );
    }
    if (arrows.momentum) {
      arrow(
        ctx,
        frame,
        cx,
        cy,
        -lr * run.data[o + RECORD.m1x],
        -lr * run.data[o + RECORD.m1y],
        color,
        true,
      );
    }
    if (arrows.second)
      ellipse(ctx, cx, cy, run.data[o + RECORD.m2x], run.data[o + RECORD.m2y], color);

    ctx.beginPath();
    ctx.arc(cx, cy, 5 * scale, 0, 2 * Math.PI);
    ctx.fillStyle = color;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = OUTLINE;
    ctx.stroke();
    // A diverged racer that has reached its end: a cross where it left the finite numbers.
    if (run.diverged && step >= run.count - 1) {
      ctx.strokeStyle = '#b3261e';
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      ctx.moveTo(cx - 6, cy - 6);
      ctx.lineTo(cx + 6, cy + 6);
      ctx.moveTo(cx + 6, cy - 6);
      ctx.lineTo(cx - 6, cy + 6);
      ctx.stroke();
    }
  });
  ctx.restore();
}

/** An arrow from (cx, cy) along (dx, dy) in data units; dashed for the momentum one. */
function arrow(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
  color: string,
  dashed: boolean,
) {
  // Data units to pixels: the scales' slopes (y is flipped on screen).
  let px = dx * (frame.x(1) - frame.x(0));
  let py = dy * (frame.y(1) - frame.y(0));
  const length = Math.hypot(px, py);
  if (!(length > 0) || !Number.isFinite(length)) return;
  const shown = Math.min(ARROW_MAX, Math.max(ARROW_MIN, length));
  px *= shown / length;
  py *= shown / length;
  const ex = cx + px,
    ey = cy + py;
  const angle = Math.atan2(py, px);
  ctx.save();
  ctx.setLineDash(dashed ? [5, 3] : []);
  for (const [style, width] of [
    [OUTLINE, 4],
    [color, 2],
  ] as const) {
    ctx.strokeStyle = style;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(cx, cy);
    ctx.lineTo(ex, ey);
    ctx.moveTo(ex - 7 * Math.cos(angle - 0.45), ey - 7 * Math.sin(angle - 0.45));
    ctx.lineTo(ex, ey);
    ctx.lineTo(ex - 7 * Math.cos(angle + 0.45), ey - 7 * Math.sin(angle + 0.45));
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * The second moment as an ellipse whose radii follow 1/√v per coordinate: the step scale
 * an adaptive method gives each direction. Wide along x: it takes bigger steps in x.
 */
function ellipse(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  vx: number,
  vy: number,
  color: string,
) {
  if (!(vx > 0) || !(vy > 0)) return;
  const sx = 1 / Math.sqrt(vx),
    sy = 1 / Math.sqrt(vy);
  const k = GLYPH / Math.max(sx, sy);
  ctx.beginPath();
  ctx.ellipse(cx, cy, Math.max(2, sx * k), Math.max(2, sy * k), 0, 0, 2 * Math.PI);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = color;
  ctx.stroke();
}
