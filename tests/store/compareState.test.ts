import { describe, expect, it } from 'vitest';
import { compareValues, initialCompare, listEntries } from '../../src/store/compareState';

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
});
