import { describe, expect, it } from 'vitest';
import { defaultExperiment, parseCompare } from '../../src/spec';
import {
  compareValues,
  formChoices,
  initialCompare,
  listEntries,
} from '../../src/store/compareState';

describe('the compare form', () => {
  it('reads typed lists as numbers, keeping what is not one for validation to quote', () => {
    expect(listEntries('0.001, 0.01 ;0.1  1e-4')).toEqual([0.001, 0.01, 0.1, 1e-4]);
    expect(listEntries('1, fast, ')).toEqual([1, 'fast']);
    expect(listEntries('')).toEqual([]);
  });

  it('gives the document its values for each setting', () => {
    const c = initialCompare().choices;
    expect(compareValues('optimizer', c)).toEqual(['sgd', 'momentum', 'rmsprop', 'adam']);
    expect(compareValues('initializer', c)).toEqual([
      { name: 'normal', std: 0.01 },
      'xavier_normal',
      'he_normal',
    ]);
    expect(compareValues('batchNorm', c)).toEqual([false, true]);
    expect(compareValues('lr', c)).toEqual([0.001, 0.01, 0.1, 1]);
  });

  it('offers the architecture as typed lists, with defaults that run on the playground', () => {
    const c = initialCompare().choices;
    expect(compareValues('hiddenLayers', c)).toEqual([1, 2, 3]);
    expect(compareValues('units', c)).toEqual([8, 32, 128]);
    expect(compareValues('filters', c)).toEqual([4, 8, 16]);
    // The default experiment (three hidden layers of 16, no convolution).
    const experiment = defaultExperiment();
    for (const vary of ['hiddenLayers', 'units'] as const) {
      const spec = parseCompare({ version: 1, experiment, vary, values: compareValues(vary, c) });
      expect(spec.values).toEqual(compareValues(vary, c));
    }
  });

  it("shows a document's architecture values in the form, as typed", () => {
    const c = initialCompare().choices;
    expect(formChoices('hiddenLayers', [0, 2, 4], c)).toEqual({ ...c, hiddenLayers: '0, 2, 4' });
    expect(formChoices('units', [64], c)?.units).toBe('64');
  });
});

describe('the compare form of augmentations', () => {
  it('starts from no augmentation, the run the others are measured against', () => {
    expect(compareValues('augment', initialCompare().choices)).toEqual([null]);
  });

  it("shows a document's augmentations in the form (a lesson's), to run or prune", () => {
    const c = initialCompare().choices;
    const on = { jitter: 0.1, shift: 0, rotate: 0, flip: false, crop: 1 };
    expect(formChoices('augment', [null, on], c)).toEqual({ ...c, augment: [null, on] });
  });
});
