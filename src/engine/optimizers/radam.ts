// RAdam, torch.optim.RAdam (Liu et al. 2019): Adam whose adaptive step is switched on only
// once the variance of its second moment is tractable, and then rectified by r. With
// m̂ = m/(1 − β₁ᵗ), ρ∞ = 2/(1 − β₂) − 1 and ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ):
//   ρₜ > 5:  r = √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ)),  θ ← θ − lr·m̂·r·√(1 − β₂ᵗ)/(√v + eps)
//   else:    θ ← θ − lr·m̂   (SGD with bias-corrected momentum; the first steps, ρₜ ≤ 5)
import { OPTIMIZER_CATALOG } from '../../spec/catalog/optimizers';
import { pow } from '../math';
import { comment, floatLiteral as x } from '../export/python';
import { allocate } from '../matrix';
import type { OptimizerRule } from './optimizer';

const DEFAULTS = OPTIMIZER_CATALOG.radam.defaults;

export const radam: OptimizerRule<typeof DEFAULTS> = {
  defaults: DEFAULTS,
  torch: (f) => [
    ...comment(
      'RAdam: plain momentum steps until the variance is tractable (rho_t > 5), as in torch.',
    ),
    'optimizer = torch.optim.RAdam(',
    `    model.parameters(), lr=${x(f.lr)}, betas=(${x(f.beta1)}, ${x(f.beta2)}), eps=${x(f.eps)}, weight_decay=${x(f.weightDecay)}`,
    ')',
  ],
  moments: { first: 'expAvg', second: 'expAvgSq' },
  init: (size, dtype) => ({ expAvg: allocate(dtype, size), expAvgSq: allocate(dtype, size) }),
  update(param, grad, state, hp, step) {
    const lr = hp.lr;
    const beta1 = hp.beta1 ?? DEFAULTS.beta1;
    const beta2 = hp.beta2 ?? DEFAULTS.beta2;
    const eps = hp.eps ?? DEFAULTS.eps;
    const weightDecay = hp.weightDecay ?? DEFAULTS.weightDecay;
    const beta2t = pow(beta2, step);
    const correction1 = 1 - pow(beta1, step);
    const correction2 = 1 - beta2t;
    const rhoInf = 2 / (1 - beta2) - 1;
    const rho = rhoInf - (2 * step * beta2t) / correction2;
    // The rectified step's scalar factors, or 0 while the adaptive step is off.
    const rectified = rho > 5;
    const r = rectified
      ? Math.sqrt(((rho - 4) * (rho - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rho))
      : 0;
    const adaptive = r * Math.sqrt(correction2);
    const m = state.expAvg;
    const v = state.expAvgSq;
    const n = param.length;
    for (let i = 0; i < n; i++) {
      const g = grad[i] + weightDecay * param[i];
      const mi = beta1 * m[i] + (1 - beta1) * g;
      const vi = beta2 * v[i] + (1 - beta2) * g * g;
      m[i] = mi;
      v[i] = vi;
      const mHat = mi / correction1;
      param[i] -= rectified ? (lr * mHat * adaptive) / (Math.sqrt(vi) + eps) : lr * mHat;
    }
  },
};
