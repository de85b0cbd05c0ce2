// The canvas charts' arithmetic: where a value lands, which span and ticks an axis gets, how
// thousands of points shrink to a few per pixel column without losing a peak, and how each
// line is stroked.
import { describe, expect, it } from 'vitest';
import {
  countAxis,
  finiteRange,
  makeScale,
  nearestIndex,
  plotBox,
  rowsShown,
  toAxis,
  valueAxis,
  type Axis,
} from '../../../src/ui/charts/axes';
import {
  drawPlot,
  tracePath,
  type Context2D,
  type PathSink,
  type Plot,
} from '../../../src/ui/charts/drawLines';

const label = String;
const linear = (lo: number, hi: number): Axis => ({
  log: false,
  domain: [lo, hi],
  ticks: [],
  format: label,
});

/** A sink that writes the path down: "M x y", "L x y", "D x y". */
function recorder(): PathSink & { ops: string[] } {
  const ops: string[] = [];
  return {
    ops,
    moveTo: (x, y) => ops.push(`M ${x} ${y}`),
    lineTo: (x, y) => ops.push(`L ${x} ${y}`),
    dot: (x, y) => ops.push(`D ${x} ${y}`),
  };
}

describe('scales', () => {
  it('maps a linear domain onto pixels, either way round', () => {
    // [0, 10] onto [100, 300]: 2.5 -> 100 + 2.5 × 20 = 150.
    expect(makeScale(linear(0, 10), 100, 300)(2.5)).toBe(150);
    // Upwards, as a y axis does: 0 at the bottom (200), 10 at the top (0); 2.5 -> 150.
    expect(makeScale(linear(0, 10), 200, 0)(2.5)).toBe(150);
  });

  it('gives each decade the same length on a log axis', () => {
    const s = makeScale({ log: true, domain: [0.01, 10], ticks: [], format: label }, 0, 300);
    // Three decades over 300 px: 100 px each.
    expect(s(0.01)).toBeCloseTo(0);
    expect(s(0.1)).toBeCloseTo(100);
    expect(s(1)).toBeCloseTo(200);
    expect(s(10)).toBeCloseTo(300);
  });

  it('leaves recharts’ margins around the plot, the y axis as wide as asked', () => {
    expect(plotBox({ width: 400, height: 200, axisWidth: 48 })).toEqual({
      left: 48,
      top: 8,
      right: 388,
      bottom: 170,
    });
  });
});

