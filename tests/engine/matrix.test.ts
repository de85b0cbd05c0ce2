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
