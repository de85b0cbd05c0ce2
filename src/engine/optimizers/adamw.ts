// AdamW, torch.optim.AdamW: Adam with decoupled weight decay, θ ← θ·(1 − lr·weightDecay)
// before the Adam step, so the decay is not rescaled by the adaptive denominator.
import { adamRule } from './adam';

export const adamw = adamRule(
  'AdamW',
  // weightDecay 0.01 is PyTorch's AdamW default (Adam's is 0).
  { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01 },
  true,
);
