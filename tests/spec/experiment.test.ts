// Valid experiment documents: the contract's example, defaults, resolution of names to
// objects, purity (the input is never touched) and stability (a resolved document reads
// back as itself).
import { describe, expect, it } from 'vitest';
import {
  classCount,
  DATASET_CATALOG as DATASETS,
  dataSetEntry,
  type DataSetName,
} from '../../src/spec/catalog/datasets';
import { INIT_CATALOG as INITIALIZERS } from '../../src/spec/catalog/initializers';
import { OPTIMIZER_CATALOG as OPTIMIZERS } from '../../src/spec/catalog/optimizers';
import {
  DEFAULTS,
  countParameters,
  defaultExperiment,
  parseDocument,
  parseExperiment,
  parseJson,
  type Experiment,
  type InlineDataSpec,
} from '../../src/spec';
import { contractExample, deepFreeze, exampleParams, inlineExample, type Doc } from './fixtures';

/** parse, then parse the result again (also through JSON text, as a saved file would be). */
function expectStable(doc: Doc): Experiment {
  const once = parseExperiment(doc);
  expect(parseExperiment(once)).toEqual(once);
  expect(parseExperiment(JSON.parse(JSON.stringify(once)))).toEqual(once);
  return once;
}

describe('the contract example', () => {
  it('parses, and resolves every field', () => {
    expect(parseExperiment(contractExample())).toEqual({
      version: 1,
      kind: 'train',
      seed: 7,
      data: { kind: 'spiral', samples: 400, noise: 0.1, classes: 3, normalize: 'none' },
      validation: 0.2,
      model: {
        inputs: 2,
        layers: [
          { type: 'dense', units: 8, activation: 'tanh', init: { name: 'xavier_uniform' } },
          { type: 'batchnorm' },
          { type: 'activation', activation: 'relu' },
          { type: 'dropout', rate: 0.2 },
          { type: 'dense', units: 3, activation: 'softmax', init: { name: 'xavier_uniform' } },
        ],
        loss: 'cross_entropy',
      },
      // name first, then adam's fields in the order of its defaults
      optimizer: { name: 'adam', lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 },
      training: {
        batchSize: 32,
        epochs: 50,
        shuffle: true,
        schedule: { name: 'constant' },
        earlyStopping: null,
        l1: 0,
        l2: 0,
        augment: null,
      },
      params: null,
    });
  });

  it('parses from JSON text, through the command entry point', () => {
    const text = JSON.stringify(contractExample(), null, 2);
    expect(parseDocument(parseJson(text, 'run.json'), 'train')).toEqual(
      parseExperiment(contractExample()),
    );
  });

  it('parses its inline variant', () => {
    const resolved = expectStable(inlineExample());
    expect(resolved.data).toEqual({
      kind: 'inline',
      task: 'classification',
      x: [
        [0.1, -0.3],
        [0.5, 0.2],
      ],
      y: [0, 2], // classes = largest label + 1 = 3, matching the 3 softmax units
      normalize: 'none',
    });
  });

  it('accepts initial parameters of the right shapes, running statistics optional', () => {
    const doc = contractExample();
    doc.params = exampleParams();
    expect(expectStable(doc).params).toEqual(exampleParams());
    delete doc.params[1].runningMean;
    delete doc.params[1].runningVar;
    expect(parseExperiment(doc).params?.[1]).toEqual({
      gamma: exampleParams()[1].gamma,
      beta: exampleParams()[1].beta,
    });
  });
});

