// NAdam, torch.optim.NAdam (PyTorch ≥ 2.0; Dozat 2016): Adam whose step looks one momentum
// step ahead, with a momentum schedule μₜ = β₁·(1 − ½·0.96^(t·ψ)) that warms up towards β₁.
// With Πₜ = μ₁⋯μₜ and d = √(v/(1 − β₂ᵗ)) + eps:
//   θ ← θ − lr·(1 − μₜ)/(1 − Πₜ)·g/d − lr·μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m/d
// (PyTorch 1.13 multiplied the last product by μₜ once more, a bug fixed in 2.0; the contract
// follows the fixed rule.)
import { OPTIMIZER_CATALOG } from '../../spec/catalog/optimizers';
import { pow } from '../math';
import { comment, floatLiteral as x } from '../export/python';
import { allocate } from '../matrix';
import type { OptimizerRule } from './optimizer';

const DEFAULTS = OPTIMIZER_CATALOG.nadam.defaults;

/** μₜ, the momentum coefficient of step t. */
function mu(beta1: number, momentumDecay: number, t: number): number {
  return beta1 * (1 - 0.5 * pow(0.96, t * momentumDecay));
}

export const nadam: OptimizerRule<typeof DEFAULTS> = {
  defaults: DEFAULTS,
  torch: (f) => [
    ...comment(
      "torch.optim.NAdam computes Descent's rule from torch 2.0 on; torch 1.13's last term " +
        'differs slightly (it multiplied the momentum product by one more mu).',
    ),
    'optimizer = torch.optim.NAdam(',
    `    model.parameters(), lr=${x(f.lr)}, betas=(${x(f.beta1)}, ${x(f.beta2)}), eps=${x(f.eps)}, weight_decay=${x(f.weightDecay)}, momentum_decay=${x(f.momentumDecay)}`,
    ')',
  ],
  moments: { first: 'expAvg', second: 'expAvgSq' },
  init: (size, dtype) => ({
    expAvg: allocate(dtype, size),
    expAvgSq: allocate(dtype, size),
    // Πₜ, a running product (PyTorch's state['mu_product']): O(1) per step where recomputing
    // it from t would be O(t). Starts at 1, the empty product.
    muProduct: new Float64Array(1).fill(1),
  }),
  update(param, grad, state, hp, step) {
    const lr = hp.lr;
    const beta1 = hp.beta1 ?? DEFAULTS.beta1;
    const beta2 = hp.beta2 ?? DEFAULTS.beta2;
    const eps = hp.eps ?? DEFAULTS.eps;
    const weightDecay = hp.weightDecay ?? DEFAULTS.weightDecay;
    const momentumDecay = hp.momentumDecay ?? DEFAULTS.momentumDecay;
    const muNow = mu(beta1, momentumDecay, step);
    const muNext = mu(beta1, momentumDecay, step + 1);
    const product = state.muProduct[0] * muNow;
    state.muProduct[0] = product;
    const gradScale = (lr * (1 - muNow)) / (1 - product);
    const momentScale = (lr * muNext) / (1 - product * muNext);
    const correction2 = 1 - pow(beta2, step);
    const m = state.expAvg;
    const v = state.expAvgSq;
    const n = param.length;
    for (let i = 0; i < n; i++) {
      const g = grad[i] + weightDecay * param[i];
      const mi = beta1 * m[i] + (1 - beta1) * g;
      const vi = beta2 * v[i] + (1 - beta2) * g * g;
      m[i] = mi;
      v[i] = vi;
      const d = Math.sqrt(vi / correction2) + eps;
      param[i] -= (gradScale * g) / d + (momentScale * mi) / d;
    }
  },
};
