// Number formatting shared by the charts: short labels that stay readable whether a value
// is a loss of 2.3, an accuracy of 97%, or a gradient of 3e-7 that is quietly vanishing.
import { scaleLinear } from 'd3-scale';

/** A value an axis can draw: finite, and positive on a log axis; else null, a gap in the line. */
export function plottable(v: unknown, log: boolean): number | null {
  return typeof v === 'number' && Number.isFinite(v) && (!log || v > 0) ? v : null;
}

/** Three significant digits, switching to scientific notation for very small or large values. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a < 1e-3 || a >= 1e5) return formatScientific(v);
  return String(Number(v.toPrecision(3)));
}

/** Always scientific, e.g. 3.2e-5: a gradient's std keeps its order of magnitude in view. */
export function formatScientific(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  return v.toExponential(1).replace('e+', 'e');
}

/** An accuracy in [0, 1] as a percentage: 0.9731 -> "97.3%". */
export function formatPercent(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}

/** Tick labels for an axis: compact, with no trailing zeros. */
export function formatTick(v: number): string {
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-2 || a >= 1e4)) return formatScientific(v);
  return String(Number(v.toPrecision(3)));
}

/**
 * About `count` round tick values across [from, to] (integers only when `integers`). Given
 * to recharts with interval 0, so it draws them as they are instead of measuring every
 * label's text in the DOM on each update to avoid overlaps (a sixth of the main thread's
 * time while training).
 */
export function niceTicks(from: number, to: number, count = 6, integers = false): number[] {
  if (!(to > from)) return [from];
  const ticks = scaleLinear().domain([from, to]).ticks(count);
  return integers ? ticks.filter(Number.isInteger) : ticks;
}

/** A duration for a table: hundredths below a second (short runs are the usual case). */
export function formatSeconds(s: number): string {
  return `${s < 1 ? s.toFixed(2) : s < 10 ? s.toFixed(1) : Math.round(s)} s`;
}

/** The values a log axis may label, sparsest first: decades, then 1-2-5, then every digit. */
const LOG_MANTISSAS = [[1], [1, 2, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]];

/**
 * At most `count` ticks across [lo, hi] > 0 on a log axis: the densest of the sets above
 * that fits with two or more, else every few of the next denser (every few decades over
 * many decades), and round linear values when the range is too narrow to hold two digits.
 * recharts' own log ticks label every digit of every decade, which piles labels on top of
 * each other; these are given with interval 0.
 */
export function logTicks(lo: number, hi: number, count = 6): number[] {
  if (!(lo > 0) || !(hi >= lo) || !Number.isFinite(hi)) return [];
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const inside = (mantissas: number[]) => {
    const ticks: number[] = [];
    for (let d = first; d <= last; d++) {
      for (const m of mantissas) {
        const t = Number((m * Math.pow(10, d)).toPrecision(1));
        if (t >= lo && t <= hi) ticks.push(t);
      }
    }
    return ticks;
  };
  let best: number[] = [];
  for (const mantissas of LOG_MANTISSAS) {
    const ticks = inside(mantissas);
    if (ticks.length > count) {
      if (best.length >= 2) return best;
      // Too many of these and too few of the sparser: every few of these, the top one kept.
      const every = Math.ceil(ticks.length / count);
      return ticks.filter((_, i) => (ticks.length - 1 - i) % every === 0);
    }
    best = ticks;
  }
  return best.length >= 2 ? best : niceTicks(lo, hi, Math.min(count, 4)).filter((t) => t > 0);
}

/** The smallest and largest finite values under `keys` in `rows` (positive ones only if asked). */
export function valueRange(
  rows: readonly Record<string, unknown>[],
  keys: readonly string[],
  positive = false,
): [number, number] | null {
  let lo = Infinity,
    hi = -Infinity;
  for (const row of rows) {
    for (const key of keys) {
      const v = row[key];
      if (typeof v === 'number' && Number.isFinite(v) && (!positive || v > 0)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The smallest and largest positive finite values under `keys` in `rows`: a log axis's span. */
export function positiveRange(
  rows: readonly Record<string, unknown>[],
  keys: readonly string[],
): [number, number] | null {
  return valueRange(rows, keys, true);
}

export interface YAxisTicks {
  scale: 'log' | 'linear';
  domain: [number, number] | ['auto', 'auto'];
  /** Given whenever the data has a span, so the axis can be made as wide as its labels. */
  ticks?: number[];
}

/**
 * A y axis's domain and ticks (recharts' or a canvas's): on a log scale the data's positive
 * span with at most `count` ticks (logTicks); on a linear one the span rounded outwards to round ticks
 * (d3's nice, as recharts' own). Chosen here rather than by recharts so the labels are known
 * before drawing, and the axis made wide enough for the longest (see axisWidth.ts). With
 * nothing to span (no data, or one value) the domain is 'auto': recharts picks, and a canvas
 * chart makes one around the value (drawLines.ts, resolveAxis).
 */
export function yAxisTicks(
  log: boolean,
  rows: readonly Record<string, unknown>[],
  keys: readonly string[],
  count = 6,
): YAxisTicks {
  return axisTicks(log, valueRange(rows, keys, log), count);
}

/** yAxisTicks for values already reduced to their span (finite, and positive if `log`). */
export function axisTicks(log: boolean, range: [number, number] | null, count = 6): YAxisTicks {
  if (log) {
    if (range === null) return { scale: 'log', domain: ['auto', 'auto'] };
    return { scale: 'log', domain: range, ticks: logTicks(range[0], range[1], count) };
  }
  if (range === null) return { scale: 'linear', domain: ['auto', 'auto'] };
  // A flat line (within a percent) is drawn from 0, not magnified until its rounding shows.
  const [lo, hi] = range;
  const flat = hi - lo <= 0.01 * Math.max(Math.abs(lo), Math.abs(hi));
  const span = flat ? [Math.min(0, lo), Math.max(0, hi)] : range;
  if (!(span[1] > span[0])) return { scale: 'linear', domain: ['auto', 'auto'] };
  const scale = scaleLinear().domain(span).nice(count);
  const [from, to] = scale.domain();
  return { scale: 'linear', domain: [from, to], ticks: scale.ticks(count) };
}
