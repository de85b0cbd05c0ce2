// RMSprop, torch.optim.RMSprop (not centered): the gradient divided by a running RMS of
// recent gradients, eps outside the root (TensorFlow puts it inside; PyTorch does not).
import { OPTIMIZER_CATALOG } from '../../spec/catalog/optimizers';
import { comment, floatLiteral as x } from '../export/python';
import { allocate } from '../matrix';
import type { OptimizerRule } from './optimizer';

const DEFAULTS = OPTIMIZER_CATALOG.rmsprop.defaults;

export const rmsprop: OptimizerRule<typeof DEFAULTS> = {
  defaults: DEFAULTS,
  torch: (f) => [
    ...comment("Descent's RMSprop is not centered; eps sits outside the root, as in torch."),
    'optimizer = torch.optim.RMSprop(',
    `    model.parameters(), lr=${x(f.lr)}, alpha=${x(f.alpha)}, eps=${x(f.eps)}, momentum=${x(f.momentum)}, weight_decay=${x(f.weightDecay)}, centered=False`,
    ')',
  ],
  moments: { first: 'momentumBuffer', second: 'squareAvg' },
  init: (size, dtype) => ({
    squareAvg: allocate(dtype, size),
    momentumBuffer: allocate(dtype, size),
  }),
  update(param, grad, state, hp) {
    const lr = hp.lr;
    const alpha = hp.alpha ?? DEFAULTS.alpha;
    const eps = hp.eps ?? DEFAULTS.eps;
    const momentum = hp.momentum ?? DEFAULTS.momentum;
    const weightDecay = hp.weightDecay ?? DEFAULTS.weightDecay;
    const v = state.squareAvg;
    const b = state.momentumBuffer;
    const n = param.length;
    for (let i = 0; i < n; i++) {
      const g = grad[i] + weightDecay * param[i];
      const vi = alpha * v[i] + (1 - alpha) * g * g;
      v[i] = vi;
      const scaled = g / (Math.sqrt(vi) + eps);
      if (momentum === 0) {
        param[i] -= lr * scaled;
      } else {
        const bi = momentum * b[i] + scaled;
        b[i] = bi;
        param[i] -= lr * bi;
      }
    }
  },
};
