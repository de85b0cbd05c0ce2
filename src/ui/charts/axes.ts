// The arithmetic of the canvas charts (drawLines.ts draws them): where the plot sits, where
// a value lands on it, which span and ticks an axis gets (format.ts's, as recharts had), the
// point under the pointer, the rows of the table read to a screen reader.
import { axisTicks, logTicks, niceTicks, type YAxisTicks } from './format';

/** An axis ready to draw: a span with width, the values to label, how a label reads. */
export interface Axis {
  log: boolean;
  domain: readonly [number, number];
  ticks: readonly number[];
  format: (v: number) => string;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** recharts' chart margins (rechartsChart.ts's CHART) and its x axis's height below the plot. */
const MARGIN = { top: 8, right: 12, bottom: 30 };

/** The canvas's size and its y axis's width (labels included), in CSS pixels. */
export interface Frame {
  width: number;
  height: number;
  axisWidth: number;
}

/** The plot's rectangle inside the canvas: what the axes leave. */
export function plotBox(look: Frame): Box {
  return {
    left: look.axisWidth,
    top: MARGIN.top,
    right: Math.max(look.axisWidth + 1, look.width - MARGIN.right),
    bottom: Math.max(MARGIN.top + 1, look.height - MARGIN.bottom),
  };
}

/** Where `v` falls between the pixels `from` (the domain's start) and `to` (its end). */
export function makeScale(axis: Axis, from: number, to: number): (v: number) => number {
  const [lo, hi] = axis.domain;
  if (axis.log) {
    const l0 = Math.log10(lo);
    const k = (to - from) / (Math.log10(hi) - l0);
    return (v) => from + (Math.log10(v) - l0) * k;
  }
  const k = (to - from) / (hi - lo);
  return (v) => from + (v - lo) * k;
}

/** The smallest and largest finite values of `arrays` (positive ones only on a log axis). */
export function finiteRange(
  arrays: readonly Float64Array[],
  log: boolean,
): [number, number] | null {
  let lo = Infinity,
    hi = -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isFinite(v) && (!log || v > 0)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * format.ts's ticks as an axis a canvas can draw. Where they left the span to recharts (no
 * value, or a single one), a span around the value: a decade on a log axis, 0 to 1 for 0.
 */
export function toAxis(ticks: YAxisTicks, format: (v: number) => string, value?: number): Axis {
  const log = ticks.scale === 'log';
  const [lo, hi] = ticks.domain;
  if (typeof lo === 'number' && typeof hi === 'number' && hi > lo) {
    return { log, domain: [lo, hi], ticks: ticks.ticks ?? niceTicks(lo, hi), format };
  }
  if (log) {
    const v = value !== undefined && value > 0 ? value : 1;
    const span = [v / Math.sqrt(10), v * Math.sqrt(10)] as const;
    return { log, domain: span, ticks: logTicks(span[0], span[1], 3), format };
  }
  const v = value ?? 0;
  const span = (v === 0 ? [0, 1] : [v - Math.abs(v), v + Math.abs(v)]) as [number, number];
  return { log, domain: span, ticks: niceTicks(span[0], span[1], 4), format };
}

/** A y axis for these lines' values: format.ts's ticks, at most `count` of them. */
export function valueAxis(
  lines: readonly Float64Array[],
  log: boolean,
  count: number,
  format: (v: number) => string,
): Axis {
  const range = finiteRange(lines, log);
  return toAxis(axisTicks(log, range, count), format, range?.[0]);
}

/** An x axis over ascending `xs`, whole-number ticks (epochs, steps); one x sits mid-plot. */
export function countAxis(xs: Float64Array, count: number, format: (v: number) => string): Axis {
  if (xs.length === 0) return { log: false, domain: [0, 1], ticks: [], format };
  const lo = xs[0],
    hi = xs[xs.length - 1];
  if (!(hi > lo)) return { log: false, domain: [lo - 1, lo + 1], ticks: [lo], format };
  return { log: false, domain: [lo, hi], ticks: niceTicks(lo, hi, count, true), format };
}

/** The index in ascending `xs` nearest to `x` (-1 when there is none). */
export function nearestIndex(xs: Float64Array, x: number): number {
  if (xs.length === 0) return -1;
  let lo = 0,
    hi = xs.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid;
  }
  return Math.abs(xs[hi] - x) < Math.abs(x - xs[lo]) ? hi : lo;
}

/**
 * The rows of a chart's table for a screen reader (ChartTable): at most `limit` of `count`,
 * evenly spaced, the first and the last included (spec/thin's rule): enough for the curve's
 * course, few enough to listen to.
 */
export function rowsShown(count: number, limit = 12): number[] {
  if (count <= limit) return Array.from({ length: count }, (_, i) => i);
  const stride = (count - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => Math.round(i * stride));
}
