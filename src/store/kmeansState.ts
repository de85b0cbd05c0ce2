// k-means' part of the store (its actions are kmeans.ts): the k and seed the page edits, and
// the worker's session on the playground's training data: the data as drawn and both runs,
// the random start and k-means++'s, after their last step. Kept apart from the actions so
// that store.ts can build its initial state without importing the module that imports it.
import { KMEANS_MAX_K } from '../spec/classicRequests';
import type { Message } from '../spec/message';
import type { KMeansData, KMeansPicture } from '../spec/protocol/classic';
import type { DataSummary } from '../spec/protocol/training';
import type { Experiment } from '../spec/types';

/** k from 1 (the whole set is one cluster) to 16: more than the 10 classes of the largest
 *  sets here, and each cluster a style of its own on the picture (clustering/marks.ts). */
export const K_RANGE = [1, KMEANS_MAX_K] as const;

/** k without a class count to follow (a regression): a few clusters to look at. */
export const DEFAULT_K = 3;

/** Play's pace: one step every 400 ms, slow enough to read the line that says what it did. */
export const PLAY_MS = 400;

export interface KMeansState {
  /** The k chosen on the page; null follows the data's class count (kmeansK). */
  k: number | null;
  /** Seeds both starts' draws: the same seed gives the same steps. */
  seed: number;
  /** Counts the sessions started: an answer for an earlier one is dropped. */
  session: number;
  /** What the session shown was started for (kmeansKey); '' before the first. */
  key: string;
  /** The k it was started with (the pictures count its centroids against it). */
  sessionK: number;
  /** The points as the page draws them; null before the worker answers. */
  data: KMeansData | null;
  /** The random start and k-means++'s, in KMEANS_STARTS' order; null before the answer. */
  runs: KMeansPicture[] | null;
  /** A start or a step is awaited: no other step is asked for meanwhile. */
  busy: boolean;
  playing: boolean;
  /** Why the worker could not start or step (a regression, too many points, it crashed). */
  error: Message | null;
}

export function initialKMeans(): KMeansState {
  return {
    k: null,
    seed: 1,
    session: 0,
    key: '',
    sessionK: DEFAULT_K,
    data: null,
    runs: null,
    busy: false,
    playing: false,
    error: null,
  };
}

/** The k in force: the one chosen, else the data's class count (blobs: its blobs), else 3. */
export function kmeansK(chosen: number | null, data: DataSummary | null): number {
  if (chosen !== null) return chosen;
  const classes = data?.classNames.length ?? 0;
  return classes > 0 ? Math.min(classes, K_RANGE[1]) : DEFAULT_K;
}

/** A typed k as a whole number within K_RANGE (30 becomes 20; 2.6, 3). */
export function clampK(value: number): number {
  if (!Number.isFinite(value)) return K_RANGE[0];
  return Math.min(K_RANGE[1], Math.max(K_RANGE[0], Math.round(value)));
}

/** What a session depends on: the data's making (set, seed, split, normalisation), k, seed. */
export function kmeansKey(experiment: Experiment, k: number, seed: number): string {
  const { data, validation } = experiment;
  return JSON.stringify({ data, dataSeed: experiment.seed, validation, k, seed });
}

/** Both runs have converged: no step changes anything any more. */
export function allConverged(runs: readonly KMeansPicture[] | null): boolean {
  return runs !== null && runs.every((run) => run.phase === 'converged');
}
