// Our portable functions against the host's Math (which is itself accurate to an ulp or
// so, just not the same bits everywhere): the error is measured in units in the last place.
import { describe, expect, it } from 'vitest';
import * as pm from '../../src/engine/math';
import { Rng } from '../../src/engine/random';

/** The distance between two doubles in units in the last place (of the larger). */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  // Below the normal range every double is a multiple of the smallest subnormal, 2^−1074.
  const ulp = Math.max(2 ** (Math.floor(Math.log2(scale)) - 52), 2 ** -1074);
  return Math.abs(a - b) / ulp;
}

function worst(f: (x: number) => number, ref: (x: number) => number, xs: number[]): number {
  return Math.max(...xs.map((x) => ulps(f(x), ref(x))));
}

const rng = new Rng(99);
const uniform = (lo: number, hi: number, n = 20000) =>
  Array.from({ length: n }, () => rng.uniform(lo, hi));
// The host's results differ from the correctly rounded ones by up to ~1 ulp themselves, so
// a bound of 3 ulps leaves ours at most ~2 from the true value.
const BOUND = 3;

describe('portable math, accuracy against Math.*', () => {
  it('exp over its whole range', () => {
    expect(worst(pm.exp, Math.exp, [...uniform(-745, 709), ...uniform(-1, 1)])).toBeLessThanOrEqual(
      BOUND,
    );
  });
  it('expm1, tanh near zero and beyond', () => {
    // Just past ln2/2, e^x − 1 = 2·(e^r − 1) + 1 with r ≈ −0.3 cancels about one bit: up to
    // 4 ulps from the host (1e−16 relative, far below float32's 6e−8).
    const xs = [...uniform(-1, 1), ...uniform(-1e-6, 1e-6), ...uniform(-30, 30)];
    expect(worst(pm.expm1, Math.expm1, xs)).toBeLessThanOrEqual(BOUND + 1);
    expect(worst(pm.tanh, Math.tanh, xs)).toBeLessThanOrEqual(BOUND + 1);
  });
  it('log and log1p, subnormals included', () => {
    const xs = [...uniform(1e-300, 1e300), ...uniform(0.5, 2), ...uniform(1e-310, 1e-307)];
    expect(worst(pm.log, Math.log, xs)).toBeLessThanOrEqual(BOUND);
    expect(
      worst(pm.log1p, Math.log1p, [...uniform(-0.999, 10), ...uniform(-1e-9, 1e-9)]),
    ).toBeLessThanOrEqual(BOUND);
  });
  it('sin and cos on the angles the engine meets (|x| < 1000), measured absolutely near zeros', () => {
    const xs = [...uniform(-Math.PI, Math.PI), ...uniform(-1000, 1000)];
    for (const [ours, host] of [
      [pm.sin, Math.sin],
      [pm.cos, Math.cos],
    ] as const) {
      // Near a zero of sin/cos the relative ulp count is meaningless; compare absolutely.
      const err = Math.max(...xs.map((x) => Math.abs(ours(x) - host(x))));
      expect(err).toBeLessThan(4 * Number.EPSILON);
    }
  });
  it('pow for integer and fractional exponents, cbrt and hypot', () => {
    // Repeated squaring's error grows with the exponent: about t/2 ulps at worst, here.
    for (const t of [1, 2, 10, 100, 1000, 10000, 100000]) {
      expect(ulps(pm.pow(0.999, t), Math.pow(0.999, t))).toBeLessThanOrEqual(Math.max(2, t / 2));
    }
    // exp(y·log x) carries the rounding of y·log x, an ulp of a number of size |y·log x|,
    // into the result as a relative error: about 2·|y·log x| ulps at most.
    for (const [y, xs] of [
      [1.7, uniform(0, 100)],
      [2.4, uniform(1e-6, 1)],
    ] as const) {
      for (const x of xs) {
        expect(ulps(pm.pow(x, y), Math.pow(x, y))).toBeLessThanOrEqual(
          BOUND + 2 * Math.abs(y * Math.log(x)),
        );
      }
    }
    expect(worst(pm.cbrt, Math.cbrt, uniform(-1e6, 1e6))).toBeLessThanOrEqual(BOUND);
    expect(
      worst(
        (x) => pm.hypot(x, 3 * x + 1),
        (x) => Math.hypot(x, 3 * x + 1),
        uniform(-1e3, 1e3),
      ),
    ).toBeLessThanOrEqual(2);
  });
});

describe('portable math, special values', () => {
  it('matches IEEE behaviour at the edges', () => {
    expect(pm.exp(NaN)).toBeNaN();
    expect(pm.exp(710)).toBe(Infinity);
    expect(pm.exp(-746)).toBe(0);
    expect(pm.exp(0)).toBe(1);
    expect(pm.exp(-745)).toBeGreaterThan(0); // the smallest subnormal range
    expect(pm.log(0)).toBe(-Infinity);
    expect(pm.log(-1)).toBeNaN();
    expect(pm.log(1)).toBe(0);
    expect(pm.log(Infinity)).toBe(Infinity);
    expect(pm.log1p(-1)).toBe(-Infinity);
    expect(pm.tanh(1000)).toBe(1);
    expect(pm.tanh(-1000)).toBe(-1);
    expect(Object.is(pm.tanh(-0), -0)).toBe(true);
    expect(pm.sin(Infinity)).toBeNaN();
    expect(pm.sin(0)).toBe(0);
    expect(pm.cos(0)).toBe(1);
    expect(pm.pow(2, 10)).toBe(1024);
    expect(pm.pow(2, -2)).toBe(0.25);
    expect(pm.pow(-2, 3)).toBe(-8);
    expect(pm.pow(-2, 0.5)).toBeNaN();
    expect(pm.cbrt(-27)).toBe(-3);
  });
});