describe('defaults', () => {
  const minimal = () => ({
    version: 1,
    data: { kind: 'circle' },
    model: { layers: [{ type: 'dense', units: 2, activation: 'softmax' }] },
  });

  it('fill every field of a minimal document', () => {
    const circle = DATASETS.circle.defaults;
    const resolved = expectStable(minimal());
    expect(resolved).toEqual({
      version: 1,
      kind: 'train',
      seed: DEFAULTS.seed,
      // circle takes samples and noise; its 2 classes are fixed
      data: {
        kind: 'circle',
        samples: circle.samples,
        noise: circle.noise,
        classes: 2,
        normalize: circle.normalize,
      },
      validation: 0.2,
      model: {
        inputs: 2, // the data's features
        layers: [
          { type: 'dense', units: 2, activation: 'softmax', init: { name: 'xavier_uniform' } },
        ],
        loss: 'cross_entropy', // classification
      },
      optimizer: { name: 'adam', ...OPTIMIZERS.adam.defaults },
      training: {
        batchSize: 32,
        epochs: 50,
        shuffle: true,
        schedule: { name: 'constant' },
        earlyStopping: null,
        l1: 0,
        l2: 0,
        augment: null,
      },
      params: null,
    });
  });

  it('a dense layer is linear with Glorot uniform weights; dropout drops half', () => {
    const doc = minimal();
    doc.model.layers = [
      { type: 'dense', units: 4 },
      { type: 'dropout' },
      ...doc.model.layers,
    ] as typeof doc.model.layers;
    const [dense, dropout] = parseExperiment(doc).model.layers;
    expect(dense).toEqual({
      type: 'dense',
      units: 4,
      activation: 'linear',
      init: { name: 'xavier_uniform' },
    });
    expect(dropout).toEqual({ type: 'dropout', rate: 0.5 });
  });

  it('initializer names become objects with their options from the catalog', () => {
    for (const name of Object.keys(INITIALIZERS) as (keyof typeof INITIALIZERS)[]) {
      const doc = minimal();
      (doc.model.layers[0] as Doc).init = name;
      expect(expectStable(doc).model.layers[0]).toMatchObject({
        init: { name, ...INITIALIZERS[name].options },
      });
    }
    const doc = minimal();
    (doc.model.layers[0] as Doc).init = { name: 'normal', std: 0.01 };
    expect(parseExperiment(doc).model.layers[0]).toMatchObject({
      init: { name: 'normal', std: 0.01 },
    });
  });

  it('every optimizer resolves to its name and exactly its own fields, in table order', () => {
    for (const name of Object.keys(OPTIMIZERS) as (keyof typeof OPTIMIZERS)[]) {
      const doc: Doc = minimal();
      doc.optimizer = { name };
      const optimizer = expectStable(doc).optimizer;
      expect(Object.keys(optimizer)).toEqual(['name', ...Object.keys(OPTIMIZERS[name].defaults)]);
      expect(optimizer).toEqual({ name, ...OPTIMIZERS[name].defaults });
    }
    const doc: Doc = minimal();
    doc.optimizer = 'sgd'; // a bare name, as for init
    expect(parseExperiment(doc).optimizer).toEqual({ name: 'sgd', ...OPTIMIZERS.sgd.defaults });
  });

  it('schedules and early stopping get their fields; cosine lasts the run', () => {
    const doc: Doc = minimal();
    doc.training = { epochs: 80, schedule: 'cosine', earlyStopping: {} };
    const training = expectStable(doc).training;
    expect(training.schedule).toEqual({ name: 'cosine', tMax: 80, etaMin: 0 });
    expect(training.earlyStopping).toEqual({ patience: 5, minDelta: 0 });
    doc.training = { schedule: { name: 'step' } };
    expect(parseExperiment(doc).training.schedule).toEqual({
      name: 'step',
      stepSize: 10,
      gamma: 0.1,
    });
    doc.training = { schedule: { name: 'exponential', gamma: 0.5 } };
    expect(parseExperiment(doc).training.schedule).toEqual({ name: 'exponential', gamma: 0.5 });
    // With no epochs at all, cosine still gets a valid period.
    doc.training = { epochs: 0, schedule: 'cosine' };
    expect(expectStable(doc).training.schedule).toEqual({ name: 'cosine', tMax: 1, etaMin: 0 });
  });

  it('regression data defaults to mse; inline data to no normalisation', () => {
    const doc: Doc = minimal();
    doc.data = {
      kind: 'inline',
      task: 'regression',
      x: [[1], [2], [3]],
      y: [
        [1, 2],
        [2, 3],
        [3, 4],
      ],
    };
    doc.model.layers = [{ type: 'dense', units: 2 }];
    const resolved = expectStable(doc);
    expect(resolved.model).toMatchObject({ inputs: 1, loss: 'mse' });
    expect(resolved.data).toMatchObject({ normalize: 'none' });
  });
});

