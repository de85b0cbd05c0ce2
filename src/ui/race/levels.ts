// How surface values become colours and contour levels. Loss surfaces span many orders of
// magnitude (Rosenbrock runs from 0 to thousands in its own window), so the colour follows
// log(f − min + δ): the valley floor keeps its detail instead of drowning in one dark hue.
// The top is the 99th percentile, so one blow-up corner (1/x near 0) cannot flatten the rest.

export interface LogScale {
  min: number;
  /** δ: keeps the log finite at the minimum; small against the range shown. */
  delta: number;
  lo: number;
  hi: number;
}

export function logScale(values: Float32Array): LogScale | null {
  // A typed copy sorts numerically, and several times faster than an array of numbers.
  const finite = values.filter(Number.isFinite).sort();
  if (finite.length === 0) return null;
  const min = finite[0];
  const top = finite[Math.min(finite.length - 1, Math.floor(0.99 * (finite.length - 1)))];
  const span = top - min;
  const delta = span > 0 ? span * 1e-3 : 1;
  return { min, delta, lo: Math.log(delta), hi: Math.log(span + delta) };
}

/** f in [0, 1] on the log scale (values beyond the 99th percentile clamp to 1). */
export function level(scale: LogScale, f: number): number {
  const t = (Math.log(Math.max(0, f - scale.min) + scale.delta) - scale.lo) / (scale.hi - scale.lo);
  return Math.min(1, Math.max(0, t));
}

/** The surface values of `count` contour lines, evenly spaced on the log scale. */
export function contourValues(scale: LogScale, count: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    const t = (i + 1) / (count + 1);
    return Math.exp(scale.lo + t * (scale.hi - scale.lo)) - scale.delta + scale.min;
  });
}
