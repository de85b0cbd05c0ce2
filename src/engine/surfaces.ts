// 2-D test functions for the loss-surface view and the `trajectory` command. Each surface
// keeps its value and its exact analytic gradient side by side, like an activation's
// { f, df }; its label, formula, window and minima are the document's (spec/catalog). The
// optimizers that walk them are the training optimizers, unchanged.
import {
  SURFACE_CATALOG,
  type BuiltInSurfaceName,
  type SurfaceEntry,
} from '../spec/catalog/surfaces';
import { cos, sin } from './math';

/** f and its exact gradient. */
export interface SurfaceFunction {
  f(x: number, y: number): number;
  /** The exact gradient, written to out[0] (∂f/∂x) and out[1] (∂f/∂y). */
  grad(x: number, y: number, out: Float64Array): void;
}

/** A surface as the race and the trajectory command use it: the catalog's row and its math. */
export type Surface = SurfaceEntry & SurfaceFunction;

const TWO_PI = 2 * Math.PI;

const FUNCTIONS: Record<BuiltInSurfaceName, SurfaceFunction> = {
  bowl: {
    f: (x, y) => x * x + y * y,
    grad(x, y, out) {
      out[0] = 2 * x;
      out[1] = 2 * y;
    },
  },
  elongated: {
    f: (x, y) => (x * x) / 20 + y * y,
    grad(x, y, out) {
      out[0] = x / 10;
      out[1] = 2 * y;
    },
    // Wide in x: the contours are √20 ≈ 4.5 times longer along x than along y.
  },
  rosenbrock: {
    f(x, y) {
      const a = 1 - x;
      const b = y - x * x;
      return a * a + 100 * b * b;
    },
    grad(x, y, out) {
      const b = y - x * x;
      out[0] = -2 * (1 - x) - 400 * x * b;
      out[1] = 200 * b;
    },
  },
  beale: {
    f(x, y) {
      const a = 1.5 - x + x * y;
      const b = 2.25 - x + x * y * y;
      const c = 2.625 - x + x * y * y * y;
      return a * a + b * b + c * c;
    },
    grad(x, y, out) {
      const y2 = y * y;
      const y3 = y2 * y;
      const a = 1.5 - x + x * y;
      const b = 2.25 - x + x * y2;
      const c = 2.625 - x + x * y3;
      out[0] = 2 * (a * (y - 1) + b * (y2 - 1) + c * (y3 - 1));
      out[1] = 2 * x * (a + 2 * b * y + 3 * c * y2);
    },
  },
  himmelblau: {
    f(x, y) {
      const a = x * x + y - 11;
      const b = x + y * y - 7;
      return a * a + b * b;
    },
    grad(x, y, out) {
      const a = x * x + y - 11;
      const b = x + y * y - 7;
      out[0] = 4 * x * a + 2 * b;
      out[1] = 2 * a + 4 * y * b;
    },
  },
  saddle: {
    f: (x, y) => x * x - y * y,
    grad(x, y, out) {
      out[0] = 2 * x;
      out[1] = -2 * y;
    },
  },
  rastrigin: {
    f: (x, y) => 20 + x * x - 10 * cos(TWO_PI * x) + y * y - 10 * cos(TWO_PI * y),
    grad(x, y, out) {
      out[0] = 2 * x + 10 * TWO_PI * sin(TWO_PI * x);
      out[1] = 2 * y + 10 * TWO_PI * sin(TWO_PI * y);
    },
    // The classic domain ±5.12: about ten local minima along each axis.
  },
  styblinski_tang: {
    f: (x, y) => (x * x * x * x - 16 * x * x + 5 * x + (y * y * y * y - 16 * y * y + 5 * y)) / 2,
    grad(x, y, out) {
      out[0] = 2 * x * x * x - 16 * x + 2.5;
      out[1] = 2 * y * y * y - 16 * y + 2.5;
    },
  },
  goldstein_price: {
    f(x, y) {
      const p = x + y + 1;
      const q = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
      const r = 2 * x - 3 * y;
      const s = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
      return (1 + p * p * q) * (30 + r * r * s);
    },
    grad(x, y, out) {
      // f = A·B with A = 1 + p²q and B = 30 + r²s; product rule on each factor.
      const p = x + y + 1;
      const q = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
      const r = 2 * x - 3 * y;
      const s = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
      const A = 1 + p * p * q;
      const B = 30 + r * r * s;
      // ∂p/∂x = ∂p/∂y = 1 and ∂q/∂x = ∂q/∂y = −14 + 6x + 6y, so A's two partials are equal.
      const dA = 2 * p * q + p * p * (-14 + 6 * x + 6 * y);
      const dBdx = 4 * r * s + r * r * (-32 + 24 * x - 36 * y);
      const dBdy = -6 * r * s + r * r * (48 - 36 * x + 54 * y);
      out[0] = dA * B + A * dBdx;
      out[1] = dA * B + A * dBdy;
    },
  },
};

export const SURFACES = Object.fromEntries(
  Object.entries(FUNCTIONS).map(([name, fn]) => [
    name,
    { ...SURFACE_CATALOG[name as BuiltInSurfaceName], ...fn },
  ]),
) as Record<BuiltInSurfaceName, Surface>;
