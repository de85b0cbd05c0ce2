// The real data sets, shipped as public/datasets/<name>.json (written by
// scripts/convert-datasets.ts from scikit-learn's copies of the UCI files). The file format,
// version 1, is one JSON object:
//
//   {
//     "format": "descent-dataset/1",
//     "name": "iris", "title": "…", "source": "…", "license": "…",   (strings, for people)
//     "featureNames": ["sepal length (cm)", …],                      (one per feature)
//     "classNames": ["setosa", "versicolor", "virginica"],           (one per class)
//     "x": [[5.1, 3.5, 1.4, 0.2], …],                                (one row per sample)
//     "y": [0, 0, …]                                                 (class index per sample)
//   }
//
// Numbers are the source's values written as the shortest JSON number that reads back to the
// same double. The catalog's row holds each set's shape so validation can check options
// without reading the file; loading checks the file against it.
import type { Dataset, DataSetEntry, DatasetFileReader } from './dataset';
import type { Rng } from '../random';
import { classificationSet, selectRows } from './build';

export const DATASET_FORMAT = 'descent-dataset/1';

/** What the registry knows about a real set before reading its file. */
export interface RealSetShape {
  /** Samples in the file. */
  readonly size: number;
  readonly features: number;
  readonly classes: number;
}

/** The registry's loader of the real set stored in `<name>.json`. */
export function realSet(name: string, shape: RealSetShape): DataSetEntry['load'] {
  return async (options, rng, read) => {
    const file = `${name}.json`;
    const full = parseDatasetFile(decodeText(await readBytes(read, file), file), file, shape);
    return subsample(full, options.samples, rng);
  };
}

/** The bytes of a shipped file; a failed read names the file. */
export async function readBytes(read: DatasetFileReader, file: string): Promise<Uint8Array> {
  try {
    return await read(file);
  } catch (e) {
    throw new Error(`cannot read data set file ${file}: ${e instanceof Error ? e.message : e}`, {
      cause: e,
    });
  }
}

function decodeText(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw new Error(`${file} is not UTF-8 text`, { cause: e });
  }
}

/** Parses and checks a data set file; every problem is an Error naming the file and field. */
export function parseDatasetFile(text: string, file: string, shape: RealSetShape): Dataset {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} is not valid JSON (${e instanceof Error ? e.message : e})`, {
      cause: e,
    });
  }
  const fail: (what: string) => never = (what) => {
    throw new Error(`${file}: ${what}`);
  };
  if (!isRecord(doc)) fail('not a JSON object');
  const d = doc;
  const { size, features, classes } = shape;
  if (d.format !== DATASET_FORMAT) fail(`format must be "${DATASET_FORMAT}"`);
  if (!isStringList(d.featureNames, features)) fail(`featureNames must be ${features} strings`);
  if (!isStringList(d.classNames, classes)) fail(`classNames must be ${classes} strings`);
  if (!Array.isArray(d.x) || d.x.length !== size) fail(`x must hold ${size} rows`);
  if (!Array.isArray(d.y) || d.y.length !== size) fail(`y must hold ${size} labels`);
  const x = new Float32Array(size * features);
  const labels = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const row: unknown = d.x[i];
    if (!isNumberRow(row, features)) fail(`x[${i}] must be a list of ${features} finite numbers`);
    x.set(row, i * features);
    const y: unknown = d.y[i];
    if (!isClassIndex(y, classes)) fail(`y[${i}] must be a class index from 0 to ${classes - 1}`);
    labels[i] = y;
  }
  return classificationSet(x, labels, d.featureNames, d.classNames);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown, length: number): v is string[] =>
  Array.isArray(v) && v.length === length && v.every((s) => typeof s === 'string');
const isNumberRow = (v: unknown, length: number): v is number[] =>
  Array.isArray(v) && v.length === length && v.every((n) => Number.isFinite(n));
const isClassIndex = (v: unknown, classes: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < classes;

/**
 * `samples` of the rows, drawn without replacement with the rng and kept in file order (a
 * validation split permutes them anyway); all rows, untouched, when samples ≥ n.
 */
export function subsample(ds: Dataset, samples: number, rng: Rng): Dataset {
  const rows = subsampleRows(ds.n, samples, rng);
  return rows === null ? ds : selectRows(ds, rows);
}

/** The rows `subsample` keeps, ascending; null (every row) when samples ≥ n. */
export function subsampleRows(n: number, samples: number, rng: Rng): Int32Array | null {
  if (samples >= n) return null;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // The first `samples` steps of a Fisher–Yates shuffle: a uniform random subset.
  for (let i = 0; i < samples; i++) {
    const j = i + rng.int(n - i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.subarray(0, samples).sort();
}
