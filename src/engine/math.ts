// Portable transcendental functions: the same bits on every JavaScript engine.
//
// ECMAScript fixes the results of + − × ÷ and Math.sqrt (IEEE 754, correctly rounded) but
// leaves Math.exp, log, sin, cos, tanh, pow and their kin "implementation-approximated".
// They do differ: Node 20 and Chromium 156 disagree in the last bit of Math.cos(0.1) and
// Math.pow(1.3, 1.7). The engine promises the same numbers for the same seed in Node and
// in the browser, so it computes these itself, from exact operations only, in a fixed
// order: range reduction (Cody–Waite, with constants split so the products are exact),
// then a polynomial in Horner form. Accuracy is within a few units in the last place of
// a double (tests/engine/math.test.ts measures it), far below float32's resolution.

const LN2_HI = 6.9314718036912381649e-1; // ln 2 to 32 bits: k·LN2_HI is exact for |k| < 2^20
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const INV_LN2 = 1.4426950408889634;
const PIO2_HI = 1.57079632673412561417; // π/2 to 33 bits: k·PIO2_HI is exact for |k| < 2^20
const PIO2_MID = 6.0771005063039659766e-11; // the next 33 bits
const PIO2_LO = 2.02226624879595063154e-21; // π/2 − PIO2_HI − PIO2_MID
const INV_PIO2 = 0.6366197723675814;
const SQRT2 = 1.4142135623730951;

// Bit access to doubles, for splitting exponent from mantissa exactly (log).
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: high word second

/** 2^k for −1074 ≤ k ≤ 1023 (every power of two a double holds), by exact doubling and halving. */
const POW2 = new Float64Array(1074 + 1024);
for (let k = 0, v = 1; k <= 1023; k++, v *= 2) POW2[1074 + k] = v;
for (let k = -1, v = 0.5; k >= -1074; k--, v *= 0.5) POW2[1074 + k] = v;

/** x·2^k, exact unless the result is subnormal (then rounded once, the same everywhere). */
function scale(x: number, k: number): number {
  if (k > 1023) return x * POW2[1074 + 1023] * POW2[1074 + k - 1023];
  if (k < -1022) return x * POW2[1074 + k + 64] * POW2[1074 - 64]; // exact, then one rounding
  return x * POW2[1074 + k];
}

/**
 * e^r − 1 for |r| ≤ ln2/2, with no cancellation near 0: r times the Taylor polynomial
 * Σ rⁿ/(n+1)! to r^12 (the next term is below 2^−60), with the coefficients written as
 * constants (n! is exact in a double up to 22!). Estrin's scheme (pairs, then pairs of
 * pairs in r², r⁴, r⁸) evaluates it in a fixed order with a dependency chain of five
 * multiply-adds instead of Horner's twelve, which is what limits the speed.
 */
function expm1Reduced(r: number): number {
  const r2 = r * r,
    r4 = r2 * r2,
    r8 = r4 * r4;
  const a = 1 + r * (1 / 2) + r2 * (1 / 6 + r * (1 / 24));
  const b = 1 / 120 + r * (1 / 720) + r2 * (1 / 5040 + r * (1 / 40320));
  const c = 1 / 362880 + r * (1 / 3628800) + r2 * (1 / 39916800 + r * (1 / 479001600));
  return r * (a + r4 * b + r8 * (c + r4 * (1 / 6227020800)));
}

export function exp(x: number): number {
  if (x !== x) return x; // NaN
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  return scale(1 + expm1Reduced(r), k);
}

export function expm1(x: number): number {
  if (Math.abs(x) <= 0.34657359027997264) return expm1Reduced(x);
  if (x !== x || x > 709.782712893384) return exp(x);
  if (x < -40) return -1; // e^−40 − 1 is −1 to double precision
  // e^x − 1 = 2^k·(e^r − 1) + (2^k − 1): both terms exact but for one rounding each, with
  // no cancellation from subtracting 1 from a rounded e^x.
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  if (k > 1000) return scale(1 + expm1Reduced(r), k);
  const t = POW2[1074 + k];
  return t * expm1Reduced(r) + (t - 1);
}

