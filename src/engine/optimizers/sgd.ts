// Stochastic gradient descent, torch.optim.SGD with dampening 0. Momentum and Nesterov are
// not separate algorithms, only flags of this one rule: the table's `sgd`, `momentum` and
// `nesterov` rows share this update and differ in their defaults and labels.
import { allocate } from '../matrix';
import type { Hyperparameters, OptimizerRule } from './optimizer';

type SgdDefaults = Required<Pick<Hyperparameters, 'lr' | 'momentum' | 'nesterov' | 'weightDecay'>>;

function sgdRule(label: string, defaults: SgdDefaults): OptimizerRule {
  return {
    label,
    defaults,
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

// lr 0.01 is PyTorch's documented default; momentum 0.9 is the value everyone uses
// (PyTorch has no default, the contract fixes 0.9 for these rows).
export const sgd = sgdRule('SGD', { lr: 0.01, momentum: 0, nesterov: false, weightDecay: 0 });
export const momentum = sgdRule('SGD with momentum', {
  lr: 0.01,
  momentum: 0.9,
  nesterov: false,
  weightDecay: 0,
});
export const nesterov = sgdRule('SGD with Nesterov momentum', {
  lr: 0.01,
  momentum: 0.9,
  nesterov: true,
  weightDecay: 0,
});
