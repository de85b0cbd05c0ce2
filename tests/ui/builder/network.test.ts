// The builder's reading of a network: each row's output shape and parameters, where "Add"
// puts each layer type, and which row a refused edit is shown on, in validation's words.
import { describe, expect, it } from 'vitest';
import { parseExperiment, SpecError } from '../../../src/spec';
import { defaultExperiment } from '../../../src/spec/experiment';
import type { Conv2dSpec, Experiment, LayerSpec, MaxPool2dSpec } from '../../../src/spec/types';
import {
  imageSetsText,
  inputText,
  insertionIndex,
  outputIndex,
  refusedLayer,
  rowFacts,
  withinLayer,
} from '../../../src/ui/builder/network';
import { LANGUAGES } from '../../../src/ui/i18n/languages';
import { translator } from '../../../src/ui/i18n/translate';

const en = translator('en', LANGUAGES.en.messages);
const ja = translator('ja', LANGUAGES.ja.messages);

// The builder's fresh layers (its rows in src/ui/builder/layers are .tsx, which the tests'
// type check does not read; the browser test adds them through the page).
const conv: Conv2dSpec = {
  type: 'conv2d',
  filters: 8,
  kernelSize: [3, 3],
  stride: 1,
  padding: 0,
  activation: 'relu',
  init: { name: 'he_uniform' },
  bias: true,
};
const maxPool: MaxPool2dSpec = { type: 'maxpool2d', size: 2, stride: 2 };
const hidden: LayerSpec = {
  type: 'dense',
  units: 16,
  activation: 'relu',
  init: { name: 'he_uniform' },
};
const output: LayerSpec = {
  type: 'dense',
  units: 10,
  activation: 'softmax',
  init: { name: 'xavier_uniform' },
};

/** The experiment on digits (8×8 images) with `layers`, as the store holds it: resolved. */
function digits(layers: LayerSpec[]): Experiment {
  const e = defaultExperiment();
  e.data = { kind: 'digits', samples: 400 } as Experiment['data'];
  e.model = { inputs: 64, layers, loss: 'cross_entropy' };
  return parseExperiment(e);
}

/** Where validation refuses `layers` on digits: its path and its words. */
function refusal(layers: LayerSpec[]): SpecError {
  try {
    digits(layers);
  } catch (e) {
    if (e instanceof SpecError) return e;
  }
  throw new Error('the network was not refused');
}

describe('rowFacts', () => {
  it('gives each layer its output shape and parameters', () => {
    // conv: 8 filters of 1·3·3 weights and a bias each: 8·9 + 8 = 80, output 8 × (8−3+1)².
    // max pool 2: ⌊(6 − 2)/2⌋ + 1 = 3 a side, nothing to learn.
    // dense: 8·3·3 = 72 inputs (flattened) to 10 units: 720 + 10 = 730.
    const model = digits([conv, maxPool, output]).model;
    expect(model.inputs).toEqual([1, 8, 8]);
    expect(rowFacts(model)).toEqual([
      { output: [8, 6, 6], parameters: 80 },
      { output: [8, 3, 3], parameters: 0 },
      { output: 10, parameters: 730 },
    ]);
  });
});

describe('insertionIndex', () => {
  it('puts an image layer after the last image output, any other before the output layer', () => {
    const dense = digits([hidden, output]).model;
    expect(insertionIndex(dense, true)).toBe(0); // [conv, dense 16, dense 10]
    expect(insertionIndex(dense, false)).toBe(1);
    const convNet = digits([conv, { type: 'batchnorm' }, maxPool, hidden, output]).model;
    expect(insertionIndex(convNet, true)).toBe(3); // after the pooling, before dense 16
    expect(insertionIndex(convNet, false)).toBe(outputIndex(convNet));
    expect(outputIndex(convNet)).toBe(4);
    const flattened = digits([conv, { type: 'flatten' }, output]).model;
    expect(insertionIndex(flattened, true)).toBe(1);
  });

  it('has no place for an image layer when the input is not an image', () => {
    const spiral = parseExperiment(defaultExperiment()).model;
    expect(spiral.inputs).toBe(2);
    expect(insertionIndex(spiral, true)).toBeNull();
    expect(insertionIndex(spiral, false)).toBe(spiral.layers.length - 1);
  });
});

describe('refusals on their row', () => {
  it('finds the layer in the path and drops it from the words', () => {
    const big = refusal([{ ...conv, kernelSize: [9, 9] }, output]);
    expect(refusedLayer(big.path)).toBe(0);
    expect(withinLayer(big.message, 0)).toBe(
      'kernelSize is 9 × 9, larger than its 8 × 8 input (use a smaller kernel or more padding)',
    );
    // A kernel of 8 leaves 1 × 1: the pooling after it is the layer refused.
    const empty = refusal([{ ...conv, kernelSize: [8, 8] }, maxPool, output]);
    expect(refusedLayer(empty.path)).toBe(1);
    expect(withinLayer(empty.message, 1)).toMatch(/^size is 2, larger than its 1 × 1 input/);
    const softmax = refusal([{ ...conv, activation: 'softmax' }, output]);
    expect(withinLayer(softmax.message, 0)).toBe(
      'activation cannot be softmax on an image (flatten it first)',
    );
  });

  it('says "this layer" for the layer itself, and leaves other paths alone', () => {
    expect(withinLayer('model.layers[2] is a conv2d layer, which …', 2)).toBe(
      'this layer is a conv2d layer, which …',
    );
    expect(withinLayer('model.layers[2].size is 0', 1)).toBe('model.layers[2].size is 0');
    expect(refusedLayer('model.layers')).toBeNull();
    expect(refusedLayer('optimizer.lr')).toBeNull();
  });
});

describe('the input in words', () => {
  it('words an image input and the image data sets', () => {
    expect(inputText(en, [1, 8, 8])).toBe('1 × 8 × 8 image');
    expect(inputText(en, 2)).toBe('2 inputs');
    expect(inputText(ja, [1, 28, 28])).toBe('1 × 28 × 28 の画像');
    expect(imageSetsText(en)).toBe('Digits (8×8) or Fashion-MNIST (28×28)');
    expect(en('network.needsImage', { sets: imageSetsText(en) })).toBe(
      'Needs image data: pick Digits (8×8) or Fashion-MNIST (28×28) as the data set.',
    );
  });
});
