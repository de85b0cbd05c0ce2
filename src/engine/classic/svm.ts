// The support vector machine, for two classes: the widest margin between them, with slack
// bought at price C, in the input space (linear kernel) or in the feature space of a radial
// basis function, K(x, z) = exp(−γ‖x − z‖²), without ever computing that space (the kernel
// trick). Solved in the dual by SMO with libsvm's second-order working-set selection (Fan,
// Chen and Lin, 2005), the solver behind scikit-learn's SVC, to the same tolerance.
import { exp } from '../math';
import { pulse } from '../pulse';
import { squaredDistance, type Points } from './points';

export type SvmKernel = { name: 'linear' } | { name: 'rbf'; gamma: number };

export interface SvmOptions {
  kernel: SvmKernel;
  /** The price of a point inside the margin or on the wrong side. */
  C: number;
  /** Stop when the optimality gap is below this (scikit-learn's default 1e-3). */
  tolerance?: number;
  /** By default libsvm's: 10⁷, or 100 per training point if more. */
  maxIterations?: number;
}

export interface SvmModel {
  readonly kernel: SvmKernel;
  readonly train: Points;
  /** y·α per training point: 0 except for the support vectors. */
  readonly coefficients: Float64Array;
  /** f(x) = Σ yᵢαᵢ K(xᵢ, x) − rho. */
  readonly rho: number;
  readonly iterations: number;
  /** False when the iterations ran out before the optimality gap closed (a very large C). */
  readonly converged: boolean;
}

/**
 * The most training points the solver takes: it holds the whole kernel matrix, n² numbers
 * (5000 points: 200 MB). The playground's 2-D sets have a few hundred.
 */
export const SVM_MAX_POINTS = 5000;

/** Below this a pair's curvature is taken as this (libsvm's TAU): no division by ~0. */
const TAU = 1e-12;

export function kernelValue(kernel: SvmKernel, a: Points, i: number, b: Points, j: number): number {
  if (kernel.name === 'rbf') return exp(-kernel.gamma * squaredDistance(a, i, b, j));
  let sum = 0;
  for (let k = 0; k < a.d; k++) sum += a.x[i * a.d + k] * b.x[j * b.d + k];
  return sum;
}

