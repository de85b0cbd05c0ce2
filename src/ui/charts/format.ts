// Number formatting shared by the charts: short labels that stay readable whether a value
// is a loss of 2.3, an accuracy of 97%, or a gradient of 3e-7 that is quietly vanishing.
import { scaleLinear } from 'd3-scale';

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

/** Ticks at the powers of ten (and 2× and 5× when few decades) between lo and hi > 0. */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const steps = last - first <= 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let d = first; d <= last; d++) {
    for (const m of steps) {
      const t = Number((m * Math.pow(10, d)).toPrecision(1));
      if (t >= lo && t <= hi) ticks.push(t);
    }
  }
  return ticks;
}
