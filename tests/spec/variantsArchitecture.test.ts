// Changing the architecture of an experiment (spec/variants.ts): the number of hidden dense
// layers, their units, the filters of the convolutions. What goes, what is repeated, what
// stays (the output layer, the image layers), and that the weights no longer fit.
import { describe, expect, it } from 'vitest';
import { applySetting, applyTrial, settingNeed } from '../../src/spec/variants';
import { parseExperiment, type Experiment, type LayerSpec } from '../../src/spec';
import { deepFreeze } from './fixtures';

const dense = (units: number, activation: string, init = 'he_uniform') => ({
  type: 'dense',
  units,
  activation,
  init,
});
const OUTPUT = dense(3, 'softmax', 'xavier_uniform');

function base(layers: unknown[], data: unknown = { kind: 'spiral', samples: 60, classes: 3 }) {
  return deepFreeze(parseExperiment({ version: 1, data, model: { layers }, optimizer: 'adam' }));
}

/** Digits as 1×8×8 images: a small convolutional network. */
const DIGITS = { kind: 'digits', samples: 100 };
const CONV = [
  { type: 'conv2d', filters: 4, kernelSize: 3, activation: 'relu', init: 'he_normal' },
  { type: 'maxpool2d' },
  { type: 'flatten' },
  dense(16, 'relu'),
  { type: 'dropout', rate: 0.25 },
  dense(10, 'softmax', 'xavier_uniform'),
];

/** Each layer in short: its type, and the field a variant changes. */
const shape = (e: Experiment) =>
  e.model.layers.map((l: LayerSpec) => {
    switch (l.type) {
      case 'dense':
        return `dense ${l.units} ${l.activation}`;
      case 'conv2d':
        return `conv2d ${l.filters}`;
      case 'activation':
        return `activation ${l.activation}`;
      default:
        return l.type;
    }
  });

/** The variant, validated as compare and search validate every variant. */
const valid = (e: Experiment) => parseExperiment(e);

const PLAIN = [dense(8, 'relu'), dense(8, 'tanh'), OUTPUT];

describe('hiddenLayers', () => {
  it('fewer: the last hidden dense layers go, the output stays', () => {
    const e = base(PLAIN);
    expect(shape(valid(applySetting(e, 'hiddenLayers', 1)))).toEqual([
      'dense 8 relu',
      'dense 3 softmax',
    ]);
    expect(shape(valid(applySetting(e, 'hiddenLayers', 0)))).toEqual(['dense 3 softmax']);
    // As many as it has: the same layers.
    expect(applySetting(e, 'hiddenLayers', 2).model.layers).toEqual(e.model.layers);
  });

  it('more: the last hidden dense layer repeated, before the output', () => {
    const e = valid(applySetting(base(PLAIN), 'hiddenLayers', 4));
    expect(shape(e)).toEqual([
      'dense 8 relu',
      'dense 8 tanh',
      'dense 8 tanh',
      'dense 8 tanh',
      'dense 3 softmax',
    ]);
    expect(e.model.layers[3]).toEqual(e.model.layers[1]);
  });

  it('a block is the dense layer with the batchnorm, activation and dropout layers behind it', () => {
    const blocks = base([
      { ...dense(8, 'linear'), bias: false },
      { type: 'batchnorm' },
      { type: 'activation', activation: 'relu' },
      { type: 'dropout', rate: 0.1 },
      { ...dense(6, 'linear'), bias: false },
      { type: 'batchnorm' },
      { type: 'activation', activation: 'tanh' },
      { type: 'dropout', rate: 0.2 },
      OUTPUT,
    ]);
    expect(shape(valid(applySetting(blocks, 'hiddenLayers', 1)))).toEqual([
      'dense 8 linear',
      'batchnorm',
      'activation relu',
      'dropout',
      'dense 3 softmax',
    ]);
    const more = valid(applySetting(blocks, 'hiddenLayers', 3));
    expect(shape(more)).toEqual([
      'dense 8 linear',
      'batchnorm',
      'activation relu',
      'dropout',
      'dense 6 linear',
      'batchnorm',
      'activation tanh',
      'dropout',
      'dense 6 linear',
      'batchnorm',
      'activation tanh',
      'dropout',
      'dense 3 softmax',
    ]);
    // The copy is the block as it was: no bias before batch norm, the same rate.
    expect(more.model.layers.slice(8, 12)).toEqual(more.model.layers.slice(4, 8));
  });

  it('none to repeat: dense layers of 16 relu units (he_uniform) before the output', () => {
    const e = valid(applySetting(base([OUTPUT]), 'hiddenLayers', 2));
    expect(shape(e)).toEqual(['dense 16 relu', 'dense 16 relu', 'dense 3 softmax']);
    expect(e.model.layers[0]).toEqual({
      type: 'dense',
      units: 16,
      activation: 'relu',
      init: { name: 'he_uniform' },
    });
  });

  it('keeps the image layers: only the dense layers after them change', () => {
    const e = base(CONV, DIGITS);
    expect(shape(valid(applySetting(e, 'hiddenLayers', 0)))).toEqual([
      'conv2d 4',
      'maxpool2d',
      'flatten',
      'dense 10 softmax',
    ]);
    expect(shape(valid(applySetting(e, 'hiddenLayers', 2)))).toEqual([
      'conv2d 4',
      'maxpool2d',
      'flatten',
      'dense 16 relu',
      'dropout',
      'dense 16 relu',
      'dropout',
      'dense 10 softmax',
    ]);
    // A convolutional network without a hidden dense layer gets one after its flatten.
    const bare = base([CONV[0], CONV[1], CONV[2], CONV[5]], DIGITS);
    expect(shape(valid(applySetting(bare, 'hiddenLayers', 1)))).toEqual([
      'conv2d 4',
      'maxpool2d',
      'flatten',
      'dense 16 relu',
      'dense 10 softmax',
    ]);
  });
});