describe('axes', () => {
  it('spans the finite values, the positive ones on a log axis', () => {
    const a = Float64Array.of(0.5, NaN, 0.2, Infinity);
    const b = Float64Array.of(-1, 0, 3);
    expect(finiteRange([a, b], false)).toEqual([-1, 3]);
    expect(finiteRange([a, b], true)).toEqual([0.2, 3]);
    expect(finiteRange([Float64Array.of(NaN)], false)).toBeNull();
  });

  it('rounds a loss axis outwards to format.ts’s ticks', () => {
    const axis = valueAxis([Float64Array.of(0.21, 0.69)], false, 6, label);
    expect(axis.domain).toEqual([0.2, 0.7]);
    expect(axis.ticks).toEqual([0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    // On a log axis the data's span, labelled 1-2-5.
    const log = valueAxis([Float64Array.of(0.09, 0.7)], true, 6, label);
    expect(log.domain).toEqual([0.09, 0.7]);
    expect(log.ticks).toEqual([0.1, 0.2, 0.5]);
  });

  it('makes a span around a lone value, where recharts would have chosen', () => {
    // All zero: 0 to 1.
    expect(valueAxis([Float64Array.of(0, 0)], false, 6, label).domain).toEqual([0, 1]);
    // One positive value on a log axis: half a decade each side (0.1 / √10 … 0.1 × √10).
    const log = valueAxis([Float64Array.of(0.1)], true, 3, label);
    expect(log.domain[0]).toBeCloseTo(0.0316, 4);
    expect(log.domain[1]).toBeCloseTo(0.316, 3);
    expect(log.ticks).toContain(0.1);
    // Nothing at all still draws axes.
    expect(valueAxis([new Float64Array(0)], false, 6, label).domain).toEqual([0, 1]);
    // A fixed axis (accuracy's) stays as it is.
    const fixed = toAxis({ scale: 'linear', domain: [0, 1], ticks: [0, 0.5, 1] }, label);
    expect(fixed).toMatchObject({ log: false, domain: [0, 1], ticks: [0, 0.5, 1] });
  });

  it('labels whole epochs and steps, and puts a single one mid-plot', () => {
    expect(countAxis(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8), 6, label).ticks).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    // 3 … 4000 steps: round thousands, never a fraction.
    const steps = countAxis(Float64Array.of(3, 4000), 6, label);
    expect(steps.domain).toEqual([3, 4000]);
    expect(steps.ticks).toEqual([500, 1000, 1500, 2000, 2500, 3000, 3500, 4000]);
    expect(countAxis(Float64Array.of(1), 6, label)).toMatchObject({ domain: [0, 2], ticks: [1] });
  });
});

describe('the point under the pointer', () => {
  it('is the nearest x, either side', () => {
    const xs = Float64Array.of(1, 2, 4, 8);
    expect(nearestIndex(xs, 0)).toBe(0);
    expect(nearestIndex(xs, 2.9)).toBe(1);
    expect(nearestIndex(xs, 3.1)).toBe(2);
    expect(nearestIndex(xs, 100)).toBe(3);
    expect(nearestIndex(new Float64Array(0), 1)).toBe(-1);
  });
});

describe('a line traced through pixel columns', () => {
  const identity = (v: number) => v;

  it('joins a few points as they are', () => {
    const sink = recorder();
    tracePath(sink, Float64Array.of(0, 10, 20), Float64Array.of(5, 7, 6), identity, identity);
    expect(sink.ops).toEqual(['M 0 5', 'L 10 7', 'L 20 6']);
  });

  it('keeps a column’s first, lowest, highest and last point: the peaks survive', () => {
    // Five points within one pixel column (x 3.0 … 3.8): first y 5, a dip to 1, a spike to
    // 9, last 4. Drawn: 5, then 1 and 9 in the order they came, then 4.
    const xs = Float64Array.of(3, 3.2, 3.4, 3.6, 3.8, 7);
    const ys = Float64Array.of(5, 1, 6, 9, 4, 4);
    const sink = recorder();
    tracePath(sink, xs, ys, identity, identity);
    expect(sink.ops).toEqual(['M 3 5', 'L 3.2 1', 'L 3.6 9', 'L 3.8 4', 'L 7 4']);
  });

  it('draws 4,000 steps with at most four vertices a column, every extreme kept', () => {
    const n = 4000;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      xs[i] = i;
      ys[i] = Math.sin(i * 0.37) * 50 + 100;
    }
    // 4,000 steps across 300 px.
    const sx = makeScale(linear(0, n - 1), 0, 300);
    const sink = recorder();
    const sent = tracePath(sink, xs, ys, sx, identity);
    expect(sent).toBeLessThanOrEqual(4 * 301);
    expect(sent).toBeGreaterThan(300);
    // Every column's lowest and highest value is a vertex.
    const vertices = new Set(sink.ops.map((op) => op.split(' ')[2]));
    const byColumn = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const c = Math.floor(sx(i));
      byColumn.set(c, [...(byColumn.get(c) ?? []), ys[i]]);
    }
    for (const values of byColumn.values()) {
      expect(vertices.has(String(Math.min(...values)))).toBe(true);
      expect(vertices.has(String(Math.max(...values)))).toBe(true);
    }
    // A pass over the points, nothing more: about a millisecond for 4,000 of them (the best
    // of ten passes into a sink that only counts, under 5 ms even on a busy machine).
    let best = Infinity;
    let counted = 0;
    const counter: PathSink = { moveTo: () => counted++, lineTo: () => counted++, dot: () => {} };
    for (let pass = 0; pass < 10; pass++) {
      const started = performance.now();
      tracePath(counter, xs, ys, sx, identity);
      best = Math.min(best, performance.now() - started);
    }
    expect(counted).toBe(10 * sent);
    expect(best).toBeLessThan(5);
  });

  it('breaks at a gap, and dots a point left alone between gaps', () => {
    const xs = Float64Array.of(0, 10, 20, 30, 40, 50);
    const ys = Float64Array.of(1, 2, NaN, 3, NaN, 4);
    const sink = recorder();
    tracePath(sink, xs, ys, identity, identity);
    expect(sink.ops).toEqual(['M 0 1', 'L 10 2', 'M 30 3', 'D 30 3', 'M 50 4', 'D 50 4']);
  });

  it('gathers columns of device pixels when asked', () => {
    // x 3.0 … 3.8 is one CSS pixel column but two device ones at a ratio of 2 (3.0-3.3, 3.6-3.8):
    // the dip to 5 at 3.1 survives only in the finer columns.
    const xs = Float64Array.of(3, 3.1, 3.2, 3.3, 3.6, 3.7, 3.8);
    const ys = Float64Array.of(1, 5, 2, 4, 3, 6, 2);
    const css = recorder();
    tracePath(css, xs, ys, identity, identity, 1);
    expect(css.ops).toEqual(['M 3 1', 'L 3.7 6', 'L 3.8 2']);
    const device = recorder();
    tracePath(device, xs, ys, identity, identity, 2);
    expect(device.ops).toEqual(['M 3 1', 'L 3.1 5', 'L 3.3 4', 'L 3.6 3', 'L 3.7 6', 'L 3.8 2']);
  });
});