describe('every built-in set', () => {
  // A model fitting each set: softmax over its classes, or linear over its targets.
  for (const [kind, entry] of Object.entries(DATASETS)) {
    it(`${kind} parses with its defaults and reads back unchanged`, () => {
      const classes = classCount(entry, entry.defaults);
      const output =
        entry.task === 'classification'
          ? { type: 'dense', units: classes, activation: 'softmax' }
          : { type: 'dense', units: entry.targetDims };
      const resolved = expectStable({ version: 1, data: { kind }, model: { layers: [output] } });
      // An image set's input is its image shape; the others', their number of features.
      expect(resolved.model.inputs).toEqual(
        dataSetEntry(kind as DataSetName).image ?? entry.features,
      );
      expect(resolved.data).toMatchObject({ kind, normalize: entry.defaults.normalize });
    });
  }
});

describe('purity', () => {
  it('never writes to the input, and shares nothing with it', () => {
    const docs = [
      contractExample(),
      inlineExample(),
      { ...contractExample(), params: exampleParams() },
    ];
    for (const doc of docs) {
      const before = JSON.stringify(doc);
      const resolved = parseExperiment(deepFreeze(doc)); // a write to a frozen object throws
      expect(JSON.stringify(doc)).toBe(before);
      resolved.model.layers[0] = { type: 'batchnorm' };
      resolved.data.kind = 'changed';
      if (resolved.params) resolved.params[0] = {};
      expect(JSON.stringify(doc)).toBe(before);
    }
    const inline = inlineExample();
    const resolved = parseExperiment(inline);
    expect(resolved.data).not.toBe(inline.data);
    expect((resolved.data as InlineDataSpec).x[0]).not.toBe(inline.data.x[0]);
  });

  it('never reads inherited properties as fields', () => {
    const doc = contractExample();
    doc.optimizer = JSON.parse('{"name": "adam", "__proto__": {"lr": 5}}');
    expect(() => parseExperiment(doc)).toThrow('optimizer.__proto__ is not a field of adam');
  });
});

describe('defaultExperiment', () => {
  it('is a valid spiral classifier that reads back unchanged', () => {
    const experiment = defaultExperiment();
    expect(expectStable(experiment)).toEqual(experiment);
    expect(experiment.data.kind).toBe('spiral');
    expect(experiment.model.loss).toBe('cross_entropy');
    expect(defaultExperiment()).not.toBe(experiment); // a fresh object each time
  });
});

describe('countParameters', () => {
  it('counts dense W + b and batch-norm gamma + beta', () => {
    // dense 2→8: 2·8 + 8 = 24; batchnorm over 8: 16; dense 8→3: 8·3 + 3 = 27; total 67
    expect(countParameters(parseExperiment(contractExample()).model)).toBe(67);
  });
});

describe('batch norm and a batch of one', () => {
  const doc = (layers: object[]) => ({
    version: 1,
    data: { kind: 'digits', samples: 50 },
    model: { layers: [...layers, { type: 'dense', units: 10, activation: 'softmax' }] },
    training: { batchSize: 1 },
  });

  it('is refused on features (one value per feature), taken after an image (H·W per channel)', () => {
    expect(() =>
      parseExperiment(doc([{ type: 'dense', units: 4 }, { type: 'batchnorm' }])),
    ).toThrow('training.batchSize is 1, but batch norm needs at least 2 samples per batch');
    const conv = { type: 'conv2d', filters: 2, kernelSize: 3 };
    expect(parseExperiment(doc([conv, { type: 'batchnorm' }])).training.batchSize).toBe(1);
  });
});
