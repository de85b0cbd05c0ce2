import { describe, expect, it } from 'vitest';
import { matmul, matmulTransA, matmulTransB } from '../../src/engine/matrix';
import { Rng } from '../../src/engine/random';
import { randomArray } from './gradcheck';

/** The textbook triple loop: the reference the unrolled kernels must reproduce. */
function naive(
  a: Float64Array,
  b: Float64Array,
  n: number,
  k: number,
  m: number,
  ta = false,
  tb = false,
) {
  const c = new Float64Array(n * m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++)
      for (let p = 0; p < k; p++)
        c[i * m + j] += (ta ? a[p * n + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * m + j]);
  return c;
}

// Shapes around the four-row unrolling: remainders 0..3 in every dimension.
const SHAPES = [
  [1, 1, 1],
  [4, 3, 2],
  [5, 7, 3],
  [6, 4, 9],
  [7, 5, 4],
  [13, 11, 6],
];

describe('matrix kernels agree with the naive product', () => {
  for (const [n, k, m] of SHAPES) {
    it(`${n}×${k} · ${k}×${m}`, () => {
      const rng = new Rng(n * 100 + k * 10 + m);
      const a = randomArray(n * k, rng),
        b = randomArray(k * m, rng);
      const c = new Float64Array(n * m).fill(99); // must be overwritten, not accumulated
      matmul(a, b, c, n, k, m);
      naive(a, b, n, k, m).forEach((v, i) => expect(c[i]).toBeCloseTo(v, 12));

      // Aᵀ·B with A [n×k] stored as given: the result is k×m.
      const bt = randomArray(n * m, rng);
      const ct = new Float64Array(k * m).fill(99);
      matmulTransA(a, bt, ct, n, k, m);
      naive(a, bt, k, n, m, true).forEach((v, i) => expect(ct[i]).toBeCloseTo(v, 12));

      // A·Bᵀ with A [n×k] and B [m×k]: the result is n×m.
      const b2 = randomArray(m * k, rng);
      const c2 = new Float64Array(n * m).fill(99);
      matmulTransB(a, b2, c2, n, k, m);
      naive(a, b2, n, k, m, false, true).forEach((v, i) => expect(c2[i]).toBeCloseTo(v, 12));
    });
  }
});

// The JavaScript kernel's bits: each output is 0 + a·b + a·b + … in double, in order of the
// inner index, rounded once into the float32 output, however the loops are tiled. Shapes
// of small layers: fewer than four rows (a weight gradient with two inputs), one column,
// an inner size of one (the input gradient of a one-unit layer), and remainders.
describe('the JavaScript kernel sums each output in order, bit for bit', () => {
  const inOrder = (
    a: Float32Array,
    aRow: number,
    aCol: number,
    b: Float32Array,
    bRow: number,
    bCol: number,
    n: number,
    k: number,
    m: number,
  ) => {
    const c = new Float32Array(n * m);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let t = 0; t < k; t++) s += a[i * aRow + t * aCol] * b[t * bRow + j * bCol];
        c[i * m + j] = s;
      }
    }
    return c;
  };
  const SMALL = [
    [2, 10, 8],
    [1, 3, 5],
    [3, 1, 8],
    [10, 2, 8],
    [10, 8, 1],
    [8, 10, 1],
    [10, 1, 8],
    [7, 6, 9],
  ];
  for (const [n, k, m] of SMALL) {
    it(`${n}×${k}×${m}, in the three layouts of a dense layer`, () => {
      const rng = new Rng(n * 100 + k * 10 + m);
      const floats = (length: number) => Float32Array.from({ length }, () => rng.normal());
      const a = floats(n * k),
        b = floats(k * m),
        bt = floats(m * k),
        an = floats(k * n);
      const c = new Float32Array(n * m);
      matmul(a, b, c, n, k, m);
      expect(c).toEqual(inOrder(a, k, 1, b, m, 1, n, k, m));
      // Aᵀ·B with A stored [k×n]: C [n×m].
      matmulTransA(an, b, c, k, n, m);
      expect(c).toEqual(inOrder(an, 1, n, b, m, 1, n, k, m));
      // A·Bᵀ with B stored [m×k]: C [n×m].
      matmulTransB(a, bt, c, n, k, m);
      expect(c).toEqual(inOrder(a, k, 1, bt, 1, k, n, k, m));
    });
  }
});
