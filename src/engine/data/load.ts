// From the experiment's `data` block to a Dataset: a registry set (generator or real file)
// drawn from the seed's 'data' stream, or inline samples copied from the document.
import { LIMITS } from '../../spec/limits';
import type { DataSpec, GeneratedDataSpec, InlineDataSpec } from '../../spec/types';
import { Rng } from '../random';
import { classificationSet, inputNames, regressionSet } from './build';
import type { Dataset, DataSetEntry, DatasetFileReader, GeneratorOptions } from './dataset';
import { DATASETS } from './registry';

export async function loadDataset(
  spec: DataSpec,
  seed: number,
  read: DatasetFileReader,
): Promise<Dataset> {
  if (spec.kind === 'inline') return inlineDataset(spec as InlineDataSpec);
  const entry = Object.hasOwn(DATASETS, spec.kind) ? DATASETS[spec.kind] : undefined;
  if (!entry) throw new Error(`data.kind: unknown data set "${spec.kind}"`);
  const options = generatorOptions(entry, spec as GeneratedDataSpec);
  return entry.load(options, Rng.stream(seed, 'data'), read);
}

/**
 * The options the set takes, from the spec, and its defaults for the others. The spec layer
 * validates the values; they are checked again because a bad count would otherwise make a
 * typed array throw a RangeError far from the cause (or, for classes, give NaN labels).
 */
function generatorOptions(entry: DataSetEntry, spec: GeneratedDataSpec): GeneratorOptions {
  const pick = (key: keyof GeneratorOptions) =>
    entry.options.includes(key) ? spec[key] : entry.defaults[key];
  const options = { samples: pick('samples'), noise: pick('noise'), classes: pick('classes') };
  if (!Number.isInteger(options.samples) || options.samples < 1) {
    throw new Error('data.samples must be a positive integer');
  }
  if (!(options.noise >= 0 && Number.isFinite(options.noise))) {
    throw new Error('data.noise must be a finite number ≥ 0');
  }
  const [low, high] = entry.classRange ?? [options.classes, options.classes];
  if (!Number.isInteger(options.classes) || options.classes < low || options.classes > high) {
    throw new Error(`data.classes must be an integer from ${low} to ${high}`);
  }
  return options;
}

/** Guards against allocating a name per class for a typo such as a label of 1e9. */
const MAX_INLINE_CLASSES = LIMITS.classes;

/**
 * Inline data: classification labels are class indices (classes = largest + 1, named "0",
 * "1", …); regression targets are numbers (one output) or equal-length arrays of numbers.
 */
export function inlineDataset(spec: InlineDataSpec): Dataset {
  const n = spec.x.length;
  if (n === 0) throw new Error('data.x must hold at least one sample');
  if (spec.y.length !== n) throw new Error(`data.y must hold ${n} entries, one per row of data.x`);
  const features = spec.x[0].length;
  const x = new Float32Array(n * features);
  spec.x.forEach((row, i) => {
    if (row.length !== features) throw new Error(`data.x[${i}] must hold ${features} numbers`);
    row.forEach((v, j) => (x[i * features + j] = finite(v, `data.x[${i}][${j}]`)));
  });
  const names = inputNames(features);
  if (spec.task === 'classification') {
    const labels = Int32Array.from(spec.y as unknown[], (v, i) => classIndex(v, i));
    const classes = labels.reduce((m, v) => Math.max(m, v), 0) + 1;
    if (classes > MAX_INLINE_CLASSES) {
      throw new Error(
        `data.y: at most ${MAX_INLINE_CLASSES} classes (largest index ${classes - 1})`,
      );
    }
    return classificationSet(x, labels, names, spec.classNames ?? indexNames(classes));
  }
  const first = spec.y[0];
  const dims = Array.isArray(first) ? first.length : 1;
  if (dims === 0) throw new Error('data.y[0] must hold at least one number');
  const targets = new Float32Array(n * dims);
  spec.y.forEach((v, i) => {
    const row = Array.isArray(v) ? v : [v];
    if (row.length !== dims || Array.isArray(v) !== Array.isArray(first)) {
      throw new Error(
        `data.y[${i}] must be ${Array.isArray(first) ? `${dims} numbers` : 'a number'}`,
      );
    }
    row.forEach((t, j) => (targets[i * dims + j] = finite(t, `data.y[${i}]`)));
  });
  return regressionSet(x, targets, dims, names);
}

function finite(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new Error(`${field} must be a finite number`);
  }
  return v;
}

function classIndex(v: unknown, i: number): number {
  if (!Number.isInteger(v) || (v as number) < 0) {
    throw new Error(`data.y[${i}] must be a class index (an integer ≥ 0)`);
  }
  return v as number;
}

function indexNames(count: number): string[] {
  return Array.from({ length: count }, (_, c) => String(c));
}
