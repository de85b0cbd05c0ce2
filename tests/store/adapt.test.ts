// The network's ends follow the data: inputs, output units, output activation and loss.
import { describe, expect, it } from 'vitest';
import { defaultExperiment, parseExperiment } from '../../src/spec';
import type { Message } from '../../src/spec/message';
import type { DenseSpec, Experiment, GeneratedDataSpec } from '../../src/spec/types';
import { dropImageLayers, fitAugmentToData, fitModelToData } from '../../src/store/adapt';
import { en, type MessageKey } from '../../src/ui/i18n/dictionaries/en';
import { format } from '../../src/ui/i18n/translate';

/** The notice as the page words it in English. */
const english = (n: Message | null) =>
  n === null ? null : format(en.messages[n.key as MessageKey], n.vars);

function withData(data: object, loss?: Experiment['model']['loss']): Experiment {
  const e = defaultExperiment();
  e.data = data as GeneratedDataSpec;
  if (loss !== undefined) e.model.loss = loss;
  return e;
}

const output = (e: Experiment) => e.model.layers.at(-1) as DenseSpec;

describe('fitModelToData', () => {
  it('gives classes a softmax output with one unit per class', () => {
    const e = withData({ kind: 'iris' });
    expect(fitModelToData(e)).toBeNull();
    expect(e.model.inputs).toBe(4);
    expect(output(e)).toMatchObject({ type: 'dense', units: 3, activation: 'softmax' });
    expect(e.model.loss).toBe('cross_entropy');
    expect(() => parseExperiment(e)).not.toThrow();
  });

  it('gives regression a linear output and squared error, and says so when the loss changes', () => {
    const e = withData({ kind: 'sine', samples: 200, noise: 0.1 });
    const note = fitModelToData(e);
    expect(note).toEqual({ key: 'notice.regressionOutput' });
    expect(english(note)).toMatch(/numeric targets.*linear with squared error/);
    expect(e.model.inputs).toBe(1);
    expect(output(e)).toMatchObject({ units: 1, activation: 'linear' });
    expect(e.model.loss).toBe('mse');
  });

  it('keeps a sigmoid + BCE output on two classes', () => {
    const e = withData({ kind: 'circle', samples: 200, noise: 0.1 }, 'bce');
    expect(fitModelToData(e)).toBeNull();
    expect(output(e)).toMatchObject({ units: 1, activation: 'sigmoid' });
    expect(e.model.loss).toBe('bce');
  });

  it('explains why BCE cannot stay on three classes', () => {
    const e = withData({ kind: 'spiral', samples: 300, noise: 0.1, classes: 3 }, 'bce');
    const note = fitModelToData(e);
    expect(note).toEqual({ key: 'notice.bceNeedsTwoClasses', vars: { classes: 3 } });
    expect(english(note)).toMatch(/two classes and this data has 3/);
    expect(e.model.loss).toBe('cross_entropy');
    expect(output(e)).toMatchObject({ units: 3, activation: 'softmax' });
  });

  it('keeps squared error on one-hot classes, swapping softmax for sigmoid', () => {
    const e = withData({ kind: 'spiral', samples: 300, noise: 0.1, classes: 3 }, 'mse');
    expect(fitModelToData(e)).toBeNull();
    expect(e.model.loss).toBe('mse');
    expect(output(e)).toMatchObject({ units: 3, activation: 'sigmoid' });
  });

  it('drops what followed the output layer, and sizes inline data from its rows', () => {
    const e = defaultExperiment();
    e.model.layers.push({ type: 'dropout', rate: 0.5 });
    e.data = {
      kind: 'inline',
      task: 'classification',
      x: [
        [0, 0, 1],
        [1, 1, 0],
      ],
      y: [0, 3],
    } as unknown as GeneratedDataSpec;
    fitModelToData(e);
    expect(e.model.inputs).toBe(3);
    expect(output(e)).toMatchObject({ type: 'dense', units: 4 });
  });

  it('gives an image set its image shape as the input', () => {
    const e = withData({ kind: 'digits' });
    expect(dropImageLayers(e)).toBeNull();
    fitModelToData(e);
    expect(e.model.inputs).toEqual([1, 8, 8]);
    expect(() => parseExperiment(e)).not.toThrow();
  });

  it('removes convolutions and poolings when the new data has no images, and says so', () => {
    const e = withData({ kind: 'digits' });
    e.model.layers.unshift(
      {
        type: 'conv2d',
        filters: 4,
        kernelSize: [3, 3],
        stride: 1,
        padding: 0,
        activation: 'relu',
        init: { name: 'he_uniform' },
        bias: true,
      },
      { type: 'maxpool2d', size: 2, stride: 2 },
      { type: 'flatten' },
    );
    fitModelToData(e);
    expect(() => parseExperiment(e)).not.toThrow();
    e.data = { kind: 'spiral', samples: 200, noise: 0.1, classes: 3 } as GeneratedDataSpec;
    const note = dropImageLayers(e);
    expect(note).toEqual({ key: 'notice.imageLayersDropped', vars: { count: 2 } });
    expect(english(note)).toMatch(/removed \(2\)/);
    fitModelToData(e);
    // The flatten stays: on two features it is the identity.
    const types = e.model.layers.map((l) => l.type);
    expect(types[0]).toBe('flatten');
    expect(types).not.toContain('conv2d');
    expect(types).not.toContain('maxpool2d');
    expect(e.model.inputs).toBe(2);
    expect(() => parseExperiment(e)).not.toThrow();
  });

  it('keeps the image layers that fit a smaller image, and removes the rest, saying so', () => {
    // Lesson 12's convolutional network, made for 28 × 28, moved to the 8 × 8 digits.
    const e = withData({ kind: 'digits' });
    const conv = (filters: number, kernelSize: [number, number]) => ({
      type: 'conv2d' as const,
      filters,
      kernelSize,
      stride: 1,
      padding: 0,
      activation: 'relu' as const,
      init: { name: 'he_uniform' as const },
      bias: true,
    });
    const pool = { type: 'maxpool2d' as const, size: 2, stride: 2 };
    e.model.layers = [
      conv(8, [5, 5]),
      pool,
      conv(16, [3, 3]),
      pool,
      { type: 'dense', units: 24, activation: 'relu', init: { name: 'he_uniform' } },
      { type: 'dense', units: 10, activation: 'softmax', init: { name: 'xavier_uniform' } },
    ];
    // 8 × 8 → 4 × 4 → 2 × 2: the 3 × 3 kernel no longer fits, nor does its pooling.
    expect(dropImageLayers(e)).toEqual({ key: 'notice.imageLayersDropped', vars: { count: 2 } });
    fitModelToData(e);
    expect(e.model.layers.map((l) => l.type)).toEqual(['conv2d', 'maxpool2d', 'dense', 'dense']);
    expect(() => parseExperiment(e)).not.toThrow();
  });
});

