// Compare documents: resolution, stability, the variants they expand to (with the same
// initial weights), and each kind of bad input with the path it must name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dense } from '../../src/engine/layers/dense';
import { prepareData } from '../../src/engine/prepare';
import { Trainer } from '../../src/engine/train';
import {
  compareVariants,
  parseCompare,
  parseDocument,
  parseExperiment,
  type CompareSpec,
} from '../../src/spec';
import { contractExample, deepFreeze, exampleParams, specError, type Doc } from './fixtures';

function exampleFile(): Doc {
  const url = new URL('../../docs/examples/compare-optimizers.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}

/** A compare over the contract's example (batch norm, dropout, Adam), without its kind. */
function compareDoc(vary: string, values: unknown[]): Doc {
  const experiment = contractExample();
  delete experiment.kind;
  experiment.data.samples = 80;
  return { version: 1, kind: 'compare', experiment, vary, values };
}

describe('valid compare documents', () => {
  it('the example resolves every value, and each variant is the base with one change', () => {
    const spec = parseCompare(exampleFile());
    expect(spec.vary).toBe('optimizer');
    expect(spec.values[3]).toEqual({
      name: 'rmsprop',
      lr: 0.005,
      alpha: 0.99,
      eps: 1e-8,
      momentum: 0,
      weightDecay: 0,
    });
    const variants = compareVariants(spec);
    expect(variants.map((v) => v.label)).toEqual(['sgd', 'momentum', 'adam', 'rmsprop lr 0.005']);
    for (const [i, v] of variants.entries()) {
      expect(v.experiment).toEqual({ ...spec.experiment, optimizer: spec.values[i] });
    }
  });

  it('reads back unchanged, through JSON too, and never touches its input', () => {
    const doc = deepFreeze(exampleFile());
    const once = parseCompare(doc);
    expect(parseCompare(once)).toEqual(once);
    expect(parseCompare(JSON.parse(JSON.stringify(once)))).toEqual(once);
    expect(once.experiment.model).not.toBe(doc.experiment.model);
  });

  it('kind may be left out, the experiment kind and version too; the command entry point reads it', () => {
    const doc = exampleFile();
    delete doc.kind;
    expect(parseDocument(doc, 'compare')).toEqual(parseCompare(exampleFile()));
    const withVersion = exampleFile();
    withVersion.experiment.version = 1;
    withVersion.experiment.kind = 'train';
    expect(parseCompare(withVersion)).toEqual(parseCompare(exampleFile()));
  });

  it('every setting it can vary', () => {
    const variants = (vary: string, values: unknown[]) =>
      compareVariants(parseCompare(compareDoc(vary, values)));
    expect(variants('lr', [0.1, 0.01]).map((v) => v.experiment.optimizer.lr)).toEqual([0.1, 0.01]);
    expect(variants('lr', [0.1, 0.01]).map((v) => v.label)).toEqual(['lr 0.1', 'lr 0.01']);
    expect(variants('weightDecay', [0, 0.01]).map((v) => v.label)).toEqual([
      'weight decay 0',
      'weight decay 0.01',
    ]);
    expect(variants('batchSize', [8, 64]).map((v) => v.experiment.training.batchSize)).toEqual([
      8, 64,
    ]);
    expect(variants('seed', [1, 2]).map((v) => v.experiment.seed)).toEqual([1, 2]);
    const inits = variants('initializer', ['he_normal', { name: 'normal', std: 0.01 }]);
    expect(inits.map((v) => v.label)).toEqual(['he_normal', 'normal std 0.01']);
    const bn = variants('batchNorm', [false, true]);
    expect(bn.map((v) => v.label)).toEqual(['batch norm off', 'batch norm on']);
    expect(bn[0].experiment.model.layers.map((l) => l.type)).toEqual([
      'dense',
      'activation',
      'dropout',
      'dense',
    ]);
    const dropout = variants('dropout', [0, 0.5]);
    expect(dropout.map((v) => v.label)).toEqual(['no dropout', 'dropout 0.5']);
    const activations = variants('activation', ['relu', 'tanh']);
    // The contract's model is dense (tanh) → batchnorm → activation (relu): the dense layer
    // has its own activation, so that is the one set; the output keeps softmax.
    expect(activations[1].experiment.model.layers[0]).toMatchObject({ activation: 'tanh' });
    expect(activations[1].experiment.model.layers[4]).toMatchObject({ activation: 'softmax' });
  });

  it('the architecture: hidden layers, units, filters, each named and without params', () => {
    const variants = (vary: string, values: unknown[]) =>
      compareVariants(parseCompare(compareDoc(vary, values)));
    const depth = variants('hiddenLayers', [0, 1, 2]);
    expect(depth.map((v) => v.label)).toEqual([
      'no hidden layers',
      '1 hidden layer',
      '2 hidden layers',
    ]);
    // The contract's hidden block is dense, batchnorm, activation, dropout.
    expect(depth.map((v) => v.experiment.model.layers.length)).toEqual([1, 5, 9]);
    const units = variants('units', [1, 64]);
    expect(units.map((v) => v.label)).toEqual(['1 unit', '64 units']);
    expect(units[1].experiment.model.layers[0]).toMatchObject({ units: 64 });
    const doc = compareDoc('filters', [1, 16]);
    doc.experiment.data = { kind: 'digits', samples: 100 };
    doc.experiment.model = {
      layers: [
        { type: 'conv2d', filters: 4, kernelSize: 3, activation: 'relu' },
        { type: 'flatten' },
        { type: 'dense', units: 10, activation: 'softmax' },
      ],
    };
    const filters = compareVariants(parseCompare(doc));
    expect(filters.map((v) => v.label)).toEqual(['1 filter', '16 filters']);
    expect(filters[1].experiment.model.layers[0]).toMatchObject({ filters: 16 });
    // The experiment's weights no longer fit: every run draws its own.
    const trained = compareDoc('units', [8, 16]);
    trained.experiment.params = exampleParams();
    expect(parseCompare(trained).experiment.params).not.toBeNull();
    for (const v of compareVariants(parseCompare(trained))) expect(v.experiment.params).toBeNull();
  });
});

describe('variants start from the same weights', () => {
  /** Every dense layer's W and b right after the Trainer is built, on the base's data. */
  async function initialWeights(spec: CompareSpec): Promise<number[][][]> {
    const data = await prepareData(spec.experiment, () => Promise.reject(new Error('no files')));
    return compareVariants(spec).map(({ experiment }) =>
      new Trainer(experiment, data).model.layers
        .filter((layer): layer is Dense => layer instanceof Dense)
        .map((layer) => [...Array.from(layer.W.value), ...Array.from(layer.b?.value ?? [])]),
    );
  }

  const CASES: [string, unknown[]][] = [
    ['optimizer', ['sgd', 'momentum', 'adam', { name: 'rmsprop', lr: 0.005 }]],
    ['lr', [1, 0.1, 0.001]],
    ['batchSize', [4, 16, 64]],
    ['batchNorm', [false, true]],
    ['dropout', [0, 0.2, 0.5]],
    ['weightDecay', [0, 0.001, 0.1]],
    ['activation', ['relu', 'tanh', 'gelu']], // every dense layer has an explicit init
  ];

  it.each(CASES)('%s', async (vary, values) => {
    // Without batch norm and dropout in the base, so that turning them on inserts layers.
    const doc = compareDoc(vary, values);
    doc.experiment.model.layers = [
      { type: 'dense', units: 8, activation: 'relu', init: 'he_uniform' },
      { type: 'dense', units: 8, activation: 'tanh', init: 'xavier_normal' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ];
    const [first, ...others] = await initialWeights(parseCompare(doc));
    expect(first).toHaveLength(3);
    for (const weights of others) expect(weights).toEqual(first);
  });

  it('architecture runs: the layers before the first change draw the same weights', async () => {
    const doc = compareDoc('hiddenLayers', [3, 2, 1]);
    doc.experiment.model.layers = [
      { type: 'dense', units: 8, activation: 'relu', init: 'he_uniform' },
      { type: 'dense', units: 8, activation: 'tanh', init: 'xavier_normal' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ];
    const [three, two, one] = await initialWeights(parseCompare(doc));
    expect([three, two, one].map((w) => w.length)).toEqual([4, 3, 2]);
    expect(two.slice(0, 2)).toEqual(three.slice(0, 2));
    expect(one[0]).toEqual(three[0]);
    // The layer after the change has another shape (the output's inputs), so its own draws.
    expect(one[1]).not.toEqual(three[1]);
  });

  it('but not across seeds', async () => {
    const [a, b] = await initialWeights(parseCompare(compareDoc('seed', [1, 2])));
    expect(a[0]).not.toEqual(b[0]);
  });
});

const BAD: [string, (d: Doc) => void][] = [
  ['kind is "search" but a compare document was expected', (d) => (d.kind = 'search')],
  ['version 2 is not supported', (d) => (d.version = 2)],
  [
    'runs is not a field of a compare file (fields: version, kind, experiment, vary, values)',
    (d) => (d.runs = 1),
  ],
  ['experiment is required (an experiment (a train document))', (d) => delete d.experiment],
  [
    'experiment.model.layers[0].units must be a positive integer (got -3)',
    (d) => (d.experiment.model.layers[0].units = -3),
  ],
  [
    'experiment.kind is "trajectory" but it must be "train" (or left out)',
    (d) => (d.experiment.kind = 'trajectory'),
  ],
  ['vary "colour" is unknown (one of: optimizer, lr, initializer,', (d) => (d.vary = 'colour')],
  ['values must not be empty', (d) => (d.values = [])],
  ['values has 9 values; the limit is 8', (d) => (d.values = [1, 2, 3, 4, 5, 6, 7, 8, 9])],
  ['values[2] repeats values[0]', (d) => (d.values = [0.1, 0.2, 0.1])],
  ['values[1] must be a finite number > 0 (got 0)', (d) => (d.values = [0.1, 0])],
  [
    'values[2].lr must be a finite number > 0 (got -1)',
    (d) =>
      Object.assign(d, { vary: 'optimizer', values: ['sgd', 'adam', { name: 'adam', lr: -1 }] }),
  ],
  [
    'values[1] "swish" is unknown (one of: linear,',
    (d) => Object.assign(d, { vary: 'activation', values: ['relu', 'swish'] }),
  ],
  [
    'values[1].std must be a number in (0, 1000] (got -1)',
    (d) =>
      Object.assign(d, { vary: 'initializer', values: ['he_normal', { name: 'normal', std: -1 }] }),
  ],
  [
    'values[1] must be a number in [0, 1) (got 1)',
    (d) => Object.assign(d, { vary: 'dropout', values: [0.1, 1] }),
  ],
  [
    'values[0] must be true or false (got "yes")',
    (d) => Object.assign(d, { vary: 'batchNorm', values: ['yes'] }),
  ],
  [
    'values[1] (batch size 1) gives an invalid experiment: training.batchSize is 1, but batch norm needs at least 2 samples per batch',
    (d) => Object.assign(d, { vary: 'batchSize', values: [16, 1] }),
  ],
  [
    'vary "filters" needs a conv2d layer in the experiment',
    (d) => Object.assign(d, { vary: 'filters', values: [4, 8] }),
  ],
  [
    'vary "units" needs a hidden dense layer in the experiment',
    (d) => {
      d.experiment.model.layers = [{ type: 'dense', units: 3, activation: 'softmax' }];
      Object.assign(d, { vary: 'units', values: [4, 8] });
    },
  ],
  [
    'values[2] must be at most 4096 (got 5000)',
    (d) => Object.assign(d, { vary: 'units', values: [16, 64, 5000] }),
  ],
  [
    'values[1] must be a positive integer (got 2.5)',
    (d) => Object.assign(d, { vary: 'units', values: [16, 2.5] }),
  ],
  [
    'values[1] must be at most 8 (got 9)',
    (d) => Object.assign(d, { vary: 'hiddenLayers', values: [1, 9] }),
  ],
  [
    'values[0] must be a non-negative integer (got -1)',
    (d) => Object.assign(d, { vary: 'hiddenLayers', values: [-1] }),
  ],
  [
    'values[1] must be at most 1024 (got 2048)',
    (d) => {
      d.experiment.data = { kind: 'digits', samples: 100 };
      d.experiment.model = {
        layers: [
          { type: 'conv2d', filters: 4, kernelSize: 3 },
          { type: 'flatten' },
          { type: 'dense', units: 10, activation: 'softmax' },
        ],
      };
      Object.assign(d, { vary: 'filters', values: [4, 2048] });
    },
  ],
  [
    'values[1] (4096 units) gives an invalid experiment: ',
    (d) => {
      d.experiment.model.layers.splice(0, 0, { type: 'dense', units: 8, activation: 'relu' });
      Object.assign(d, { vary: 'units', values: [16, 4096] });
    },
  ],
  [
    'values[1] (dropout 0.3) gives the same experiment as values[0]',
    (d) => {
      d.experiment.model.layers = [{ type: 'dense', units: 3, activation: 'softmax' }];
      Object.assign(d, { vary: 'dropout', values: [0.2, 0.3] });
    },
  ],
];

describe('whole networks (vary "layers")', () => {
  const dense = [
    { type: 'dense', units: 12, activation: 'relu' },
    { type: 'dense', units: 10, activation: 'softmax' },
  ];
  const conv = [
    { type: 'conv2d', filters: 4, kernelSize: 3, activation: 'relu' },
    { type: 'maxpool2d' },
    { type: 'dense', units: 10, activation: 'softmax' },
  ];
  const digits = (values: unknown[]) => {
    const doc = compareDoc('layers', values);
    doc.experiment.data = { kind: 'digits', samples: 100 };
    doc.experiment.model = { layers: dense };
    return doc;
  };

  it('runs each network on the same data, named by its layers, without params', () => {
    const variants = compareVariants(parseCompare(digits([dense, conv])));
    expect(variants.map((v) => v.label)).toEqual([
      'dense 12 relu → dense 10 softmax',
      'conv 4@3×3 relu → max pool 2 → dense 10 softmax',
    ]);
    expect(variants[1].experiment.model.inputs).toEqual([1, 8, 8]);
    expect(variants[1].experiment.params).toBeNull();
  });

  it('names a bad layer by its place in the values, and a network that does not fit', () => {
    const badLayer = digits([dense, [{ type: 'dense', units: 0 }]]);
    expect(specError(() => parseCompare(badLayer)).message).toBe(
      'values[1][0].units must be a positive integer (got 0)',
    );
    const wrongOutput = digits([dense, [{ type: 'dense', units: 3, activation: 'softmax' }]]);
    expect(specError(() => parseCompare(wrongOutput)).message).toBe(
      'values[1] (dense 3 softmax) gives an invalid experiment: model.layers[0].units is 3 but the data has 10 classes (model.loss "cross_entropy" needs one unit per class)',
    );
    expect(specError(() => parseCompare(digits([dense, []]))).message).toBe(
      'values[1] must not be empty',
    );
  });
});

describe('bad compare documents name the field', () => {
  it.each(BAD)('%s', (message, mutate) => {
    const doc = compareDoc('lr', [0.1, 0.01]);
    mutate(doc);
    const error = specError(() => parseCompare(doc));
    expect(error.message).toContain(message);
    expect(error.message.startsWith(`${error.path} `)).toBe(true);
  });

  it('a variant is checked as an experiment would be', () => {
    // The same message as the experiment parser gives for the variant written out.
    const doc = compareDoc('batchSize', [16, 1]);
    const written = { ...doc.experiment, version: 1, training: { batchSize: 1 } };
    const direct = specError(() => parseExperiment(written));
    expect(specError(() => parseCompare(doc)).message).toContain(direct.message);
  });
});
