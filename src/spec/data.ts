// The `data` block: a built-in set from the registry (its options, defaults and sizes come
// from its row), or inline samples. Besides the resolved block, returns the facts the model
// and the split are checked against: task, samples, features, classes, target dims.
import {
  classCount,
  dataSetEntry,
  DATASET_NAMES,
  type DataSetEntry,
  type DataSetName,
  type GeneratorOptions,
} from './catalog/datasets';
import {
  at,
  describe,
  fail,
  float32s,
  get,
  int,
  item,
  list,
  num,
  oneOf,
  plural,
  record,
  reject,
  isRecord,
  valueOr,
  type Raw,
} from './check';
import { DEFAULTS } from './defaults';
import { LIMITS } from './limits';
import { parseImageShape, sizeOf, type ImageShape } from './layers/shape';
import { CLASS_LIMIT, dataSize, rangeRefusal } from './refusals';
import type { DataSpec, GeneratedDataSpec, InlineDataSpec, Normalization, Task } from './types';

export interface DataFacts {
  task: Task;
  samples: number;
  features: number;
  /** Classification: the number of classes; regression: 0. */
  classes: number;
  /** Regression: outputs per sample; classification: 0. */
  targetDims: number;
  /** Image data: each sample's [C, H, W] (C·H·W = features). */
  image?: ImageShape;
}

export const NORMALIZATIONS: readonly Normalization[] = ['none', 'standardize', 'minmax'];
const TASKS: readonly Task[] = ['classification', 'regression'];
const OPTION_NAMES: readonly (keyof GeneratorOptions)[] = ['samples', 'noise', 'classes'];
const INLINE_FIELDS = ['task', 'x', 'y', 'normalize', 'classNames', 'shape'];

export function parseData(value: unknown, path: string): { spec: DataSpec; facts: DataFacts } {
  if (!isRecord(value)) reject(path, 'an object', value);
  const kinds = [...DATASET_NAMES, 'inline' as const];
  const kind = oneOf(get(value, 'kind'), at(path, 'kind'), kinds);
  return kind === 'inline' ? parseInline(value, path) : parseBuiltIn(value, path, kind);
}

/**
 * A built-in set. It takes only the options its row lists; the others are fixed by the set
 * (iris has no noise, circle has 2 classes). The resolved block still holds all three,
 * with the set's own values, so a fixed option is accepted when it equals that value: a
 * resolved document then reads back unchanged.
 */
function parseBuiltIn(raw: Raw, path: string, name: DataSetName) {
  const entry = dataSetEntry(name);
  const takes = (option: keyof GeneratorOptions) => entry.options.includes(option);
  const fixed = OPTION_NAMES.filter((option) => !takes(option));
  record(raw, path, {
    owner: `${name} data`,
    fields: [...entry.options, 'normalize'],
    tag: 'kind',
    tolerated: fixed,
  });
  const d = entry.defaults;
  const option = (key: keyof GeneratorOptions) => valueOr(raw, key, d[key]);
  const samples = takes('samples') ? parseSamples(option('samples'), path, name, entry) : d.samples;
  const noise = takes('noise')
    ? num(option('noise'), at(path, 'noise'), { ge: 0, le: LIMITS.noise })
    : d.noise;
  const classes = takes('classes')
    ? parseClasses(option('classes'), path, name, entry)
    : classCount(entry, { samples, noise, classes: d.classes });
  const options: GeneratorOptions = { samples, noise, classes };
  for (const key of fixed) {
    const given = get(raw, key);
    if (given !== undefined && given !== options[key]) {
      const its =
        entry.options.length > 0 ? `its options: ${entry.options.join(', ')}` : 'it has no options';
      fail(at(path, key), `does not apply to ${name} (${its})`);
    }
  }
  const normalize = oneOf(
    valueOr(raw, 'normalize', d.normalize),
    at(path, 'normalize'),
    NORMALIZATIONS,
  );
  const spec: GeneratedDataSpec = { kind: name, samples, noise, classes, normalize };
  const facts: DataFacts = {
    task: entry.task,
    samples,
    features: entry.features,
    classes: classCount(entry, options),
    targetDims: entry.task === 'regression' ? entry.targetDims : 0,
  };
  if (entry.image !== undefined) facts.image = entry.image;
  return { spec, facts };
}

