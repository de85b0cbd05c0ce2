// The few largest eigenpairs of a large symmetric positive semi-definite matrix (the
// covariance of hundreds of pixels), by subspace iteration with Rayleigh–Ritz (Saad,
// "Numerical Methods for Large Eigenvalue Problems", §5.2): multiply a block of vectors by
// the matrix, orthonormalise, and take the best approximations that block holds, until the
// wanted ones are eigenvectors to rounding. Jacobi rotations on the whole 784 × 784
// covariance of Fashion-MNIST took 20 s; this takes a fraction of a second.
import { dotRows } from './dots';
import { symmetricEigen } from '../landscape/eigen';
import { pulse } from '../pulse';
import { Rng } from '../random';

/** Iterations at most; each shrinks the error by about λ(block + 1) / λ(count). */
const MAX_ITERATIONS = 500;
/** Done when every wanted ‖Av − θv‖ is below this fraction of the largest eigenvalue. */
const TOLERANCE = 1e-10;

export interface TopEigen {
  /** The `count` largest eigenvalues, largest first. */
  values: Float64Array;
  /** count × d, row-major: row k is the unit eigenvector of values[k]. */
  vectors: Float64Array;
}

/** The `count` largest eigenpairs of the symmetric positive semi-definite d × d `matrix`. */
export function topEigen(matrix: Float64Array, d: number, count: number): TopEigen {
  if (!(count >= 1 && count <= d)) throw new Error(`count must be from 1 to ${d} (got ${count})`);
  // A block wider than the count: the error falls with λ(block + 1) / λ(count), not with
  // the (often tiny) gap after the last wanted value. Ten more: Fashion-MNIST's ten
  // components in 21 iterations (16 with twenty more, each costlier; 31 with four).
  const m = Math.min(d, count + 10);
  // The start only has to be far from orthogonal to the wanted vectors: random directions,
  // from a fixed stream so that the same matrix always gives the same answer.
  const rng = Rng.stream(0, 'topEigen');
  const basis = Float64Array.from({ length: m * d }, () => rng.normal());
  orthonormalise(basis, m, d, rng);
  const image = new Float64Array(m * d);
  const ritz = new Float64Array(m * d);
  const ritzImage = new Float64Array(m * d);
  let values: Float64Array = new Float64Array(m);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    pulse();
    multiply(matrix, d, basis, m, image);
    // The block's Rayleigh quotient H = Vᵀ·A·V, whose eigenpairs (θ, s) give the Ritz pairs
    // (θ, V·s): the best the block holds.
    const h = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
      for (let j = i; j < m; j++) h[i * m + j] = h[j * m + i] = dot(basis, i, image, j, d);
    }
    const small = symmetricEigen(h, m);
    values = small.values;
    combine(basis, small.vectors, m, d, ritz);
    combine(image, small.vectors, m, d, ritzImage);
    let worst = 0;
    for (let p = 0; p < count; p++) {
      let residual = 0;
      for (let a = 0; a < d; a++) {
        const r = ritzImage[p * d + a] - values[p] * ritz[p * d + a];
        residual += r * r;
      }
      worst = Math.max(worst, Math.sqrt(residual));
    }
    if (worst <= TOLERANCE * Math.abs(values[0])) break;
    // The next block spans A·V (as ritzImage does), orthonormalised.
    basis.set(ritzImage);
    orthonormalise(basis, m, d, rng);
  }
  return { values: values.slice(0, count), vectors: ritz.slice(0, count * d) };
}

/** out_j = A·v_j for each of the m rows v_j of `block`; four rows share each read of A's. */
function multiply(a: Float64Array, d: number, block: Float64Array, m: number, out: Float64Array) {
  const sums = new Float64Array(m);
  for (let r = 0; r < d; r++) {
    dotRows(a, r * d, block, 0, m, d, sums);
    for (let j = 0; j < m; j++) out[j * d + r] = sums[j];
  }
}

/** out_p = Σᵢ s[i][p]·v_i: the block's rows combined by the columns of the m × m `s`. */
function combine(block: Float64Array, s: Float64Array, m: number, d: number, out: Float64Array) {
  out.fill(0);
  for (let p = 0; p < m; p++) {
    for (let i = 0; i < m; i++) {
      const w = s[i * m + p];
      for (let a = 0; a < d; a++) out[p * d + a] += w * block[i * d + a];
    }
  }
}

function dot(x: Float64Array, i: number, y: Float64Array, j: number, d: number): number {
  let sum = 0;
  for (let a = 0; a < d; a++) sum += x[i * d + a] * y[j * d + a];
  return sum;
}

/**
 * Modified Gram–Schmidt over the m rows, twice over ("twice is enough", Kahan): orthonormal
 * to rounding. A row that vanishes (a matrix of lower rank than the block) is replaced by a
 * random direction orthogonal to the others.
 */
function orthonormalise(block: Float64Array, m: number, d: number, rng: Rng): void {
  for (let j = 0; j < m; j++) {
    for (let attempt = 0; ; attempt++) {
      const before = Math.sqrt(dot(block, j, block, j, d));
      for (let pass = 0; pass < 2; pass++) {
        for (let i = 0; i < j; i++) {
          const along = dot(block, i, block, j, d);
          for (let a = 0; a < d; a++) block[j * d + a] -= along * block[i * d + a];
        }
      }
      const norm = Math.sqrt(dot(block, j, block, j, d));
      if (norm > 1e-10 * before && norm > 0) {
        for (let a = 0; a < d; a++) block[j * d + a] /= norm;
        break;
      }
      if (attempt > 10) throw new Error('cannot complete an orthonormal block');
      for (let a = 0; a < d; a++) block[j * d + a] = rng.normal();
    }
  }
}
