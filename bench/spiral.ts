// The page's default kind of run, a little heavier, that the browser figures train: a
// 3000-sample, 3-class spiral through 2-64-64-3 with Adam (the race's landscape figure
// takes a smaller one).
import { parseExperiment } from '../src/spec';
import type { Experiment } from '../src/spec/types';

export function spiralExperiment(
  epochs: number,
  { samples = 3000, lr = 0.003 }: { samples?: number; lr?: number } = {},
): Experiment {
  return parseExperiment({
    version: 1,
    seed: 1,
    data: { kind: 'spiral', samples, classes: 3 },
    model: {
      layers: [
        { type: 'dense', units: 64, activation: 'relu' },
        { type: 'dense', units: 64, activation: 'relu' },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
      loss: 'cross_entropy',
    },
    optimizer: { name: 'adam', lr },
    training: { batchSize: 32, epochs },
  });
}