/** Fits an SVM to `train` with labels 0 and 1 (class 1 on the positive side). */
export function fitSvm(train: Points, labels: Int32Array, options: SvmOptions): SvmModel {
  const n = train.n;
  const { kernel, C, tolerance = 1e-3, maxIterations = Math.max(1e7, 100 * n) } = options;
  if (!(C > 0)) throw new Error(`C must be a positive number (got ${C})`);
  if (n > SVM_MAX_POINTS) {
    throw new Error(
      `the SVM holds its whole kernel matrix: at most ${SVM_MAX_POINTS} training points (got ${n})`,
    );
  }
  if (!labels.includes(0) || !labels.includes(1)) {
    throw new Error('an SVM needs training points of both classes');
  }
  const y = Float64Array.from(labels, (l) => (l === 1 ? 1 : -1));
  // The whole kernel matrix: the sets here have at most a few thousand points.
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    pulse();
    for (let j = i; j < n; j++)
      K[i * n + j] = K[j * n + i] = kernelValue(kernel, train, i, train, j);
  }
  const alpha = new Float64Array(n);
  // The dual's gradient, Σⱼ Qᵢⱼαⱼ − 1 with Qᵢⱼ = yᵢyⱼKᵢⱼ: −1 at α = 0.
  const G = new Float64Array(n).fill(-1);
  const up = (t: number) => alpha[t] >= C;
  const low = (t: number) => alpha[t] <= 0;
  let iterations = 0,
    converged = false;
  for (; iterations < maxIterations; iterations++) {
    // 5000 points: each iteration reads two kernel rows; a hard C takes 10⁵ and more.
    if (iterations % 256 === 0) pulse();
    // i: the most violating point that may move up.
    let gmax = -Infinity,
      i = -1;
    for (let t = 0; t < n; t++) {
      if (y[t] === 1 ? !up(t) : !low(t)) {
        const v = -y[t] * G[t];
        if (v >= gmax) [gmax, i] = [v, t];
      }
    }
    // j: the partner that decreases the objective most (second-order information).
    let gmax2 = -Infinity,
      j = -1,
      best = Infinity;
    for (let t = 0; t < n; t++) {
      if (y[t] === 1 ? low(t) : up(t)) continue;
      const v = y[t] * G[t];
      if (v >= gmax2) gmax2 = v;
      const gap = gmax + v;
      if (gap > 0 && i >= 0) {
        const curvature = K[i * n + i] + K[t * n + t] - 2 * K[i * n + t];
        const decrease = -(gap * gap) / (curvature > 0 ? curvature : TAU);
        if (decrease <= best) [best, j] = [decrease, t];
      }
    }
    if (i < 0 || j < 0 || gmax + gmax2 < tolerance) {
      converged = true;
      break;
    }
    step(i, j);
  }

  /** Moves αᵢ and αⱼ along the constraint Σ yα = 0, clipped to [0, C] (libsvm's update). */
  function step(i: number, j: number): void {
    const ai = alpha[i],
      aj = alpha[j];
    const curvature = Math.max(K[i * n + i] + K[j * n + j] - 2 * K[i * n + j], TAU);
    if (y[i] !== y[j]) {
      const delta = (-G[i] - G[j]) / curvature;
      const diff = ai - aj;
      alpha[i] += delta;
      alpha[j] += delta;
      if (diff > 0 ? alpha[j] < 0 : alpha[i] < 0) {
        if (diff > 0) [alpha[j], alpha[i]] = [0, diff];
        else [alpha[i], alpha[j]] = [0, -diff];
      }
      if (diff > 0 ? alpha[i] > C : alpha[j] > C) {
        if (diff > 0) [alpha[i], alpha[j]] = [C, C - diff];
        else [alpha[j], alpha[i]] = [C, C + diff];
      }
    } else {
      const delta = (G[i] - G[j]) / curvature;
      const sum = ai + aj;
      alpha[i] -= delta;
      alpha[j] += delta;
      if (sum > C ? alpha[i] > C : alpha[j] < 0) {
        if (sum > C) [alpha[i], alpha[j]] = [C, sum - C];
        else [alpha[j], alpha[i]] = [0, sum];
      }
      if (sum > C ? alpha[j] > C : alpha[i] < 0) {
        if (sum > C) [alpha[j], alpha[i]] = [C, sum - C];
        else [alpha[i], alpha[j]] = [0, sum];
      }
    }
    const di = alpha[i] - ai,
      dj = alpha[j] - aj;
    for (let t = 0; t < n; t++) {
      G[t] += y[t] * (y[i] * K[t * n + i] * di + y[j] * K[t * n + j] * dj);
    }
  }

  // rho: the mean of yG over the free support vectors, else the middle of its bounds.
  let free = 0,
    sumFree = 0,
    upper = Infinity,
    lower = -Infinity;
  for (let t = 0; t < n; t++) {
    const yg = y[t] * G[t];
    if (up(t)) {
      if (y[t] === -1) upper = Math.min(upper, yg);
      else lower = Math.max(lower, yg);
    } else if (low(t)) {
      if (y[t] === 1) upper = Math.min(upper, yg);
      else lower = Math.max(lower, yg);
    } else {
      free++;
      sumFree += yg;
    }
  }
  const rho = free > 0 ? sumFree / free : (upper + lower) / 2;
  const coefficients = Float64Array.from(alpha, (a, t) => a * y[t]);
  return { kernel, train, coefficients, rho, iterations, converged };
}

/** The decision function at every row of `query`: positive on class 1's side. */
export function decideSvm(model: SvmModel, query: Points): Float64Array {
  const { train, coefficients } = model;
  const out = new Float64Array(query.n);
  for (let q = 0; q < query.n; q++) {
    if (q % 64 === 0) pulse();
    let sum = -model.rho;
    for (let t = 0; t < train.n; t++) {
      if (coefficients[t] !== 0)
        sum += coefficients[t] * kernelValue(model.kernel, train, t, query, q);
    }
    out[q] = sum;
  }
  return out;
}

/** The support vectors: the training points with α > 0. */
export function supportVectors(model: SvmModel): number[] {
  return Array.from(model.coefficients).flatMap((c, t) => (c !== 0 ? [t] : []));
}