function parseSamples(value: unknown, path: string, name: string, entry: DataSetEntry): number {
  const size = entry.maxSamples;
  if (size !== undefined && size < LIMITS.samples) {
    return int(value, at(path, 'samples'), 1, size, dataSize(name));
  }
  return int(value, at(path, 'samples'), 1, LIMITS.samples);
}

function parseClasses(value: unknown, path: string, name: string, entry: DataSetEntry): number {
  const [low, high] = entry.classRange ?? [2, LIMITS.classes];
  const ok = typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;
  if (!ok) {
    const reason = rangeRefusal(low, high, describe(value));
    reject(at(path, 'classes'), `an integer in [${low}, ${high}] for ${name}`, value, reason);
  }
  return value as number;
}

/** Inline samples: rows of numbers in `x`, class indices or targets in `y`. */
function parseInline(raw: Raw, path: string) {
  record(raw, path, { owner: 'inline data', fields: INLINE_FIELDS, tag: 'kind' });
  const task = oneOf(get(raw, 'task'), at(path, 'task'), TASKS);
  const xPath = at(path, 'x');
  const x = parseRows(get(raw, 'x'), xPath, LIMITS.features, 'features');
  const yPath = at(path, 'y');
  const ys = list(get(raw, 'y'), yPath);
  if (ys.length !== x.length) {
    fail(
      yPath,
      `has ${plural(ys.length, 'entry', 'entries')} but ${xPath} has ${plural(x.length, 'row')}`,
    );
  }
  const normalize = oneOf(
    valueOr(raw, 'normalize', DEFAULTS.inlineNormalize),
    at(path, 'normalize'),
    NORMALIZATIONS,
  );
  const facts: DataFacts = {
    task,
    samples: x.length,
    features: x[0].length,
    classes: 0,
    targetDims: 0,
  };
  let y: number[] | number[][];
  let classNames: string[] | undefined;
  if (task === 'classification') {
    const labels = ys.map((v, i) => int(v, item(yPath, i), 0, LIMITS.classes - 1, CLASS_LIMIT));
    facts.classes = labels.reduce((most, v) => Math.max(most, v + 1), 0);
    if (facts.classes < 2) {
      fail(yPath, 'holds only class 0; classification needs at least 2 classes');
    }
    y = labels;
    const names = get(raw, 'classNames');
    if (names !== undefined) {
      const namesPath = at(path, 'classNames');
      const given = list(names, namesPath, { min: facts.classes, max: facts.classes });
      classNames = given.map((n, i) => {
        if (typeof n !== 'string' || n.length === 0 || n.length > 100) {
          reject(item(namesPath, i), 'a name of 1 to 100 characters', n);
        }
        return n;
      });
    }
  } else if (Array.isArray(ys[0])) {
    y = parseRows(ys, yPath, LIMITS.units, 'targets');
    facts.targetDims = y[0].length;
  } else {
    y = float32s(ys, yPath);
    facts.targetDims = 1;
  }
  const spec: InlineDataSpec = { kind: 'inline', task, x, y, normalize };
  if (classNames !== undefined) spec.classNames = classNames;
  else if (get(raw, 'classNames') !== undefined)
    fail(at(path, 'classNames'), 'is for classification data');
  const shape = get(raw, 'shape');
  if (shape !== undefined) {
    const shapePath = at(path, 'shape');
    const image = parseImageShape(shape, shapePath, LIMITS.features);
    const size = sizeOf(image);
    if (size !== facts.features) {
      fail(
        shapePath,
        `is [${image.join(', ')}], ${size} numbers per image, but each row of ${xPath} has ${facts.features}`,
      );
    }
    spec.shape = [...image];
    facts.image = image;
  }
  return { spec, facts };
}

/** A non-empty array of equal-length, non-empty rows of finite numbers; a fresh copy. */
function parseRows(value: unknown, path: string, maxWidth: number, what: string): number[][] {
  const rows = list(value, path, { min: 1, max: LIMITS.samples, noun: 'rows' });
  let width = 0;
  return rows.map((row, i) => {
    const rowPath = item(path, i);
    const values = list(row, rowPath, { min: 1 });
    if (i === 0) {
      if (values.length > maxWidth) {
        fail(rowPath, `has ${values.length} values; the limit is ${maxWidth} ${what}`);
      }
      width = values.length;
    } else if (values.length !== width) {
      fail(rowPath, `has ${plural(values.length, 'value')} but ${item(path, 0)} has ${width}`);
    }
    return float32s(values, rowPath);
  });
}
