// AdamW, torch.optim.AdamW: Adam with decoupled weight decay, θ ← θ·(1 − lr·weightDecay)
// before the Adam step, so the decay is not rescaled by the adaptive denominator.
import { OPTIMIZER_CATALOG } from '../../spec/catalog/optimizers';
import { adamRule } from './adam';

export const adamw = adamRule(OPTIMIZER_CATALOG.adamw.defaults, true);