describe('the table read to a screen reader', () => {
  it('shows a dozen rows at most, evenly spaced, the first and the last always', () => {
    expect(rowsShown(5)).toEqual([0, 1, 2, 3, 4]);
    const rows = rowsShown(1000);
    expect(rows.length).toBe(12);
    expect(rows[0]).toBe(0);
    expect(rows.at(-1)).toBe(999);
    expect(rowsShown(0)).toEqual([]);
  });
});

/** A context that writes down how each path was stroked (the canvas's state at stroke()). */
function strokes(): Context2D & { stroked: string[] } {
  let dash: number[] = [];
  const stroked: string[] = [];
  const none = () => {};
  return {
    stroked,
    setTransform: none,
    clearRect: none,
    rect: none,
    arc: none,
    beginPath: none,
    fill: none,
    clip: none,
    save: none,
    restore: none,
    fillText: none,
    moveTo: none,
    lineTo: none,
    setLineDash: (segments) => (dash = segments),
    stroke() {
      stroked.push(`${String(this.strokeStyle)} ${this.lineWidth} [${dash}] ${this.lineCap}`);
    },
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    font: '',
    textAlign: '',
    textBaseline: '',
    lineJoin: '',
    lineCap: '',
  };
}

describe('the lines stroked', () => {
  const plot: Plot = {
    xs: Float64Array.of(1, 2, 3),
    lines: [
      { name: 'a', color: 'blue', ys: Float64Array.of(1, 2, 3), width: 1.5, dash: [4, 3] },
      { name: 'b', color: 'red', ys: Float64Array.of(3, 2, 1), width: 2 },
    ],
    x: linear(1, 3),
    y: linear(0, 4),
  };
  const look = {
    width: 400,
    height: 200,
    axisWidth: 48,
    grid: false,
    tickPx: 11,
    present: false,
    fontFamily: 'sans-serif',
  };

  it('with each line’s width and dashes, square-ended where dashed', () => {
    const ctx = strokes();
    drawPlot(ctx, plot, look, 1);
    // The axes first (grey, solid), then the lines in their order.
    expect(ctx.stroked[0]).toMatch(/^#666666 1 \[\]/);
    expect(ctx.stroked.slice(1)).toEqual(['blue 1.5 [4,3] butt', 'red 2 [] round']);
  });

  it('4 px wide in presentation mode, dashes kept', () => {
    const ctx = strokes();
    drawPlot(ctx, plot, { ...look, present: true }, 1);
    expect(ctx.stroked.slice(1)).toEqual(['blue 4 [4,3] butt', 'red 4 [] round']);
  });
});
