// 2-D test functions for the loss-surface view and the `trajectory` command. Each surface
// keeps its value and its exact analytic gradient side by side, like an activation's
// { f, df }. The optimizers that walk them are the training optimizers, unchanged.
import { cos, sin } from './math';

export interface Surface {
  readonly label: string;
  /** Human-readable formula for the page. */
  readonly formula: string;
  f(x: number, y: number): number;
  /** The exact gradient, written to out[0] (∂f/∂x) and out[1] (∂f/∂y). */
  grad(x: number, y: number, out: Float64Array): void;
  /** A plotting window that shows the interesting part. */
  readonly view: { readonly x: [number, number]; readonly y: [number, number] };
  /** Known global minima (none for the saddle). */
  readonly minima: [number, number][];
}

const TWO_PI = 2 * Math.PI;

// Himmelblau's four minima; the three irrational ones by Newton's method (30 digits).
const HIMMELBLAU_MINIMA: [number, number][] = [
  [3, 2],
  [-2.805118086952745, 3.131312518250573],
  [-3.779310253377747, -3.283185991286169],
  [3.584428340330492, -1.848126526964404],
];

// Styblinski–Tang's minimum: the root of 4t³ − 32t + 5 = 0 near −2.9, in each coordinate.
const STYBLINSKI_MIN = -2.903534027771177;

export const SURFACES: Record<string, Surface> = {
  bowl: {
    label: 'Bowl',
    formula: 'x² + y²',
    f: (x, y) => x * x + y * y,
    grad(x, y, out) {
      out[0] = 2 * x;
      out[1] = 2 * y;
    },
    view: { x: [-2, 2], y: [-2, 2] },
    minima: [[0, 0]],
  },
  elongated: {
    label: 'Elongated bowl',
    formula: 'x²/20 + y²',
    f: (x, y) => (x * x) / 20 + y * y,
    grad(x, y, out) {
      out[0] = x / 10;
      out[1] = 2 * y;
    },
    // Wide in x: the contours are √20 ≈ 4.5 times longer along x than along y.
    view: { x: [-8, 8], y: [-3, 3] },
    minima: [[0, 0]],
  },
  rosenbrock: {
    label: 'Rosenbrock',
    formula: '(1 − x)² + 100 (y − x²)²',
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
    view: { x: [-2, 2], y: [-1, 3] },
    minima: [[1, 1]],
  },
  beale: {
    label: 'Beale',
    formula: '(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²',
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
    view: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
    minima: [[3, 0.5]],
  },
  himmelblau: {
    label: 'Himmelblau',
    formula: '(x² + y − 11)² + (x + y² − 7)²',
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
    view: { x: [-5, 5], y: [-5, 5] },
    minima: HIMMELBLAU_MINIMA,
  },
  saddle: {
    label: 'Saddle',
    formula: 'x² − y²',
    f: (x, y) => x * x - y * y,
    grad(x, y, out) {
      out[0] = 2 * x;
      out[1] = -2 * y;
    },
    view: { x: [-2, 2], y: [-2, 2] },
    minima: [], // unbounded below along y
  },
  rastrigin: {
    label: 'Rastrigin',
    formula: '20 + x² − 10 cos 2πx + y² − 10 cos 2πy',
    f: (x, y) => 20 + x * x - 10 * cos(TWO_PI * x) + y * y - 10 * cos(TWO_PI * y),
    grad(x, y, out) {
      out[0] = 2 * x + 10 * TWO_PI * sin(TWO_PI * x);
      out[1] = 2 * y + 10 * TWO_PI * sin(TWO_PI * y);
    },
    // The classic domain ±5.12: about ten local minima along each axis.
    view: { x: [-5.12, 5.12], y: [-5.12, 5.12] },
    minima: [[0, 0]],
  },
  styblinski_tang: {
    label: 'Styblinski–Tang',
    formula: '((x⁴ − 16x² + 5x) + (y⁴ − 16y² + 5y)) / 2',
    f: (x, y) => (x * x * x * x - 16 * x * x + 5 * x + (y * y * y * y - 16 * y * y + 5 * y)) / 2,
    grad(x, y, out) {
      out[0] = 2 * x * x * x - 16 * x + 2.5;
      out[1] = 2 * y * y * y - 16 * y + 2.5;
    },
    view: { x: [-5, 5], y: [-5, 5] },
    minima: [[STYBLINSKI_MIN, STYBLINSKI_MIN]],
  },
  goldstein_price: {
    label: 'Goldstein–Price',
    formula:
      '[1 + (x + y + 1)²(19 − 14x + 3x² − 14y + 6xy + 3y²)] · ' +
      '[30 + (2x − 3y)²(18 − 32x + 12x² + 48y − 36xy + 27y²)]',
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
    view: { x: [-2, 2], y: [-2, 2] },
    minima: [[0, -1]],
  },
};