describe('fitAugmentToData', () => {
  const augmented = (data: object, augment: object) => {
    const e = withData(data);
    e.training.augment = { jitter: 0, shift: 0, rotate: 0, flip: false, crop: 1, ...augment };
    return e;
  };

  it('leaves augmentation that fits the data alone, and says nothing', () => {
    const e = augmented({ kind: 'fashion_mnist' }, { shift: 2, flip: true });
    expect(fitAugmentToData(e)).toBeNull();
    expect(e.training.augment).toMatchObject({ shift: 2, flip: true });
    expect(fitAugmentToData(withData({ kind: 'moons' }))).toBeNull(); // off stays off
  });

  it('drops the image transforms on points, keeping jitter, and says so', () => {
    const e = augmented({ kind: 'moons' }, { jitter: 0.1, shift: 2, rotate: 10, crop: 0.9 });
    expect(english(fitAugmentToData(e))).toMatch(/^Augmentation now fits the new data/);
    expect(e.training.augment).toEqual({ jitter: 0.1, shift: 0, rotate: 0, flip: false, crop: 1 });
    expect(() => parseExperiment(e)).not.toThrow();
  });

  it('turns augmentation off when nothing of it is left, and says why', () => {
    const e = augmented({ kind: 'spiral' }, { shift: 2, flip: true });
    expect(english(fitAugmentToData(e))).toMatch(/^Augmentation was turned off/);
    expect(e.training.augment).toBeNull();
  });

  it('shrinks a shift to a smaller image and drops a mirror that would change a digit', () => {
    const e = augmented({ kind: 'digits' }, { shift: 10, flip: true, rotate: 5 });
    e.model.inputs = [1, 8, 8];
    fitAugmentToData(e);
    expect(e.training.augment).toMatchObject({ shift: 3, flip: false, rotate: 5 });
  });
});
