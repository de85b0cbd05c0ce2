// The losses a model may name, with their English labels (the page words them by the key
// `loss.<name>`). The engine's rows (engine/losses.ts) compute them, fused with the output
// activation where that is the stable form.

export const LOSS_CATALOG = {
  cross_entropy: { label: 'Softmax cross-entropy' },
  bce: { label: 'Binary cross-entropy (sigmoid)' },
  mse: { label: 'Mean squared error' },
} as const satisfies Record<string, { label: string }>;

export type LossName = keyof typeof LOSS_CATALOG;

export const LOSS_NAMES = Object.keys(LOSS_CATALOG) as LossName[];
