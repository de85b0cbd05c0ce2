// The menu entries that come from the engine's tables, as dictionary keys (`kind.name`),
// and the built-in sets' class names (classNames.ts): English shows the engine's own labels;
// every other language must have these keys.
import {
  ACTIVATION_CHOICES,
  DATA_SETS,
  INIT_CHOICES,
  OPTIMIZER_CHOICES,
  SCHEDULE_CHOICES,
  SURFACE_CHOICES,
} from '../../store/catalog';
import { CLASS_NAMES, NUMBERED_CLASS_NAMES } from './classNames';

export const CATALOG_LABELS: { key: string; english: string }[] = [
  ...OPTIMIZER_CHOICES.map((c) => ({ key: `optimizer.${c.name}`, english: c.label })),
  ...ACTIVATION_CHOICES.map((c) => ({ key: `activation.${c.name}`, english: c.label })),
  ...INIT_CHOICES.map((c) => ({ key: `init.${c.name}`, english: c.label })),
  ...SCHEDULE_CHOICES.map((c) => ({ key: `schedule.${c.name}`, english: c.label })),
  ...DATA_SETS.map((c) => ({ key: `dataset.${c.name}`, english: c.label })),
  ...SURFACE_CHOICES.map((c) => ({ key: `surface.${c.name}`, english: c.label })),
  ...CLASS_NAMES.map((name) => ({ key: `class.${name}`, english: name })),
  ...Object.entries(NUMBERED_CLASS_NAMES).map(([word, english]) => ({
    key: `class.${word}`,
    english,
  })),
];
