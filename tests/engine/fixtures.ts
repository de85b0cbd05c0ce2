// Small hand-made data sets and experiments for engine tests (no generators involved).
import type { Dataset } from '../../src/engine/data/dataset';
import type { Experiment, LayerSpec, OptimizerSpec } from '../../src/spec/types';

export function classification(x: number[][], labels: number[]): Dataset {
  const classes = Math.max(...labels) + 1;
  return {
    task: 'classification',
    n: x.length,
    features: x[0].length,
    x: Float32Array.from(x.flat()),
    labels: Int32Array.from(labels),
    classes,
    targets: null,
    targetDims: 0,
    featureNames: x[0].map((_, i) => `x${i}`),
    classNames: Array.from({ length: classes }, (_, i) => String(i)),
  };
}

export function regression(x: number[][], y: number[]): Dataset {
  return {
    task: 'regression',
    n: x.length,
    features: x[0].length,
    x: Float32Array.from(x.flat()),
    labels: null,
    classes: 0,
    targets: Float32Array.from(y),
    targetDims: 1,
    featureNames: x[0].map((_, i) => `x${i}`),
    classNames: [],
  };
}

/** XOR-ish: four clusters of points, class = sign of x·y. Deterministic, no Rng. */
export function xorData(n: number): Dataset {
  const x: number[][] = [],
    labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.cos(i * 2.399) * (1 + (i % 7) / 7),
      b = Math.sin(i * 2.399) * (1 + (i % 5) / 5);
    x.push([a, b]);
    labels.push(a * b > 0 ? 1 : 0);
  }
  return classification(x, labels);
}

export function experiment(
  layers: LayerSpec[],
  optimizer: Partial<OptimizerSpec> = {},
  overrides: Partial<Experiment> = {},
): Experiment {
  return {
    version: 1,
    kind: 'train',
    seed: 1,
    data: { kind: 'inline', task: 'classification', x: [], y: [], normalize: 'none' },
    validation: 0,
    model: { inputs: 2, layers, loss: 'cross_entropy' },
    optimizer: {
      name: 'adam',
      lr: 0.01,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0,
      ...optimizer,
    } as OptimizerSpec,
    training: {
      batchSize: 8,
      epochs: 10,
      shuffle: true,
      schedule: { name: 'constant' },
      earlyStopping: null,
      l1: 0,
      l2: 0,
      augment: null,
    },
    params: null,
    ...overrides,
  };
}

export const XOR_NET: LayerSpec[] = [
  { type: 'dense', units: 8, activation: 'tanh', init: { name: 'xavier_uniform' } },
  { type: 'dense', units: 2, activation: 'softmax', init: { name: 'xavier_uniform' } },
];
