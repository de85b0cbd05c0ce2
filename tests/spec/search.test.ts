// Search documents: defaults, stability, the trials' experiments, and each kind of bad
// input with the path it must name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseSearch, trialExperiment, trialParamsDocument } from '../../src/spec';
import { deepFreeze, specError, type Doc } from './fixtures';

function exampleFile(): Doc {
  const url = new URL('../../docs/examples/search.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}

/** A small search over circle data, with every default left out. */
function searchDoc(): Doc {
  return {
    version: 1,
    kind: 'search',
    experiment: {
      data: { kind: 'circle', samples: 100 },
      model: {
        layers: [
          { type: 'dense', units: 4, activation: 'relu' },
          { type: 'dense', units: 2, activation: 'softmax' },
        ],
      },
      optimizer: 'sgd',
    },
    trials: 3,
    epochs: 2,
    ranges: { lr: { min: 1e-4, max: 1 }, momentum: { min: 0.5, max: 0.99 } },
  };
}

describe('valid search documents', () => {
  it('fills in the defaults: seed 0, test 0.2, each range its scale', () => {
    const spec = parseSearch(searchDoc());
    expect(spec).toMatchObject({ trials: 3, epochs: 2, seed: 0, test: 0.2 });
    expect(spec.ranges).toEqual({
      lr: { min: 1e-4, max: 1, scale: 'log' },
      momentum: { min: 0.5, max: 0.99, scale: 'linear' },
    });
  });

  it('resolves choices: optimizers with all their fields, initializers with their options', () => {
    const doc = searchDoc();
    doc.ranges = {
      optimizer: { values: ['adam', { name: 'sgd', lr: 0.1 }] },
      initializer: { values: ['he_normal', 'normal'] },
      activation: { values: ['relu', 'tanh'] },
      batchSize: { min: 8, max: 64, scale: 'log' },
    };
    const { ranges } = parseSearch(doc);
    expect(ranges.optimizer!.values[1]).toEqual({
      name: 'sgd',
      lr: 0.1,
      momentum: 0,
      nesterov: false,
      weightDecay: 0,
    });
    expect(ranges.initializer!.values).toEqual([{ name: 'he_normal' }, { name: 'normal', std: 1 }]);
    expect(ranges.batchSize).toEqual({ min: 8, max: 64, scale: 'log' });
    // Resolved keys come in a fixed order, whatever the file's order.
    expect(Object.keys(ranges)).toEqual(['batchSize', 'optimizer', 'activation', 'initializer']);
  });

  it('the architecture: integer ranges (hidden layers linear, units and filters log) or choices', () => {
    const doc = searchDoc();
    doc.ranges = {
      filters: { values: [4, 8] },
      units: { min: 4, max: 64 },
      hiddenLayers: { min: 0, max: 3 },
    };
    doc.experiment.data = { kind: 'digits', samples: 100 };
    doc.experiment.model.layers = [
      { type: 'conv2d', filters: 2, kernelSize: 3, activation: 'relu' },
      { type: 'flatten' },
      { type: 'dense', units: 8, activation: 'relu' },
      { type: 'dense', units: 10, activation: 'softmax' },
    ];
    const spec = parseSearch(doc);
    expect(spec.ranges).toEqual({
      hiddenLayers: { min: 0, max: 3, scale: 'linear' },
      units: { min: 4, max: 64, scale: 'log' },
      filters: { values: [4, 8] },
    });
    expect(Object.keys(spec.ranges)).toEqual(['hiddenLayers', 'units', 'filters']);
    const e = trialExperiment(spec, { hiddenLayers: 2, units: 32, filters: 8 });
    expect(
      e.model.layers.map((l) =>
        l.type === 'conv2d' ? l.filters : l.type === 'dense' ? l.units : l.type,
      ),
    ).toEqual([8, 'flatten', 32, 32, 10]);
    expect(e.params).toBeNull();
    expect(trialParamsDocument({ filters: 8, units: 32, lr: 0.1, hiddenLayers: 2 })).toEqual({
      lr: 0.1,
      hiddenLayers: 2,
      units: 32,
      filters: 8,
    });
  });

  it('units for a network without hidden layers, when the search adds some', () => {
    const doc = searchDoc();
    doc.experiment.model.layers = [{ type: 'dense', units: 2, activation: 'softmax' }];
    doc.ranges = { units: { values: [8, 16] }, hiddenLayers: { values: [0, 1] } };
    expect(parseSearch(doc).ranges.units).toEqual({ values: [8, 16] });
  });

  it('reads back unchanged, through JSON too, and never touches its input', () => {
    const doc = deepFreeze(exampleFile());
    const once = parseSearch(doc);
    expect(parseSearch(once)).toEqual(once);
    expect(parseSearch(JSON.parse(JSON.stringify(once)))).toEqual(once);
    const bare = exampleFile();
    delete bare.kind;
    expect(parseDocument(bare, 'search')).toEqual(once);
  });
});

describe('trials', () => {
  it("a trial's experiment: its settings applied, the search's epochs, validated", () => {
    const spec = parseSearch(exampleFile());
    const e = trialExperiment(spec, {
      optimizer: { name: 'momentum', lr: 0.01, momentum: 0.9, nesterov: false, weightDecay: 0 },
      lr: 0.2,
      momentum: 0.6,
      dropout: 0.25,
      batchSize: 8,
    });
    expect(e.optimizer).toEqual({
      name: 'momentum',
      lr: 0.2,
      momentum: 0.6,
      nesterov: false,
      weightDecay: 0,
    });
    expect(e.training.epochs).toBe(5);
    expect(e.training.batchSize).toBe(8);
    expect(e.model.layers.map((l) => l.type)).toEqual(['dense', 'dropout', 'dense']);
  });

  it('params as a document writes them: names alone for defaults, in a fixed order', () => {
    const doc = trialParamsDocument({
      optimizer: { name: 'adam', lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 },
      initializer: { name: 'normal', std: 0.1 },
      lr: 0.01,
    });
    expect(doc).toEqual({ lr: 0.01, optimizer: 'adam', initializer: { name: 'normal', std: 0.1 } });
    expect(Object.keys(doc)).toEqual(['lr', 'optimizer', 'initializer']);
  });
});

const BAD: [string, (d: Doc) => void][] = [
  ['kind is "compare" but a search document was expected', (d) => (d.kind = 'compare')],
  [
    'experiment.validation must be > 0 for a search: each trial is scored on it',
    (d) => (d.experiment.validation = 0),
  ],
  ['trials is required (a positive integer)', (d) => delete d.trials],
  ['trials must be at most 1000 (got 1001)', (d) => (d.trials = 1001)],
  ['epochs must be a positive integer (got 0)', (d) => (d.epochs = 0)],
  ['seed must be a non-negative integer (got -1)', (d) => (d.seed = -1)],
  ['test must be a number in [0, 0.5] (got 0.6)', (d) => (d.test = 0.6)],
  [
    'test is 0.2, but 2 samples leave none to test on (write 0)',
    (d) => (d.experiment.data.samples = 2),
  ],
  ['ranges is required (an object)', (d) => delete d.ranges],
  ['ranges must name at least one setting to search (lr, weightDecay,', (d) => (d.ranges = {})],
  [
    'ranges.beta1 is not a field of ranges (fields: lr, weightDecay, l2, momentum, dropout, batchSize, optimizer, activation, initializer, hiddenLayers, units, filters)',
    (d) => (d.ranges.beta1 = { min: 0.8, max: 0.9 }),
  ],
  ['ranges.lr.min must be a finite number > 0 (got 0)', (d) => (d.ranges.lr.min = 0)],
  ['ranges.lr.max is required (a finite number > 0)', (d) => delete d.ranges.lr.max],
  ['ranges.lr.max is 0.00001, less than min (0.0001)', (d) => (d.ranges.lr.max = 1e-5)],
  ['ranges.lr.scale "exp" is unknown (one of: linear, log)', (d) => (d.ranges.lr.scale = 'exp')],
  [
    'ranges.weightDecay.min must be > 0 for "scale": "log" (got 0; "linear" takes 0)',
    (d) => (d.ranges.weightDecay = { min: 0, max: 0.01 }),
  ],
  ['ranges.momentum.max must be a number in [0, 1) (got 1)', (d) => (d.ranges.momentum.max = 1)],
  [
    'ranges.momentum has no effect: adam has no momentum (sgd, momentum, nesterov and rmsprop have)',
    (d) => (d.experiment.optimizer = 'adam'),
  ],
  [
    'ranges.batchSize.min must be a positive integer (got 0.5)',
    (d) => (d.ranges.batchSize = { min: 0.5, max: 4 }),
  ],
  [
    'ranges.lr.values is not a field of the lr range (fields: min, max, scale)',
    (d) => (d.ranges.lr = { values: [0.1, 0.01] }),
  ],
  [
    'ranges.batchSize.min is not a field of the batchSize range (fields: values)',
    (d) => (d.ranges.batchSize = { values: [8, 16], min: 4 }),
  ],
  [
    'ranges.optimizer.min is not a field of the optimizer range (fields: values)',
    (d) => (d.ranges.optimizer = { min: 1 }),
  ],
  [
    'ranges.optimizer.values[1] repeats ranges.optimizer.values[0]',
    (d) => (d.ranges.optimizer = { values: ['sgd', { name: 'sgd' }] }),
  ],
  [
    'ranges.activation.values[0] "swish" is unknown',
    (d) => (d.ranges.activation = { values: ['swish'] }),
  ],
  [
    'ranges allow a trial that is not a valid experiment, {"momentum":0,"optimizer":"nesterov"}: optimizer.momentum must be > 0 with nesterov true',
    (d) => {
      d.ranges.momentum.min = 0;
      d.ranges.optimizer = { values: ['sgd', 'nesterov'] };
    },
  ],
  [
    'ranges allow a trial that is not a valid experiment, {"batchSize":1}: training.batchSize is 1, but batch norm needs',
    (d) => {
      d.experiment.model.layers.splice(1, 0, { type: 'batchnorm' });
      d.ranges.batchSize = { values: [1, 8] };
    },
  ],
  [
    'ranges.filters needs a conv2d layer in the experiment',
    (d) => (d.ranges.filters = { values: [4, 8] }),
  ],
  [
    'ranges.units needs a hidden dense layer in the experiment',
    (d) => {
      d.experiment.model.layers = [{ type: 'dense', units: 2, activation: 'softmax' }];
      d.ranges.units = { min: 4, max: 8 };
      d.ranges.hiddenLayers = { values: [0] };
    },
  ],
  [
    'ranges.units.max must be at most 4096 (got 5000)',
    (d) => (d.ranges.units = { min: 8, max: 5000 }),
  ],
  [
    'ranges.units.values[2] must be at most 4096 (got 5000)',
    (d) => (d.ranges.units = { values: [8, 16, 5000] }),
  ],
  [
    'ranges.hiddenLayers.max must be at most 8 (got 9)',
    (d) => (d.ranges.hiddenLayers = { min: 0, max: 9 }),
  ],
  [
    'ranges.hiddenLayers.min must be > 0 for "scale": "log" (got 0; "linear" takes 0)',
    (d) => (d.ranges.hiddenLayers = { min: 0, max: 3, scale: 'log' }),
  ],
  [
    'ranges allow a trial that is not a valid experiment, {"hiddenLayers":8,"units":4096}: model.layers hold',
    (d) => {
      d.ranges.hiddenLayers = { min: 1, max: 8 };
      d.ranges.units = { values: [16, 4096] };
    },
  ],
];

describe('bad search documents name the field', () => {
  it.each(BAD)('%s', (message, mutate) => {
    const doc = searchDoc();
    mutate(doc);
    const error = specError(() => parseSearch(doc));
    expect(error.message).toContain(message);
    expect(error.message.startsWith(`${error.path} `)).toBe(true);
  });
});
