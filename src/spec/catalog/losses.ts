// The losses a model may name, each with the output activation it belongs to: the engine
// fuses the two (engine/losses.ts reads the logits, the stable form), and validation asks
// the last layer for it. The page words them by the key `network.loss.<name>`.

export const LOSS_CATALOG = {
  cross_entropy: { output: 'softmax' }, // softmax cross-entropy over the classes
  bce: { output: 'sigmoid' }, // binary cross-entropy on one sigmoid unit
  mse: { output: null }, // mean squared error on any output
} as const satisfies Record<string, { output: 'softmax' | 'sigmoid' | null }>;

export type LossName = keyof typeof LOSS_CATALOG;

export const LOSS_NAMES = Object.keys(LOSS_CATALOG) as LossName[];