describe('units and filters', () => {
  it('units: every hidden dense layer, not the output', () => {
    const e = valid(applySetting(base(PLAIN), 'units', 32));
    expect(shape(e)).toEqual(['dense 32 relu', 'dense 32 tanh', 'dense 3 softmax']);
  });

  it('units in a convolutional network: the dense layers only', () => {
    const e = valid(applySetting(base(CONV, DIGITS), 'units', 64));
    expect(shape(e)).toEqual([
      'conv2d 4',
      'maxpool2d',
      'flatten',
      'dense 64 relu',
      'dropout',
      'dense 10 softmax',
    ]);
  });

  it('filters: every conv2d layer, and nothing else', () => {
    const two = [CONV[0], { ...CONV[0], filters: 8 }, ...CONV.slice(1)];
    const e = valid(applySetting(base(two, DIGITS), 'filters', 12));
    expect(shape(e)).toEqual([
      'conv2d 12',
      'conv2d 12',
      'maxpool2d',
      'flatten',
      'dense 16 relu',
      'dropout',
      'dense 10 softmax',
    ]);
    expect(e.model.layers[0]).toEqual({ ...base(two, DIGITS).model.layers[0], filters: 12 });
  });

  it('what each needs: a conv2d layer for filters, a hidden dense layer for units', () => {
    expect(settingNeed(base(PLAIN), 'filters')).toBe('a conv2d layer');
    expect(settingNeed(base(CONV, DIGITS), 'filters')).toBeNull();
    expect(settingNeed(base([OUTPUT]), 'units')).toBe('a hidden dense layer');
    expect(settingNeed(base(PLAIN), 'units')).toBeNull();
    // The others apply to any network.
    expect(settingNeed(base([OUTPUT]), 'hiddenLayers')).toBeNull();
    expect(settingNeed(base([OUTPUT]), 'lr')).toBeNull();
  });
});

describe('the weights of a changed architecture', () => {
  const params = [
    { W: [Array(8).fill(0.1), Array(8).fill(0.2)], b: Array(8).fill(0.3) },
    { W: Array.from({ length: 8 }, () => Array(8).fill(0.4)), b: Array(8).fill(0.5) },
    { W: Array.from({ length: 8 }, () => Array(3).fill(0.6)), b: Array(3).fill(0.7) },
  ];
  const trained = deepFreeze(parseExperiment({ ...base(PLAIN), params }));

  it.each([
    ['hiddenLayers', 1],
    ['hiddenLayers', 3],
    ['units', 16],
    // Even a value that keeps the shapes: every run of the compare starts alike.
    ['units', 8],
    ['hiddenLayers', 2],
  ] as const)('%s %d drops params', (name, value) => {
    expect(valid(applySetting(trained, name, value)).params).toBeNull();
  });

  it('filters drops them too', () => {
    const conv = base(CONV, DIGITS);
    expect(applySetting(conv, 'filters', 4).params).toBeNull();
  });

  it('the other settings keep them', () => {
    expect(valid(applySetting(trained, 'lr', 0.1)).params).toEqual(params);
    expect(valid(applySetting(trained, 'activation', 'gelu')).params).toEqual(params);
  });
});

describe('a trial that changes the architecture', () => {
  it('applies it first: new hidden layers take the sampled units, activation and dropout', () => {
    const e = valid(
      applyTrial(base([OUTPUT]), {
        dropout: 0.1,
        activation: 'tanh',
        units: 12,
        hiddenLayers: 2,
        initializer: { name: 'xavier_normal' },
      }),
    );
    expect(shape(e)).toEqual([
      'dense 12 tanh',
      'dropout',
      'dense 12 tanh',
      'dropout',
      'dense 3 softmax',
    ]);
    for (const layer of e.model.layers) {
      if (layer.type === 'dense') expect(layer.init).toEqual({ name: 'xavier_normal' });
    }
  });
});
