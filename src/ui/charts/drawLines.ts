// Line charts on a canvas: the playground's and compare's curves (LineCanvas). recharts kept
// a redux store and an SVG path per line, and laid every element out again on each update:
// most of the main thread's time while a run streamed in. Here a redraw is one pass over the
// points in which each pixel column of the plot keeps at most four of them (the first, the
// lowest, the highest and the last: the M4 rule), so 4,000 steps cost what the plot's width
// costs. The layout is recharts' (its margins, 6 px tick marks, labels left and below), so
// the charts look as they did.
import { makeScale, plotBox, type Axis, type Frame } from './axes';

export interface PlotLine {
  name: string;
  color: string;
  /** One value per x; NaN leaves a gap. */
  ys: Float64Array;
  /** In CSS pixels (presentation mode draws every line 4 px wide, as its stylesheet did). */
  width: number;
  alpha?: number;
  /** Dashes and gaps in CSS pixels, as SVG's stroke-dasharray ([4, 3]); none: solid. */
  dash?: readonly number[];
}

export interface Plot {
  /** Ascending. */
  xs: Float64Array;
  lines: readonly PlotLine[];
  x: Axis;
  y: Axis;
}

/** How the canvas is drawn, in CSS pixels. */
export interface Look extends Frame {
  grid: boolean;
  tickPx: number;
  present: boolean;
  fontFamily: string;
}

/** recharts' tick marks, and the gap to their labels. */
const TICK_MARK = 6;
const LABEL_GAP = 2;

/** Where a path goes: a canvas context, or a test's recorder. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  /** A point with no neighbour to join (a gap each side, or the only one): drawn as a dot. */
  dot(x: number, y: number): void;
}

/**
 * The line through (xs[i], ys[i]) in pixels, at most four vertices per pixel column (of
 * `columnsPerPx` columns a CSS pixel): the column's first point, its lowest and highest in
 * the order they came, and its last. A NaN breaks the line. Returns the vertices sent.
 */
export function tracePath(
  sink: PathSink,
  xs: Float64Array,
  ys: Float64Array,
  sx: (v: number) => number,
  sy: (v: number) => number,
  columnsPerPx = 1,
): number {
  let sent = 0,
    run = 0,
    lastX = NaN,
    lastY = NaN;
  const put = (x: number, y: number) => {
    if (run > 0 && x === lastX && y === lastY) return;
    if (run === 0) sink.moveTo(x, y);
    else sink.lineTo(x, y);
    lastX = x;
    lastY = y;
    run++;
    sent++;
  };
  // The column being gathered: how many points, its first, lowest, highest (in pixels: down
  // the canvas) and last.
  let column = NaN,
    n = 0,
    fx = 0,
    fy = 0,
    topX = 0,
    topY = 0,
    bottomX = 0,
    bottomY = 0,
    lx = 0,
    ly = 0;
  const flush = () => {
    if (n === 0) return;
    put(fx, fy);
    if (topX <= bottomX) {
      put(topX, topY);
      put(bottomX, bottomY);
    } else {
      put(bottomX, bottomY);
      put(topX, topY);
    }
    put(lx, ly);
    n = 0;
  };
  const endRun = () => {
    flush();
    if (run === 1) sink.dot(lastX, lastY);
    run = 0;
    column = NaN;
  };
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (Number.isNaN(y)) {
      endRun();
      continue;
    }
    const px = sx(xs[i]),
      py = sy(y);
    const c = Math.floor(px * columnsPerPx);
    if (c !== column) {
      flush();
      column = c;
      fx = topX = bottomX = lx = px;
      fy = topY = bottomY = ly = py;
      n = 1;
      continue;
    }
    n++;
    if (py < topY) {
      topX = px;
      topY = py;
    }
    if (py > bottomY) {
      bottomX = px;
      bottomY = py;
    }
    lx = px;
    ly = py;
  }
  endRun();
  return sent;
}

/**
 * What the drawing asks of a canvas's 2-D context: a CanvasRenderingContext2D is one (named
 * here, not imported, so that the arithmetic above is tested in Node, which has no DOM).
 */
export interface Context2D extends Omit<PathSink, 'dot'> {
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  arc(x: number, y: number, radius: number, from: number, to: number): void;
  beginPath(): void;
  stroke(): void;
  fill(): void;
  clip(): void;
  save(): void;
  restore(): void;
  setLineDash(segments: number[]): void;
  fillText(text: string, x: number, y: number): void;
  strokeStyle: unknown;
  fillStyle: unknown;
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  lineJoin: string;
  lineCap: string;
}

