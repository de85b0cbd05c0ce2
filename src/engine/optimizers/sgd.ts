// Stochastic gradient descent, torch.optim.SGD with dampening 0. Momentum and Nesterov are
// not separate algorithms, only flags of this one rule: the table's `sgd`, `momentum` and
// `nesterov` rows share this update and differ in their defaults and labels.
import { OPTIMIZER_CATALOG } from '../../spec/catalog/optimizers';
import { boolLiteral, comment, floatLiteral as x } from '../export/python';
import { allocate } from '../matrix';
import type { Hyperparameters, OptimizerRule } from './optimizer';

type SgdDefaults = Required<Pick<Hyperparameters, 'lr' | 'momentum' | 'nesterov' | 'weightDecay'>>;

function sgdRule(name: string, defaults: SgdDefaults): OptimizerRule<SgdDefaults> {
  return {
    defaults,
    torch: (f) => [
      ...comment(
        f.momentum === 0
          ? `Descent's "${name}": plain SGD.`
          : `Descent's "${name}": SGD with dampening 0; the momentum buffer starts as the first gradient, as in torch.`,
      ),
      `optimizer = torch.optim.SGD(`,
      `    model.parameters(), lr=${x(f.lr)}, momentum=${x(f.momentum)}, nesterov=${boolLiteral(f.nesterov)}, weight_decay=${x(f.weightDecay)}`,
      ')',
    ],
    moments: { first: 'momentumBuffer' },
    // init does not see the hyperparameters, so the buffer always exists; with momentum 0
    // it is simply never touched.
    init: (size, dtype) => ({ momentumBuffer: allocate(dtype, size) }),
    update(param, grad, state, hp) {
      // Validation fills every field; `??` only covers callers that pass a partial hp.
      const lr = hp.lr;
      const momentum = hp.momentum ?? defaults.momentum;
      const nesterov = hp.nesterov ?? defaults.nesterov;
      const weightDecay = hp.weightDecay ?? defaults.weightDecay;
      const n = param.length;
      if (momentum === 0) {
        // Plain SGD; Nesterov's g + 0·b is g too.
        for (let i = 0; i < n; i++) param[i] -= lr * (grad[i] + weightDecay * param[i]);
        return;
      }
      const b = state.momentumBuffer;
      for (let i = 0; i < n; i++) {
        const g = grad[i] + weightDecay * param[i];
        // b starts at 0, so the first step gives b = g, PyTorch's first-step rule.
        const bi = momentum * b[i] + g;
        b[i] = bi;
        param[i] -= lr * (nesterov ? g + momentum * bi : bi);
      }
    },
  };
}

export const sgd = sgdRule('sgd', OPTIMIZER_CATALOG.sgd.defaults);
export const momentum = sgdRule('momentum', OPTIMIZER_CATALOG.momentum.defaults);
export const nesterov = sgdRule('nesterov', OPTIMIZER_CATALOG.nesterov.defaults);
