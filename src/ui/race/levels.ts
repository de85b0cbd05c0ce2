// How surface values become colours and contour levels. Loss surfaces span many orders of
// magnitude (Rosenbrock runs from 0 to thousands in its own window), so the colour follows
// log(f − min + δ): the valley floor keeps its detail instead of drowning in one dark hue.
// The top is the 99th percentile, so one blow-up corner cannot flatten the rest. A pole
// inside the window (1/x at x = 0, log(x² + y²) at the origin) defeats that: its values run
// to ±∞ on both sides, the minimum is far below everything else, and the log scale paints the
// whole map one yellow. Such a surface is coloured by rank instead (a quantile scale: each
// colour covers an equal share of the map), which shows its structure whatever the tails.

export interface LogScale {
  kind: 'log';
  min: number;
  /** δ: keeps the log finite at the minimum; small against the range shown. */
  delta: number;
  lo: number;
  hi: number;
}

export interface QuantileScale {
  kind: 'quantile';
  /** The values at ranks 0, 1/(n−1), …, 1 of the map's finite values, increasing. */
  knots: number[];
}

export type SurfaceScale = LogScale | QuantileScale;

/** Quantiles a rank scale keeps: every 5%, enough for smooth colours between them. */
const KNOTS = 21;
/**
 * The log scale is kept while the middle 80% of the map (10th to 90th percentile) spans at
 * least this share of the colours. The built-in surfaces span 0.16 (Rastrigin) to 0.79
 * (Beale); a pole leaves 0.01 (1/x) to 0.04 (log(x² + y²)).
 */
const LEAST_SPREAD = 0.1;

const scales = new WeakMap<Float32Array, SurfaceScale | null>();

/**
 * The colour scale for a map: log (see above), or by rank where a pole flattens the log.
 * Kept per map, since the picture and its legend both ask.
 */
export function surfaceScale(values: Float32Array): SurfaceScale | null {
  if (!scales.has(values)) scales.set(values, chooseScale(values));
  return scales.get(values)!;
}

function chooseScale(values: Float32Array): SurfaceScale | null {
  const sorted = sortedFinite(values);
  const log = logOfSorted(sorted);
  if (log === null) return null;
  const at = (p: number) => sorted[Math.round(p * (sorted.length - 1))];
  if (level(log, at(0.9)) - level(log, at(0.1)) >= LEAST_SPREAD) return log;
  return { kind: 'quantile', knots: Array.from({ length: KNOTS }, (_, i) => at(i / (KNOTS - 1))) };
}

export function logScale(values: Float32Array): LogScale | null {
  return logOfSorted(sortedFinite(values));
}

/** A typed copy sorts numerically, and several times faster than an array of numbers. */
function sortedFinite(values: Float32Array): Float32Array {
  return values.filter(Number.isFinite).sort();
}

function logOfSorted(finite: Float32Array): LogScale | null {
  if (finite.length === 0) return null;
  const min = finite[0];
  const top = finite[Math.min(finite.length - 1, Math.floor(0.99 * (finite.length - 1)))];
  const span = top - min;
  const delta = span > 0 ? span * 1e-3 : 1;
  return { kind: 'log', min, delta, lo: Math.log(delta), hi: Math.log(span + delta) };
}

/** f in [0, 1] on the scale (log: values beyond the 99th percentile clamp to 1). */
export function level(scale: SurfaceScale, f: number): number {
  if (scale.kind === 'quantile') return rank(scale.knots, f);
  const t = (Math.log(Math.max(0, f - scale.min) + scale.delta) - scale.lo) / (scale.hi - scale.lo);
  return Math.min(1, Math.max(0, t));
}

/** f's rank among the knots, interpolated between the two around it, in [0, 1]. */
function rank(knots: number[], f: number): number {
  const last = knots.length - 1;
  if (!(f > knots[0])) return 0;
  if (f >= knots[last]) return 1;
  let lo = 0,
    hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (knots[mid] <= f) lo = mid;
    else hi = mid;
  }
  const width = knots[hi] - knots[lo];
  return (lo + (width > 0 ? (f - knots[lo]) / width : 0)) / last;
}

/** The surface values of `count` contour lines, evenly spaced on the scale. */
export function contourValues(scale: SurfaceScale, count: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    const t = (i + 1) / (count + 1);
    if (scale.kind === 'log')
      return Math.exp(scale.lo + t * (scale.hi - scale.lo)) - scale.delta + scale.min;
    const at = t * (scale.knots.length - 1);
    const k = Math.floor(at);
    return scale.knots[k] + (at - k) * (scale.knots[k + 1] - scale.knots[k]);
  });
}
