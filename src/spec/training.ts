// The `training` block: minibatches and epochs (the contract), plus our extensions: a
// learning-rate schedule stepped per epoch (PyTorch's StepLR, ExponentialLR,
// CosineAnnealingLR), early stopping on the validation loss, L1/L2 penalties and data
// augmentation (augment.ts, checked against the model's inputs and the data).
import {
  at,
  bool,
  get,
  int,
  isRecord,
  num,
  oneOf,
  record,
  reject,
  valueOr,
  type Raw,
} from './check';
import { parseAugment, type AugmentContext } from './augment';
import { SCHEDULE_CATALOG, SCHEDULE_NAMES, type ScheduleName } from './catalog/schedules';
import { DEFAULTS } from './defaults';
import { LIMITS } from './limits';
import type { EarlyStoppingSpec, ScheduleSpec, TrainingSpec } from './types';

const TRAINING_FIELDS = [
  'batchSize',
  'epochs',
  'shuffle',
  'schedule',
  'earlyStopping',
  'l1',
  'l2',
  'augment',
];

export function parseTraining(value: unknown, path: string, context: AugmentContext): TrainingSpec {
  const raw =
    value === undefined ? {} : record(value, path, { owner: 'training', fields: TRAINING_FIELDS });
  const d = DEFAULTS.training;
  // Epochs may be 0: the CLI then reports the untrained network (the contract's --stats).
  const epochs = int(valueOr(raw, 'epochs', d.epochs), at(path, 'epochs'), 0, LIMITS.epochs);
  return {
    batchSize: int(
      valueOr(raw, 'batchSize', d.batchSize),
      at(path, 'batchSize'),
      1,
      LIMITS.batchSize,
    ),
    epochs,
    shuffle: bool(valueOr(raw, 'shuffle', d.shuffle), at(path, 'shuffle')),
    schedule: parseSchedule(valueOr(raw, 'schedule', 'constant'), at(path, 'schedule'), epochs),
    earlyStopping: parseEarlyStopping(
      valueOr(raw, 'earlyStopping', null),
      at(path, 'earlyStopping'),
    ),
    l1: num(valueOr(raw, 'l1', d.l1), at(path, 'l1'), { ge: 0 }),
    l2: num(valueOr(raw, 'l2', d.l2), at(path, 'l2'), { ge: 0 }),
    augment: parseAugment(valueOr(raw, 'augment', null), at(path, 'augment'), context),
  };
}

/** A name ("cosine") or an object ({ "name": "step", "stepSize": 20 }), fields filled in. */
function parseSchedule(value: unknown, path: string, epochs: number): ScheduleSpec {
  const names = SCHEDULE_NAMES;
  let raw: Raw = {};
  let name: ScheduleName;
  if (typeof value === 'string') {
    name = oneOf(value, path, names);
  } else {
    if (!isRecord(value)) {
      reject(path, `a schedule name or an object { name, … } (${names.join(', ')})`, value);
    }
    name = oneOf(get(value, 'name'), at(path, 'name'), names);
    raw = record(value, path, {
      owner: `the ${name} schedule`,
      fields: SCHEDULE_CATALOG[name].fields,
      tag: 'name',
    });
  }
  const d = DEFAULTS.schedules;
  // A decay factor: 1 keeps the rate, 0 would end learning after one period.
  const gamma = (fallback: number) =>
    num(valueOr(raw, 'gamma', fallback), at(path, 'gamma'), { gt: 0, le: 1 });
  const epochCount = (key: string, fallback: number) =>
    int(valueOr(raw, key, fallback), at(path, key), 1, LIMITS.epochs);
  switch (name) {
    case 'constant':
      return { name };
    case 'step':
      return {
        name,
        stepSize: epochCount('stepSize', d.step.stepSize),
        gamma: gamma(d.step.gamma),
      };
    case 'exponential':
      return { name, gamma: gamma(d.exponential.gamma) };
    case 'cosine':
      return {
        name,
        // One half cosine over the whole run; at least 1 so that "epochs": 0 still resolves.
        tMax: epochCount('tMax', Math.max(1, epochs)),
        etaMin: num(valueOr(raw, 'etaMin', d.cosine.etaMin), at(path, 'etaMin'), { ge: 0 }),
      };
  }
}

/** null (off), or { patience, minDelta } with defaults filled in. */
function parseEarlyStopping(value: unknown, path: string): EarlyStoppingSpec | null {
  if (value === null) return null;
  if (!isRecord(value)) reject(path, 'null or an object { patience, minDelta }', value);
  const raw = record(value, path, { owner: 'earlyStopping', fields: ['patience', 'minDelta'] });
  const d = DEFAULTS.earlyStopping;
  return {
    patience: int(valueOr(raw, 'patience', d.patience), at(path, 'patience'), 1, LIMITS.epochs),
    minDelta: num(valueOr(raw, 'minDelta', d.minDelta), at(path, 'minDelta'), { ge: 0 }),
  };
}
