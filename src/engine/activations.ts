// Activation functions, forward and backward side by side, under the names of the catalog
// (spec/catalog/activations.ts, which holds their labels). Each entry works on whole
// buffers (one tight loop per function, so the JIT sees one formula per loop) and the
// backward may use the input z or the output y, whichever is cheaper and exact.
import type { ActivationName } from '../spec/types';
import type { Floats } from './matrix';
import { exp, expm1, tanh } from './math';

export interface ActivationKernel {
  /** y = f(z) over `length` values; softmax works row by row over rows of `cols`. */
  forward(z: Floats, y: Floats, length: number, cols: number): void;
  /** dz = dy ⊙ f′(z) (for softmax, the row Jacobian applied to dy). */
  backward(z: Floats, y: Floats, dy: Floats, dz: Floats, length: number, cols: number): void;
}

const LEAKY_SLOPE = 0.01; // PyTorch's LeakyReLU default negative_slope
const ELU_ALPHA = 1; // PyTorch's ELU default alpha
const INV_SQRT2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * erf to double precision, for the exact (non-tanh) GELU that PyTorch uses by default.
 * Near zero the Maclaurin series (its largest term below |x| = 2.5 is ~20, so at most two
 * digits are lost to cancellation); further out erfc's continued fraction, evaluated
 * backwards from a fixed depth; beyond 6, erf is ±1 in double precision.
 */
export function erf(x: number): number {
  const a = Math.abs(x);
  if (a < 2.5) {
    const x2 = x * x;
    let term = x,
      sum = x;
    for (let n = 1; n < 100; n++) {
      term *= -x2 / n; // (−1)ⁿ x^(2n+1) / n!
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return sum * (2 / Math.sqrt(Math.PI));
  }
  if (a >= 6) return Math.sign(x);
  // erfc(a) = e^(−a²)/√π · 1/(a + ½/(a + 1/(a + (3/2)/(a + 2/(a + …)))))
  let f = a;
  for (let k = 80; k >= 1; k--) f = a + k / 2 / f;
  const erfc = exp(-a * a) / Math.sqrt(Math.PI) / f;
  return Math.sign(x) * (1 - erfc);
}

export const ACTIVATIONS: Record<ActivationName, ActivationKernel> = {
  linear: {
    // Plain copies: set(subarray(…)) would allocate a view on every step.
    forward(z, y, n) {
      for (let i = 0; i < n; i++) y[i] = z[i];
    },
    backward(_z, _y, dy, dz, n) {
      for (let i = 0; i < n; i++) dz[i] = dy[i];
    },
  },
  relu: {
    forward(z, y, n) {
      for (let i = 0; i < n; i++) y[i] = z[i] > 0 ? z[i] : 0;
    },
    backward(z, _y, dy, dz, n) {
      for (let i = 0; i < n; i++) dz[i] = z[i] > 0 ? dy[i] : 0;
    },
  },
  leaky_relu: {
    forward(z, y, n) {
      for (let i = 0; i < n; i++) y[i] = z[i] > 0 ? z[i] : LEAKY_SLOPE * z[i];
    },
    backward(z, _y, dy, dz, n) {
      for (let i = 0; i < n; i++) dz[i] = z[i] > 0 ? dy[i] : LEAKY_SLOPE * dy[i];
    },
  },
  elu: {
    forward(z, y, n) {
      for (let i = 0; i < n; i++) y[i] = z[i] > 0 ? z[i] : ELU_ALPHA * expm1(z[i]);
    },
    backward(z, y, dy, dz, n) {
      // For z ≤ 0, d/dz α(eᶻ − 1) = αeᶻ = y + α.
      for (let i = 0; i < n; i++) dz[i] = z[i] > 0 ? dy[i] : dy[i] * (y[i] + ELU_ALPHA);
    },
  },
  gelu: {
    forward(z, y, n) {
      for (let i = 0; i < n; i++) y[i] = 0.5 * z[i] * (1 + erf(z[i] * INV_SQRT2));
    },
    backward(z, _y, dy, dz, n) {
      // d/dz z·Φ(z) = Φ(z) + z·φ(z)
      for (let i = 0; i < n; i++) {
        const x = z[i];
        const cdf = 0.5 * (1 + erf(x * INV_SQRT2));
        dz[i] = dy[i] * (cdf + x * INV_SQRT_2PI * exp(-0.5 * x * x));
      }
    },
  },
  sigmoid: {
    forward(z, y, n) {
      // Two branches so that exp never overflows: for z < 0 use eᶻ/(1 + eᶻ).
      for (let i = 0; i < n; i++) {
        const v = z[i];
        if (v >= 0) y[i] = 1 / (1 + exp(-v));
        else {
          const e = exp(v);
          y[i] = e / (1 + e);
        }
      }
    },
    backward(_z, y, dy, dz, n) {
      for (let i = 0; i < n; i++) dz[i] = dy[i] * y[i] * (1 - y[i]);
    },
  },
  tanh: {
    forward(z, y, n) {
      for (let i = 0; i < n; i++) y[i] = tanh(z[i]);
    },
    backward(_z, y, dy, dz, n) {
      for (let i = 0; i < n; i++) dz[i] = dy[i] * (1 - y[i] * y[i]);
    },
  },
  softmax: {
    forward(z, y, n, cols) {
      // Subtract the row maximum so that exp never overflows.
      for (let r = 0; r < n; r += cols) {
        let max = -Infinity;
        for (let j = 0; j < cols; j++) if (z[r + j] > max) max = z[r + j];
        let sum = 0;
        for (let j = 0; j < cols; j++) {
          const e = exp(z[r + j] - max);
          y[r + j] = e;
          sum += e;
        }
        const inv = 1 / sum;
        for (let j = 0; j < cols; j++) y[r + j] *= inv;
      }
    },
    backward(_z, y, dy, dz, n, cols) {
      // dz_i = y_i (dy_i − Σ_j dy_j y_j)
      for (let r = 0; r < n; r += cols) {
        let dot = 0;
        for (let j = 0; j < cols; j++) dot += dy[r + j] * y[r + j];
        for (let j = 0; j < cols; j++) dz[r + j] = y[r + j] * (dy[r + j] - dot);
      }
    },
  },
};
