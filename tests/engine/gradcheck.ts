// Central finite differences in float64. With h = 1e-6 the truncation error is O(h²) ≈ 1e-12
// and the rounding error about ε·|L|/h ≈ 1e-10, so analytic and numeric gradients of
// smooth functions agree to ~1e-7 relative; we assert 1e-6 (plus a small absolute floor
// for entries that are zero up to rounding).
import { expect } from 'vitest';
import type { Floats } from '../../src/engine/matrix';
import { Rng } from '../../src/engine/random';

export const H = 1e-6;

export function numericGradient(values: Floats, loss: () => number): Float64Array {
  const grad = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const keep = values[i];
    values[i] = keep + H;
    const up = loss();
    values[i] = keep - H;
    const down = loss();
    values[i] = keep;
    grad[i] = (up - down) / (2 * H);
  }
  return grad;
}

export function expectClose(analytic: Floats, numeric: Floats, rel = 1e-6, abs = 1e-8): void {
  expect(analytic.length).toBe(numeric.length);
  for (let i = 0; i < numeric.length; i++) {
    const tolerance = abs + rel * Math.max(Math.abs(analytic[i]), Math.abs(numeric[i]));
    if (Math.abs(analytic[i] - numeric[i]) > tolerance) {
      expect.fail(`entry ${i}: analytic ${analytic[i]} vs numeric ${numeric[i]}`);
    }
  }
}

export function randomArray(length: number, rng: Rng, scale = 1): Float64Array {
  return Float64Array.from({ length }, () => scale * rng.normal());
}

/** Σ r ⊙ y: a scalar whose gradient with respect to y is the fixed random array r. */
export function weightedSum(y: Floats, r: Floats, count: number): number {
  let s = 0;
  for (let i = 0; i < count; i++) s += y[i] * r[i];
  return s;
}
