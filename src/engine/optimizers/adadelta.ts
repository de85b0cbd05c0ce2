// Adadelta, torch.optim.Adadelta: the step is the gradient rescaled by the ratio of two
// running RMS values (past steps over past gradients), so its units match θ's. PyTorch
// still multiplies it by lr (default 1, the paper's form).
import { allocate } from '../matrix';
import type { Hyperparameters, OptimizerRule } from './optimizer';

const DEFAULTS: Required<Pick<Hyperparameters, 'lr' | 'rho' | 'eps' | 'weightDecay'>> = {
  lr: 1.0,
  rho: 0.9,
  eps: 1e-6, // inside both roots: it sets the size of the very first steps (√eps·g/|g|)
  weightDecay: 0,
};

export const adadelta: OptimizerRule = {
  label: 'Adadelta',
  defaults: DEFAULTS,
  moments: { second: 'squareAvg' },
  init: (size, dtype) => ({ squareAvg: allocate(dtype, size), accDelta: allocate(dtype, size) }),
  update(param, grad, state, hp) {
    const lr = hp.lr;
    const rho = hp.rho ?? DEFAULTS.rho;
    const eps = hp.eps ?? DEFAULTS.eps;
    const weightDecay = hp.weightDecay ?? DEFAULTS.weightDecay;
    const v = state.squareAvg;
    const u = state.accDelta;
    const n = param.length;
    for (let i = 0; i < n; i++) {
      const g = grad[i] + weightDecay * param[i];
      const vi = rho * v[i] + (1 - rho) * g * g;
      v[i] = vi;
      const delta = (Math.sqrt(u[i] + eps) / Math.sqrt(vi + eps)) * g;
      u[i] = rho * u[i] + (1 - rho) * delta * delta;
      param[i] -= lr * delta;
    }
  },
};
