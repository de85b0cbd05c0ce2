// Losses, each a mean over the batch. Cross-entropy and BCE are fused with the output
// activation they belong to (softmax, sigmoid): they read that activation's *input* (the
// logits), which is both numerically stable (log-sum-exp, never log(0)) and gives the
// famous simple gradient `p − t`.
import { LOSS_CATALOG, type LossName } from '../spec/catalog/losses';
import type { Matrix } from './matrix';
import { exp, log, log1p } from './math';

export interface LossFunction {
  /** The output activation this loss is fused with: it receives that activation's input. */
  readonly fusedActivation: 'softmax' | 'sigmoid' | null;
  /**
   * Mean loss of `input` (logits when fused, else the network output) against `target`
   * (same shape). When `grad` is given, writes dLoss/dInput into it.
   */
  compute(input: Matrix, target: Matrix, grad: Matrix | null): number;
}

export const LOSSES: Record<LossName, LossFunction> = {
  cross_entropy: {
    fusedActivation: LOSS_CATALOG.cross_entropy.output,
    compute(input, target, grad) {
      // Per row: L = Σⱼ tⱼ·(lse(z) − zⱼ), with lse(z) = max + log Σ exp(zⱼ − max);
      // dL/dzⱼ = softmax(z)ⱼ·Σt − tⱼ (which is p − t for a one-hot or any target summing to 1).
      const n = input.rows,
        c = input.cols,
        z = input.data,
        t = target.data;
      let total = 0;
      for (let i = 0; i < n; i++) {
        const r = i * c;
        let max = -Infinity;
        for (let j = 0; j < c; j++) if (z[r + j] > max) max = z[r + j];
        let sum = 0;
        for (let j = 0; j < c; j++) sum += exp(z[r + j] - max);
        const lse = max + log(sum);
        let tsum = 0;
        for (let j = 0; j < c; j++) {
          const tj = t[r + j];
          if (tj !== 0) total += tj * (lse - z[r + j]);
          tsum += tj;
        }
        if (grad !== null) {
          const g = grad.data;
          for (let j = 0; j < c; j++) g[r + j] = (exp(z[r + j] - lse) * tsum - t[r + j]) / n;
        }
      }
      if (grad !== null) grad.rows = n;
      return total / n;
    },
  },
  bce: {
    fusedActivation: LOSS_CATALOG.bce.output,
    compute(input, target, grad) {
      // Per element: L = max(z, 0) − z·t + log(1 + e^−|z|), the stable form of
      // −t·log σ(z) − (1 − t)·log(1 − σ(z)); dL/dz = σ(z) − t. Mean over all elements.
      const count = input.rows * input.cols,
        z = input.data,
        t = target.data;
      let total = 0;
      for (let k = 0; k < count; k++) {
        const v = z[k];
        total += Math.max(v, 0) - v * t[k] + log1p(exp(-Math.abs(v)));
      }
      if (grad !== null) {
        const g = grad.data;
        for (let k = 0; k < count; k++) {
          const v = z[k];
          const p = v >= 0 ? 1 / (1 + exp(-v)) : exp(v) / (1 + exp(v));
          g[k] = (p - t[k]) / count;
        }
        grad.rows = input.rows;
      }
      return total / count;
    },
  },
  mse: {
    fusedActivation: LOSS_CATALOG.mse.output,
    compute(input, target, grad) {
      // L = mean over batch and outputs of (y − t)²; dL/dy = 2(y − t)/count.
      const count = input.rows * input.cols,
        y = input.data,
        t = target.data;
      let total = 0;
      for (let k = 0; k < count; k++) {
        const d = y[k] - t[k];
        total += d * d;
      }
      if (grad !== null) {
        const g = grad.data;
        for (let k = 0; k < count; k++) g[k] = (2 * (y[k] - t[k])) / count;
        grad.rows = input.rows;
      }
      return total / count;
    },
  },
};

/**
 * The loss of guessing: predicting every one of `classes` classes equally (ln K for
 * cross-entropy, ln 2 for binary cross-entropy). A network that ends above it has learned
 * less than nothing. Null for a regression, whose loss depends on the targets' scale.
 */
export function chanceLoss(loss: LossName, classes: number): number | null {
  if (loss === 'mse' || classes < 2) return null;
  return loss === 'bce' ? log(2) : log(classes);
}