export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: bring a subnormal into the normal range
    e = -54;
  }
  // x = m·2^e with m in [1, 2), then m in [√½, √2) so that |s| below stays ≤ 0.172.
  f64[0] = x;
  e += (u32[HI] >>> 20) - 1023;
  u32[HI] = (u32[HI] & 0x000fffff) | 0x3ff00000;
  let m = f64[0];
  if (m > SQRT2) {
    m *= 0.5;
    e += 1;
  }
  // log m = 2·atanh(s), s = (m − 1)/(m + 1): 2s·(1 + s²/3 + s⁴/5 + …), 11 terms (s²¹ < 2^−53).
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  let p = 1 / 21;
  for (let n = 19; n >= 1; n -= 2) p = p * z + 1 / n;
  return e * LN2_HI + (2 * s * p + e * LN2_LO);
}

/** log(1 + x), accurate for small x: log(u)·x/(u − 1) with u = 1 + x corrects u's rounding. */
export function log1p(x: number): number {
  const u = 1 + x;
  if (u === 1) return x;
  if (u === Infinity) return u;
  return (log(u) * x) / (u - 1);
}

export function tanh(x: number): number {
  if (x !== x || x === 0) return x; // NaN, and ±0 keep their sign
  const a = Math.abs(x);
  if (a > 22) return x > 0 ? 1 : -1; // tanh(22) is 1 to double precision
  const t = expm1(2 * a);
  const y = t / (t + 2);
  return x < 0 ? -y : y;
}

// Taylor coefficients (−1)ⁿ/(2n+1)! and (−1)ⁿ/(2n)! for |r| ≤ π/4: the r^19 and r^20 terms
// are below 2^−60.
const SIN_C = Array.from({ length: 9 }, (_, n) => {
  let f = 1;
  for (let i = 2; i <= 2 * n + 1; i++) f *= i;
  return (n % 2 === 0 ? 1 : -1) / f;
});
const COS_C = Array.from({ length: 10 }, (_, n) => {
  let f = 1;
  for (let i = 2; i <= 2 * n; i++) f *= i;
  return (n % 2 === 0 ? 1 : -1) / f;
});

function sinReduced(r: number): number {
  const z = r * r;
  let p = SIN_C[8];
  for (let n = 7; n >= 0; n--) p = p * z + SIN_C[n];
  return p * r;
}

function cosReduced(r: number): number {
  const z = r * r;
  let p = COS_C[9];
  for (let n = 8; n >= 0; n--) p = p * z + COS_C[n];
  return p;
}

/**
 * x = k·π/2 + r with |r| ≤ π/4; returns r and leaves k mod 4 in `quadrant`. Accurate for
 * |x| up to about 2^20·π/2; beyond that still deterministic, less accurate (the engine's
 * angles are small).
 */
let quadrant = 0;
function reduce(x: number): number {
  const k = Math.round(x * INV_PIO2);
  quadrant = ((k % 4) + 4) % 4;
  return x - k * PIO2_HI - k * PIO2_MID - k * PIO2_LO;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const r = reduce(x);
  switch (quadrant) {
    case 0:
      return sinReduced(r);
    case 1:
      return cosReduced(r);
    case 2:
      return -sinReduced(r);
    default:
      return -cosReduced(r);
  }
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const r = reduce(x);
  switch (quadrant) {
    case 0:
      return cosReduced(r);
    case 1:
      return -sinReduced(r);
    case 2:
      return -cosReduced(r);
    default:
      return sinReduced(r);
  }
}

/**
 * x^y. Integer exponents (Adam's βᵗ, a schedule's γᵉ) by repeated squaring: a fixed order of
 * multiplications, with a relative error that grows with the exponent (about |y|·2^−53:
 * 1e−11 for Adam's 1 − β₂ᵗ after 100,000 steps, invisible in float32). Other exponents as
 * exp(y·log x) for x > 0.
 */
export function pow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 2147483648) {
    let n = Math.abs(y),
      base = x,
      result = 1;
    while (n > 0) {
      if (n % 2 === 1) result *= base;
      base *= base;
      n = Math.floor(n / 2);
    }
    return y < 0 ? 1 / result : result;
  }
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (x < 0) return NaN; // a negative base with a fractional exponent
  return exp(y * log(x));
}

/** The real cube root: exp(log|x|/3), then one Newton step y ← y − (y³ − x)/(3y²). */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const a = Math.abs(x);
  let y = exp(log(a) / 3);
  y -= (y * y * y - a) / (3 * y * y);
  return x < 0 ? -y : y;
}

/** √(x² + y²) (sqrt is correctly rounded, so this is portable as written). */
export function hypot(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}
