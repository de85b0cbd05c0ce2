// Adagrad, torch.optim.Adagrad without lr decay or initial accumulator: each coordinate's
// step shrinks with the sum of its squared gradients so far. eps sits outside the root.
import { OPTIMIZER_CATALOG } from '../../spec/catalog/optimizers';
import { comment, floatLiteral as x } from '../export/python';
import { allocate } from '../matrix';
import type { OptimizerRule } from './optimizer';

const DEFAULTS = OPTIMIZER_CATALOG.adagrad.defaults;

export const adagrad: OptimizerRule<typeof DEFAULTS> = {
  defaults: DEFAULTS,
  torch: (f) => [
    ...comment("Descent's Adagrad has no lr decay and starts its sums at 0."),
    'optimizer = torch.optim.Adagrad(',
    `    model.parameters(), lr=${x(f.lr)}, lr_decay=0, eps=${x(f.eps)}, weight_decay=${x(f.weightDecay)}, initial_accumulator_value=0`,
    ')',
  ],
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
