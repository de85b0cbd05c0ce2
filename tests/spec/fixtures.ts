// Documents shared by the spec tests. Each function returns a fresh, mutable copy.
import { SpecError } from '../../src/spec';

/** A JSON document as the tests write and mutate it: deliberately untyped, like user input. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

/** The contract's example experiment, without the inline-only fields of its data block. */
export function contractExample(): Doc {
  return {
    version: 1,
    kind: 'train',
    seed: 7,
    data: { kind: 'spiral', samples: 400, noise: 0.1, classes: 3 },
    validation: 0.2,
    model: {
      inputs: 2,
      layers: [
        { type: 'dense', units: 8, activation: 'tanh', init: 'xavier_uniform' },
        { type: 'batchnorm' },
        { type: 'activation', activation: 'relu' },
        { type: 'dropout', rate: 0.2 },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
      loss: 'cross_entropy',
    },
    optimizer: { name: 'adam', lr: 0.001 },
    training: { batchSize: 32, epochs: 50, shuffle: true },
    params: null,
  };
}

/** The contract's example with its inline fields used: two samples of classes 0 and 2. */
export function inlineExample(): Doc {
  const doc = contractExample();
  doc.data = {
    kind: 'inline',
    task: 'classification',
    x: [
      [0.1, -0.3],
      [0.5, 0.2],
    ],
    y: [0, 2],
  };
  doc.validation = 0;
  return doc;
}

/** The contract's trajectory example. */
export function trajectoryExample(): Doc {
  return {
    version: 1,
    kind: 'trajectory',
    surface: 'rosenbrock',
    start: [-1.5, 2.0],
    steps: 200,
    optimizers: [
      { name: 'sgd', lr: 0.001 },
      { name: 'adam', lr: 0.05 },
    ],
  };
}

/** Parameters in the contract layout for contractExample()'s model, every value `v`. */
export function exampleParams(v = 0.5): Doc[] {
  const fill = (n: number) => Array.from({ length: n }, () => v);
  return [
    { W: [fill(8), fill(8)], b: fill(8) },
    { gamma: fill(8), beta: fill(8), runningMean: fill(8), runningVar: fill(8) },
    {},
    {},
    { W: Array.from({ length: 8 }, () => fill(3)), b: fill(3) },
  ];
}

/** The SpecError that `run` throws (fails the test if it throws nothing or something else). */
export function specError(run: () => unknown): SpecError {
  try {
    run();
  } catch (e) {
    if (e instanceof SpecError) return e;
    throw e;
  }
  throw new Error('expected a SpecError, but nothing was thrown');
}

/** Freezes a document and everything in it, so that any write by the parser throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
