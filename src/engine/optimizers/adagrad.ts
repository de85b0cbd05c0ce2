// Adagrad, torch.optim.Adagrad without lr decay or initial accumulator: each coordinate's
// step shrinks with the sum of its squared gradients so far. eps sits outside the root.
import { allocate } from '../matrix';
import type { Hyperparameters, OptimizerRule } from './optimizer';

const DEFAULTS: Required<Pick<Hyperparameters, 'lr' | 'eps' | 'weightDecay'>> = {
  lr: 0.01,
  eps: 1e-10, // PyTorch's: only guards the division before the first nonzero gradient
  weightDecay: 0,
};

export const adagrad: OptimizerRule = {
  label: 'Adagrad',
  defaults: DEFAULTS,
  moments: { second: 'sum' },
  init: (size, dtype) => ({ sum: allocate(dtype, size) }),
  update(param, grad, state, hp) {
    const lr = hp.lr;
    const eps = hp.eps ?? DEFAULTS.eps;
    const weightDecay = hp.weightDecay ?? DEFAULTS.weightDecay;
    const s = state.sum;
    const n = param.length;
    for (let i = 0; i < n; i++) {
      const g = grad[i] + weightDecay * param[i];
      const si = s[i] + g * g;
      s[i] = si;
      param[i] -= (lr * g) / (Math.sqrt(si) + eps);
    }
  },
};
