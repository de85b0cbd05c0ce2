// Adadelta, torch.optim.Adadelta: the step is the gradient rescaled by the ratio of two
// running RMS values (past steps over past gradients), so its units match θ's. PyTorch
// still multiplies it by lr (default 1, the paper's form).
import { OPTIMIZER_CATALOG } from '../../spec/catalog/optimizers';
import { floatLiteral as x } from '../export/python';
import { allocate } from '../matrix';
import type { OptimizerRule } from './optimizer';

const DEFAULTS = OPTIMIZER_CATALOG.adadelta.defaults;

export const adadelta: OptimizerRule<typeof DEFAULTS> = {
  defaults: DEFAULTS,
  torch: (f) => [
    'optimizer = torch.optim.Adadelta(',
    `    model.parameters(), lr=${x(f.lr)}, rho=${x(f.rho)}, eps=${x(f.eps)}, weight_decay=${x(f.weightDecay)}`,
    ')',
  ],
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