/** The whole chart: grid, axes with their labels, then the lines clipped to the plot. */
export function drawPlot(ctx: Context2D, plot: Plot, look: Look, dpr: number) {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, look.width, look.height);
  const box = plotBox(look);
  const sx = makeScale(plot.x, box.left, box.right);
  const sy = makeScale(plot.y, box.bottom, box.top);
  // Straight lines fall on whole device pixels: a line an odd number of them wide is centred
  // on a pixel's middle, an even one on its edge.
  let half = 0;
  const crisp = (v: number) => (Math.round(v * dpr) + half) / dpr;
  if (look.grid) {
    ctx.strokeStyle = '#e4e4e4';
    ctx.lineWidth = 1;
    half = Math.round(dpr) % 2 === 1 ? 0.5 : 0;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    for (const t of plot.x.ticks) {
      ctx.moveTo(crisp(sx(t)), box.top);
      ctx.lineTo(crisp(sx(t)), box.bottom);
    }
    for (const t of plot.y.ticks) {
      ctx.moveTo(box.left, crisp(sy(t)));
      ctx.lineTo(box.right, crisp(sy(t)));
    }
    ctx.stroke();
    ctx.setLineDash([]);
  }
  const ink = look.present ? '#000000' : '#666666';
  ctx.strokeStyle = ink;
  ctx.lineWidth = look.present ? 2 : 1;
  half = Math.round(ctx.lineWidth * dpr) % 2 === 1 ? 0.5 : 0;
  ctx.beginPath();
  const [left, bottom] = [crisp(box.left), crisp(box.bottom)];
  ctx.moveTo(box.left, bottom);
  ctx.lineTo(box.right, bottom);
  for (const t of plot.x.ticks) {
    ctx.moveTo(crisp(sx(t)), bottom);
    ctx.lineTo(crisp(sx(t)), bottom + TICK_MARK);
  }
  ctx.moveTo(left, box.top);
  ctx.lineTo(left, box.bottom);
  for (const t of plot.y.ticks) {
    ctx.moveTo(left - TICK_MARK, crisp(sy(t)));
    ctx.lineTo(left, crisp(sy(t)));
  }
  ctx.stroke();

  ctx.fillStyle = ink;
  ctx.font = `${look.tickPx}px ${look.fontFamily}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  const labelsY = box.bottom + TICK_MARK + LABEL_GAP + 0.9 * look.tickPx;
  for (const t of plot.x.ticks) ctx.fillText(plot.x.format(t), sx(t), labelsY);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of plot.y.ticks) {
    ctx.fillText(plot.y.format(t), box.left - TICK_MARK - LABEL_GAP, sy(t));
  }

  ctx.save();
  ctx.beginPath();
  ctx.rect(box.left, box.top - 4, box.right - box.left + 4, box.bottom - box.top + 8);
  ctx.clip();
  ctx.lineJoin = 'round';
  for (const line of plot.lines) {
    const width = look.present ? 4 : line.width;
    const dots: number[] = [];
    const sink: PathSink = {
      moveTo: (x, y) => ctx.moveTo(x, y),
      lineTo: (x, y) => ctx.lineTo(x, y),
      dot: (x, y) => dots.push(x, y),
    };
    ctx.strokeStyle = ctx.fillStyle = line.color;
    ctx.globalAlpha = line.alpha ?? 1;
    ctx.lineWidth = width;
    ctx.setLineDash(line.dash ? [...line.dash] : []);
    // Round ends join a solid line's pieces smoothly, but on a dashed line they would lengthen
    // every dash by the line's width and close its gaps: dashes end square, as SVG's do.
    ctx.lineCap = line.dash ? 'butt' : 'round';
    ctx.beginPath();
    tracePath(sink, plot.xs, line.ys, sx, sy, dpr);
    ctx.stroke();
    ctx.beginPath();
    for (let i = 0; i < dots.length; i += 2) {
      ctx.moveTo(dots[i] + width, dots[i + 1]);
      ctx.arc(dots[i], dots[i + 1], width, 0, 2 * Math.PI);
    }
    ctx.fill();
  }
  ctx.restore();
}
