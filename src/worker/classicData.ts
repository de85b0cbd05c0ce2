// What every job of the classic-methods worker shares: the playground's data, prepared as
// its run prepares it (the same split and normalisation) and kept for the next job on the
// same data (runData.ts's cache), the refusals the methods have in common, and the way back
// from the normalised space the methods work in to the raw coordinates the page draws in.
import type { Dataset, DatasetFileReader } from '../engine/data/dataset';
import type { Normalizer } from '../engine/data/normalize';
import type { PreparedData } from '../engine/prepare';
import { CLASSIC_TRAIN_LIMIT } from '../spec/protocol/classic';
import type { Experiment } from '../spec/types';
import { PreparedDataCache } from './runData';

export class ClassicData {
  private readonly cache: PreparedDataCache;

  constructor(read: DatasetFileReader) {
    this.cache = new PreparedDataCache(read);
  }

  /** `experiment`'s training and validation parts; a refit on the same data reuses them. */
  get(experiment: Experiment): Promise<PreparedData> {
    return this.cache.get(experiment, 0);
  }
}

/** The training part's labels; a regression is refused, saying why. */
export function classLabels(data: PreparedData): Int32Array {
  if (data.train.labels === null) {
    throw new Error('the classic methods here classify: this data set is a regression');
  }
  return data.train.labels;
}

/** Refuses data that is not 2-input, saying why it must be. */
export function twoInputs(data: PreparedData, why: string): void {
  const f = data.train.features;
  if (f !== 2) throw new Error(`${why}: this data set has ${f} inputs, not 2`);
}

/** Why a method refuses a large training part (CLASSIC_TRAIN_LIMIT). */
const COST = {
  knn: 'kNN compares every point it classifies with every training point',
  svm: 'the SVM keeps its whole kernel matrix, a number for every pair of training points',
};

/** Refuses a training part larger than CLASSIC_TRAIN_LIMIT, naming both sizes and the way out. */
export function checkTrainSize(method: keyof typeof COST, n: number): void {
  if (n <= CLASSIC_TRAIN_LIMIT) return;
  throw new Error(
    `${COST[method]}: it takes at most ${CLASSIC_TRAIN_LIMIT} training samples, and this training part has ${n} (choose fewer samples for the data set)`,
  );
}

/**
 * Numbers kNN may read to judge a fit: every training and validation sample against every
 * training point, each a row of `features`. Measured at about 1.8 ns a number here, 2·10⁹
 * is some 4 s: Fashion-MNIST's default 6000 images would be 2.3·10¹⁰, over 40 s, with the
 * view's other sections waiting behind it in the one worker.
 */
export const KNN_WORK_LIMIT = 2e9;

/** Refuses a kNN fit that would read more than KNN_WORK_LIMIT numbers, saying how many samples fit. */
export function checkKnnWork(train: number, judged: number, features: number): void {
  const work = train * judged * features;
  if (work <= KNN_WORK_LIMIT) return;
  // Samples scale both sides: the largest count whose work fits, at the same split.
  const fits = Math.floor(judged * Math.sqrt(KNN_WORK_LIMIT / work));
  throw new Error(
    `kNN compares each of the ${judged} samples it judges with each of the ${train} training samples, ${features} numbers each: ${work.toExponential(1)} numbers, more than the ${KNN_WORK_LIMIT.toExponential(0)} it reads here in a few seconds (choose at most about ${fits} samples for the data set)`,
  );
}

/**
 * Numbers the SVMs may read filling their kernel matrices: n² per SVM, each pair of rows of
 * `features`; one SVM per pair of classes on more than two, each on its two classes' points,
 * about 2(K − 1)/K · n² in all. Measured here: 1.0 s for the digits (2.4·10⁸), 9 s for 1500
 * Fashion-MNIST images (2.0·10⁹); 10⁹ is some 4 s.
 */
export const SVM_WORK_LIMIT = 1e9;

/** Refuses SVMs that would fill more than SVM_WORK_LIMIT numbers, saying how many samples fit. */
export function checkSvmWork(train: number, total: number, classes: number, features: number) {
  const share = classes > 2 ? (2 * (classes - 1)) / classes : 1;
  const work = share * train * train * features;
  if (work <= SVM_WORK_LIMIT) return;
  const fits = Math.floor(total * Math.sqrt(SVM_WORK_LIMIT / work));
  throw new Error(
    `the SVM${classes > 2 ? 's' : ''} would compare ${train} training samples pairwise, ${features} numbers each${classes > 2 ? `, in one SVM per pair of the ${classes} classes` : ''}: ${work.toExponential(1)} numbers, more than the ${SVM_WORK_LIMIT.toExponential(0)} they fill here in a few seconds (choose at most about ${fits} samples for the data set)`,
  );
}

/** Rows `rows` of a 2-input set (its own numbers, nothing recomputed). */
export function rawPairs(raw: Dataset, rows: readonly number[]): Float32Array {
  const out = new Float32Array(rows.length * 2);
  rows.forEach((r, i) => out.set(raw.x.subarray(2 * r, 2 * r + 2), 2 * i));
  return out;
}

/** Rows of d normalised numbers back in raw units: x = x′·scale + offset, per feature. */
export function rawValues(values: Float64Array, normalizer: Normalizer): Float32Array {
  const { offset, scale } = normalizer;
  const d = offset.length;
  return Float32Array.from(values, (v, i) => v * scale[i % d] + offset[i % d]);
}

/** A 2-input set's point in the normalised coordinates its classifier works in (float64). */
export function normalisedPoint(point: [number, number], normalizer: Normalizer): Float64Array {
  const { offset, scale } = normalizer;
  return Float64Array.of((point[0] - offset[0]) / scale[0], (point[1] - offset[1]) / scale[1]);
}
