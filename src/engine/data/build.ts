// Small constructors shared by generators, real sets, inline data and splits, so every
// Dataset is put together (and its sizes derived) in one place.
import type { Dataset } from './dataset';
import { pulse } from '../pulse';

export function classificationSet(
  x: Float32Array,
  labels: Int32Array,
  featureNames: readonly string[],
  classNames: readonly string[],
): Dataset {
  const n = labels.length;
  return {
    task: 'classification',
    n,
    features: featureNames.length,
    x,
    labels,
    classes: classNames.length,
    targets: null,
    targetDims: 0,
    featureNames,
    classNames,
  };
}

export function regressionSet(
  x: Float32Array,
  targets: Float32Array,
  targetDims: number,
  featureNames: readonly string[],
): Dataset {
  return {
    task: 'regression',
    n: targetDims > 0 ? targets.length / targetDims : 0,
    features: featureNames.length,
    x,
    labels: null,
    classes: 0,
    targets,
    targetDims,
    featureNames,
    classNames: [],
  };
}

/** The samples at `rows`, in that order, as a new Dataset (copies; the source is untouched). */
export function selectRows(ds: Dataset, rows: ArrayLike<number>): Dataset {
  const f = ds.features;
  const x = new Float32Array(rows.length * f);
  for (let i = 0; i < rows.length; i++) {
    pulse(); // a large image set copies megabytes here
    x.set(ds.x.subarray(rows[i] * f, rows[i] * f + f), i * f);
  }
  if (ds.labels) {
    const labels = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) labels[i] = ds.labels[rows[i]];
    return { ...ds, n: rows.length, x, labels };
  }
  const d = ds.targetDims;
  const source = ds.targets ?? new Float32Array(0);
  const targets = new Float32Array(rows.length * d);
  for (let i = 0; i < rows.length; i++) {
    targets.set(source.subarray(rows[i] * d, rows[i] * d + d), i * d);
  }
  return { ...ds, n: rows.length, x, targets };
}

/** ["x1", "x2", …]: the names TF Playground gives its inputs. */
export function inputNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `x${i + 1}`);
}
