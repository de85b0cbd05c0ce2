// The search form's fields by name: the numeric parameters' labels, and which field a
// validation error is about, read from the path the spec gives it ("ranges.lr.min" is the
// learning rate's From field), so the page can name the field the user sees.
import type { ListParameter, NumericParameter } from '../../store/searchState';
import { SETTING_ROWS } from '../compare/settingRows';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';

export const PARAMETER_LABELS: Record<NumericParameter, MessageKey> = {
  lr: 'param.lr',
  weightDecay: 'param.weightDecay',
  momentum: 'param.momentum',
  dropout: 'param.dropout',
};

/** The fields outside the ranges, by their path in the search document. */
const FIELDS: Record<string, MessageKey> = {
  trials: 'search.trials',
  epochs: 'search.epochs',
  test: 'search.test',
  seed: 'search.seed',
};

/** The lists the form has, by their parameter: batch sizes, hidden layers, units, filters. */
export const LIST_LABELS: Record<ListParameter, MessageKey> = {
  batchSize: SETTING_ROWS.batchSize.label,
  hiddenLayers: SETTING_ROWS.hiddenLayers.label,
  units: SETTING_ROWS.units.label,
  filters: SETTING_ROWS.filters.label,
};

/** The choice ranges the form has, by their parameter. */
const CHOICES: Record<string, MessageKey> = { ...LIST_LABELS, optimizer: 'optim.optimizer' };

/** A range bound's label: "Learning rate from" (the field's own name for screen readers). */
export function boundLabel(t: Translator, name: NumericParameter, bound: 'min' | 'max'): string {
  return t(bound === 'min' ? 'search.from' : 'search.to', { name: t(PARAMETER_LABELS[name]) });
}

/**
 * The label of the field at `path` ("ranges.lr.min", "trials", "ranges.batchSize.values[1]"),
 * or null where the form has no one field for it: the ranges as a whole, the playground's
 * experiment.
 */
export function fieldLabel(t: Translator, path: string): string | null {
  if (Object.hasOwn(FIELDS, path)) return t(FIELDS[path]);
  const range = /^ranges\.(\w+)(?:\.(\w+))?/.exec(path);
  if (range === null) return null;
  const [, name, field] = range;
  if (Object.hasOwn(CHOICES, name)) return t(CHOICES[name]);
  if (!Object.hasOwn(PARAMETER_LABELS, name)) return null;
  const parameter = name as NumericParameter;
  return field === 'min' || field === 'max'
    ? boundLabel(t, parameter, field)
    : t(PARAMETER_LABELS[parameter]);
}
