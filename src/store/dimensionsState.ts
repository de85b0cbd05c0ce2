// PCA's and the curse of dimensionality's part of the store (their actions are
// dimensions.ts): which set PCA projects and what the worker answered, and the curse's chart
// on the playground's data, or on the moons when that data is not a 2-input classification.
import { DATASET_CATALOG, dataSetEntry, isDataSetName } from '../spec/catalog/datasets';
import { DEFAULTS } from '../spec/defaults';
import type { Message } from '../spec/message';
import type { CursePoint, CurseRequest, PcaResult } from '../spec/protocol/classic';
import { defaultExperiment } from '../spec/experiment';
import type { DataSpec, Experiment, InlineDataSpec } from '../spec/types';

/** The sets PCA offers: the real ones, whose many features two components must summarise. */
export const PCA_SETS = ['digits', 'wine', 'iris', 'breast_cancer', 'fashion_mnist'] as const;
export type PcaSet = (typeof PCA_SETS)[number];

/** PCA's picture does not follow the playground: one seed, the same picture on every visit. */
export const PCA_SEED = DEFAULTS.seed;

/** From the data as it is to 500 dimensions, about evenly spaced on the chart's log axis. */
export const CURSE_DIMENSIONS = [2, 5, 10, 20, 50, 100, 200, 500];

/** kNN's k on the curse's chart: scikit-learn's default, as the classifiers' kNN. */
export const CURSE_K = 5;

export interface PcaState {
  /** The set chosen. */
  set: PcaSet;
  /** The answer for `shown`; null before the first. */
  result: PcaResult | null;
  shown: PcaSet | null;
  /** Counts the requests made: an answer for an earlier one is dropped. */
  request: number;
  computing: boolean;
  error: Message | null;
}

/** Whose data the curse is measured on. */
export type CurseSource = 'playground' | 'moons';

export interface CurseState {
  /** What the chart shown was computed for (the request, as JSON); '' before the first. */
  key: string;
  source: CurseSource;
  points: CursePoint[] | null;
  request: number;
  computing: boolean;
  error: Message | null;
}

export interface DimensionsState {
  pca: PcaState;
  curse: CurseState;
}

export function initialDimensions(): DimensionsState {
  return {
    pca: { set: 'digits', result: null, shown: null, request: 0, computing: false, error: null },
    curse: {
      key: '',
      source: 'playground',
      points: null,
      request: 0,
      computing: false,
      error: null,
    },
  };
}

/** The `data` of a set with its own defaults (its size, its normalisation), as the playground
 *  would make it. */
export function pcaData(set: PcaSet): DataSpec {
  return { kind: set, ...DATASET_CATALOG[set].defaults };
}

/** Whether the experiment's data is a classification with two inputs (the curse's kind). */
export function isPlaneClassification(data: DataSpec): boolean {
  if (data.kind === 'inline') {
    // A generated set's kind is any string, so the compiler cannot narrow on 'inline'.
    const inline = data as InlineDataSpec;
    return inline.task === 'classification' && inline.x[0]?.length === 2;
  }
  if (!isDataSetName(data.kind)) return false;
  const entry = dataSetEntry(data.kind);
  return entry.task === 'classification' && entry.features === 2;
}

/**
 * The curse's request: the playground's experiment when its data is a 2-input classification,
 * else the page's first experiment (whose network takes two inputs and two classes) on the
 * moons with their defaults and the playground's seed. The distances are measured from the
 * validation points, so data without a validation part gets the usual fifth.
 */
export function curseRequest(experiment: Experiment): {
  request: CurseRequest;
  source: CurseSource;
} {
  const source: CurseSource = isPlaneClassification(experiment.data) ? 'playground' : 'moons';
  const base =
    source === 'playground'
      ? experiment
      : {
          ...defaultExperiment(),
          data: { kind: 'moons', ...DATASET_CATALOG.moons.defaults },
          seed: experiment.seed,
        };
  const validation = base.validation > 0 ? base.validation : DEFAULTS.validation;
  return {
    // The network's weights play no part: none are sent.
    request: {
      experiment: { ...base, validation, params: null },
      dimensions: CURSE_DIMENSIONS,
      k: CURSE_K,
    },
    source,
  };
}
