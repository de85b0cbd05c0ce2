// Which field of the search form a validation error is about, by the label the user sees:
// "ranges.lr.min" is "Learning rate from" (also that field's accessible name).
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/dictionaries/en';
import { ja } from '../../../src/ui/i18n/dictionaries/ja';
import { translator } from '../../../src/ui/i18n/translate';
import { boundLabel, fieldLabel } from '../../../src/ui/search/searchFields';

const english = translator('en', en.messages);
const japanese = translator('ja', ja.messages);

describe('the search form field a path names', () => {
  it.each([
    ['ranges.lr.min', 'Learning rate from'],
    ['ranges.lr.max', 'Learning rate to'],
    ['ranges.weightDecay.min', 'Weight decay from'],
    ['ranges.momentum', 'Momentum'],
    ['ranges.dropout.scale', 'Dropout rate'],
    ['ranges.batchSize.values[1]', 'Batch size'],
    ['ranges.optimizer.values', 'Optimizer'],
    ['ranges.hiddenLayers.values[0]', 'Hidden layers (how many)'],
    ['ranges.units', 'Units (every hidden layer)'],
    ['ranges.filters.values', 'Filters (every conv layer)'],
    ['trials', 'Trials'],
    ['epochs', 'Epochs per trial'],
    ['test', 'Test fraction'],
    ['seed', 'Sampling seed'],
  ])('%s is "%s"', (path, label) => {
    expect(fieldLabel(english, path)).toBe(label);
  });

  it('is none for what the form has no one field for', () => {
    expect(fieldLabel(english, 'ranges')).toBeNull();
    expect(fieldLabel(english, 'experiment.validation')).toBeNull();
    expect(fieldLabel(english, 'ranges.l2.min')).toBeNull();
    expect(fieldLabel(english, 'constructor')).toBeNull();
  });

  it('names each bound apart, in Japanese too', () => {
    expect(boundLabel(japanese, 'lr', 'min')).toBe('学習率の下限');
    expect(fieldLabel(japanese, 'ranges.lr.max')).toBe('学習率の上限');
  });
});
