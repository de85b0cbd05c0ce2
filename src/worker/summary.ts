// The data as the page shows it: a sample of the raw points of each part with their labels,
// the plotting window, the fitted normalisation and the model's size.
import { DATASET_CATALOG, isDataSetName } from '../spec/catalog/datasets';
import type { Dataset } from '../engine/data/dataset';
import type { PreparedData } from '../engine/prepare';
import type { DataSummary } from '../spec/protocol/training';
import { isImage } from '../spec/layers';
import type { Experiment } from '../spec/types';

/** Points plotted per part: enough to see the shape, few enough to draw at 60 fps. */
export const POINT_LIMIT = 2000;

export function dataSummary(
  experiment: Experiment,
  data: PreparedData,
  parameters: number,
): DataSummary {
  const { train, validation } = data.raw;
  const [trainPoints, trainLabels] = points(train);
  const [validationPoints, validationLabels] = validation
    ? points(validation)
    : [new Float32Array(0), new Float32Array(0)];
  return {
    task: train.task,
    features: train.features,
    featureNames: train.featureNames,
    classes: train.classes,
    classNames: train.classNames,
    trainCount: train.n,
    validationCount: validation?.n ?? 0,
    trainPoints,
    validationPoints,
    trainLabels,
    validationLabels,
    view: train.features <= 2 ? viewOf(experiment, train) : null,
    normalization: {
      mode: data.normalizer.mode,
      offset: data.normalizer.offset,
      scale: data.normalizer.scale,
    },
    parameters,
    image: isImage(experiment.model.inputs) ? experiment.model.inputs : null,
    // Once, here: every picture of a sample (and a drawing) is painted on this scale.
    pixelRange: isImage(experiment.model.inputs)
      ? rangeOf(train.x, train.n * train.features)
      : null,
  };
}

function points(ds: Dataset): [Float32Array, Float32Array] {
  const n = Math.min(ds.n, POINT_LIMIT);
  const x = ds.x.slice(0, n * ds.features);
  const labels = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] = ds.labels !== null ? ds.labels[i] : ds.targets![i * ds.targetDims];
  }
  return [x, labels];
}

/**
 * The window of each input axis: a generated set's own frame (the same whatever its noise
 * and seed), or a square around the data with a 10% margin.
 */
export function viewOf(experiment: Experiment, train: Dataset): [number, number] {
  const kind = experiment.data.kind;
  const frame = isDataSetName(kind) ? DATASET_CATALOG[kind].view : undefined;
  if (frame !== undefined) return [frame[0], frame[1]];
  const [lo, hi] = rangeOf(train.x, train.n * train.features);
  if (!(hi > lo)) return [lo - 1, lo + 1];
  const margin = (hi - lo) * 0.1;
  return [lo - margin, hi + margin];
}

/** The smallest and largest of the first `count` values. */
export function rangeOf(values: ArrayLike<number>, count: number): [number, number] {
  let lo = Infinity,
    hi = -Infinity;
  for (let i = 0; i < count; i++) {
    lo = Math.min(lo, values[i]);
    hi = Math.max(hi, values[i]);
  }
  return [lo, hi];
}
