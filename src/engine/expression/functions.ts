// The functions a formula may call, each value f beside its derivative df, as an
// activation keeps them: one table, so a new function is one row (and its name in parse.ts).
import { cos, exp, expm1, log, sin, tanh } from '../math';
import type { UnaryName } from '../../spec/expression/parse';

// sinh and cosh from exp and expm1, which are portable; e^|a| would overflow before sinh(a)
// does, so large arguments go through e^(|a|/2) squared.
function sinh(a: number): number {
  const m = Math.abs(a);
  let s: number;
  if (m > 22) {
    const h = exp(0.5 * m);
    s = 0.5 * h * h; // e^−m is below half an ulp of e^m here
  } else {
    const t = expm1(m); // e^m − 1, exact near 0 where e^m − e^−m would cancel
    s = 0.5 * (t + t / (t + 1));
  }
  return a < 0 ? -s : s;
}

function cosh(a: number): number {
  const m = Math.abs(a);
  if (m > 22) {
    const h = exp(0.5 * m);
    return 0.5 * h * h;
  }
  const t = exp(m);
  return 0.5 * (t + 1 / t);
}

export interface UnaryFunction {
  f(a: number): number;
  /** f′(a), given a and v = f(a). */
  df(a: number, v: number): number;
}

export const UNARY: Record<UnaryName, UnaryFunction> = {
  sin: { f: sin, df: (a) => cos(a) },
  cos: { f: cos, df: (a) => -sin(a) },
  tan: { f: (a) => sin(a) / cos(a), df: (_a, v) => 1 + v * v },
  exp: { f: exp, df: (_a, v) => v },
  log: { f: log, df: (a) => 1 / a },
  sqrt: { f: Math.sqrt, df: (_a, v) => 0.5 / v },
  // Zero at the kink: the subgradient a descent step can use, and the one tools usually pick.
  abs: { f: Math.abs, df: (a) => (a > 0 ? 1 : a < 0 ? -1 : 0) },
  tanh: { f: tanh, df: (_a, v) => 1 - v * v },
  sinh: { f: sinh, df: (a) => cosh(a) },
  cosh: { f: cosh, df: (a) => sinh(a) },
};
