// What the page offers in its menus, with labels and defaults, read from the engine's own
// tables (labels and defaults live beside the implementation), so the UI never imports the
// engine and a new optimizer or data set appears here by itself.
import { ACTIVATIONS } from '../engine/activations';
import { CUSTOM_SURFACE, CUSTOM_VIEW as expressionSurfaceView } from '../engine/customSurface';
import { EXPRESSION_NAMES } from '../engine/expression';
import { DATASETS } from '../engine/data/registry';
import { INITIALIZERS } from '../engine/initializers';
import { OPTIMIZERS } from '../engine/optimizers';
import { SCHEDULE_LABELS } from '../engine/schedules';
import { SURFACES } from '../engine/surfaces';
import type { ActivationName, InitName, OptimizerName, ScheduleSpec } from '../spec/types';

export const DATA_SETS = Object.entries(DATASETS).map(([name, entry]) => ({
  name,
  label: entry.label,
  task: entry.task,
  options: entry.options,
  classRange: entry.classRange,
  maxSamples: entry.maxSamples,
  defaults: entry.defaults,
}));

export const ACTIVATION_CHOICES = (Object.keys(ACTIVATIONS) as ActivationName[]).map((name) => ({
  name,
  label: ACTIVATIONS[name].label,
}));

export const INIT_CHOICES = (Object.keys(INITIALIZERS) as InitName[]).map((name) => ({
  name,
  label: INITIALIZERS[name].label,
}));

export const OPTIMIZER_CHOICES = (Object.keys(OPTIMIZERS) as OptimizerName[]).map((name) => ({
  name,
  label: OPTIMIZERS[name].label,
  defaults: OPTIMIZERS[name].defaults,
}));

export const SCHEDULE_CHOICES = (Object.keys(SCHEDULE_LABELS) as ScheduleSpec['name'][]).map(
  (name) => ({ name, label: SCHEDULE_LABELS[name] }),
);

/** The race's surfaces, the typed formula last. */
export const SURFACE_CHOICES = [
  ...Object.entries(SURFACES).map(([name, s]) => ({
    name,
    label: s.label,
    formula: s.formula,
    view: s.view,
    minima: s.minima,
  })),
  {
    name: CUSTOM_SURFACE,
    label: 'Your own f(x, y)',
    formula: '',
    view: expressionSurfaceView,
    minima: [] as [number, number][],
  },
];

export { CUSTOM_SURFACE };

/** The names a formula of one's own may use, for its help text. */
export const FORMULA_NAMES = EXPRESSION_NAMES;
