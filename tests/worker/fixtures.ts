// Experiments the worker tests share.
import { parseExperiment } from '../../src/spec';

/**
 * A run that diverges for certain: squared error on a regression grows without bound when
 * each step overshoots (a huge rate on ReLU + softmax merely kills the units).
 */
export const DIVERGING = parseExperiment({
  version: 1,
  data: { kind: 'plane', samples: 100 },
  model: {
    layers: [
      { type: 'dense', units: 8, activation: 'tanh' },
      { type: 'dense', units: 1 },
    ],
  },
  optimizer: { name: 'sgd', lr: 1e6 },
  training: { batchSize: 10, epochs: 50 },
});
