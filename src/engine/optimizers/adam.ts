// Adam, torch.optim.Adam (no AMSGrad): running means of the gradient and of its square,
// both bias-corrected because they start at 0. AdamW is this rule with the weight decay
// moved out of the gradient (adamw.ts), so both rows are built by `adamRule`.
import { OPTIMIZER_CATALOG } from '../../spec/catalog/optimizers';
import { comment, floatLiteral as x } from '../export/python';
import { allocate } from '../matrix';
import { pow } from '../math';
import type { Hyperparameters, OptimizerRule } from './optimizer';

export type AdamDefaults = Required<
  Pick<Hyperparameters, 'lr' | 'beta1' | 'beta2' | 'eps' | 'weightDecay'>
>;

/**
 * `decoupled` false: weight decay is added to g (Adam's L2). `decoupled` true: θ shrinks
 * by (1 − lr·weightDecay) before the step and g is left alone (AdamW). Both happen in one
 * pass per element: the decay reads θ before the step, as PyTorch's does.
 */
export function adamRule(defaults: AdamDefaults, decoupled: boolean): OptimizerRule<AdamDefaults> {
  return {
    defaults,
    torch: (f) => [
      ...comment(
        decoupled
          ? 'AdamW: the decoupled weight decay shrinks the weights by (1 - lr*weight_decay) before each step, as in torch.'
          : "Adam without AMSGrad; weight decay is added to the gradient (Adam's L2), as in torch.",
      ),
      `optimizer = torch.optim.${decoupled ? 'AdamW' : 'Adam'}(`,
      `    model.parameters(), lr=${x(f.lr)}, betas=(${x(f.beta1)}, ${x(f.beta2)}), eps=${x(f.eps)}, weight_decay=${x(f.weightDecay)}, amsgrad=False`,
      ')',
    ],
    moments: { first: 'expAvg', second: 'expAvgSq' },
    init: (size, dtype) => ({ expAvg: allocate(dtype, size), expAvgSq: allocate(dtype, size) }),
    update(param, grad, state, hp, step) {
      const lr = hp.lr;
      const beta1 = hp.beta1 ?? defaults.beta1;
      const beta2 = hp.beta2 ?? defaults.beta2;
      const eps = hp.eps ?? defaults.eps;
      const weightDecay = hp.weightDecay ?? defaults.weightDecay;
      const l2 = decoupled ? 0 : weightDecay;
      const shrink = decoupled ? 1 - lr * weightDecay : 1;
      // βᵗ by our portable pow: ** is Math.pow, whose last bit differs between engines.
      const correction1 = 1 - pow(beta1, step);
      const correction2 = 1 - pow(beta2, step);
      const m = state.expAvg;
      const v = state.expAvgSq;
      const n = param.length;
      for (let i = 0; i < n; i++) {
        const theta = param[i];
        const g = grad[i] + l2 * theta;
        const mi = beta1 * m[i] + (1 - beta1) * g;
        const vi = beta2 * v[i] + (1 - beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        const mHat = mi / correction1;
        const vHat = vi / correction2;
        param[i] = theta * shrink - (lr * mHat) / (Math.sqrt(vHat) + eps);
      }
    },
  };
}

export const adam = adamRule(OPTIMIZER_CATALOG.adam.defaults, false);
