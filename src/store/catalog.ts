// What the page offers in its menus, with labels and defaults, read from the document's
// catalogs (spec/catalog): a new optimizer or data set appears here by itself, and the page
// needs no engine code to show its menus.
import { ACTIVATION_CATALOG, ACTIVATION_NAMES } from '../spec/catalog/activations';
import { DATASET_NAMES, dataSetEntry } from '../spec/catalog/datasets';
import { INIT_CATALOG, INIT_NAMES } from '../spec/catalog/initializers';
import { OPTIMIZER_CATALOG, OPTIMIZER_NAMES, optimizerEntry } from '../spec/catalog/optimizers';
import { SCHEDULE_CATALOG, SCHEDULE_NAMES } from '../spec/catalog/schedules';
import {
  CUSTOM_SURFACE,
  CUSTOM_VIEW,
  SURFACE_CATALOG,
  SURFACE_NAMES,
} from '../spec/catalog/surfaces';
import { EXPRESSION_NAMES } from '../spec/expression';

export const DATA_SETS = DATASET_NAMES.map((name) => {
  const { label, task, options, classRange, maxSamples, defaults } = dataSetEntry(name);
  return { name, label, task, options, classRange, maxSamples, defaults };
});

export const ACTIVATION_CHOICES = ACTIVATION_NAMES.map((name) => ({
  name,
  label: ACTIVATION_CATALOG[name].label,
}));

export const INIT_CHOICES = INIT_NAMES.map((name) => ({ name, label: INIT_CATALOG[name].label }));

export const OPTIMIZER_CHOICES = OPTIMIZER_NAMES.map((name) => ({
  name,
  label: OPTIMIZER_CATALOG[name].label,
  defaults: optimizerEntry(name).defaults,
}));

export const SCHEDULE_CHOICES = SCHEDULE_NAMES.map((name) => ({
  name,
  label: SCHEDULE_CATALOG[name].label,
}));

/** The race's surfaces, the typed formula last. */
export const SURFACE_CHOICES = [
  ...SURFACE_NAMES.map((name) => ({ name: name as string, ...SURFACE_CATALOG[name] })),
  {
    name: CUSTOM_SURFACE,
    label: 'Your own f(x, y)',
    formula: '',
    view: CUSTOM_VIEW,
    minima: [] as [number, number][],
  },
];

export { CUSTOM_SURFACE };

/** The names a formula of one's own may use, for its help text. */
export const FORMULA_NAMES = EXPRESSION_NAMES;
