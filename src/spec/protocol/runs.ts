// What the page and the run workers exchange (worker/run.worker.ts): compare variants and
// search trials are each one run of one experiment, trained to its end in a worker of the
// pool (worker/pool.ts) and streamed back epoch by epoch.
import type { Message } from '../message';
import type { DiagnosisName } from './diagnosis';
import type { Experiment, LayerParams } from '../types';
import type { RunStatus } from './runStatus';
import type { LayerStatistics } from './statistics';
import type { EpochPoint } from './training';

export interface RunRequest {
  /**
   * The data comes from this experiment (its data block, seed, validation and
   * normalisation), prepared once per worker and shared by every run with the same base:
   * all variants of a compare see the same data.
   */
  base: Experiment;
  /** What trains: the variant or the trial (epochs included). */
  experiment: Experiment;
  /** A search's held-out fraction, carved out before the validation split (0: none). */
  test: number;
  /** Layer statistics (histograms) with the epoch updates, at most this often (ms); 0: never. */
  statisticsMs: number;
  /** Send the trained parameters with the final update (a search keeps its best network's). */
  keepParams: boolean;
}

/** An update with nothing new but its status (queued, cancelled before it started, failed). */
export function statusUpdate(status: RunStatus, message: Message | null = null): RunUpdate {
  return { status, epochs: [], layers: null, summary: null, params: null, message, diagnoses: [] };
}

/**
 * One message from a run: what is new since the previous one. A run sends 'queued' (from
 * the pool), then 'running' (from its worker, before the data is ready), then updates with
 * new epochs, then exactly one final update (see isFinalStatus).
 */
export interface RunUpdate {
  status: RunStatus;
  /** Epochs finished since the last update. */
  epochs: EpochPoint[];
  /** The latest layer statistics, when due (see RunRequest.statisticsMs). */
  layers: LayerStatistics[] | null;
  /**
   * With the final update of a run that trained: 'finished', 'diverged', and 'cancelled' (its
   * epochs so far). Null for 'failed' and for a run cancelled before its data was ready.
   */
  summary: RunSummary | null;
  /** With the final 'finished' update of a run that asked for them. */
  params: LayerParams[] | null;
  /**
   * Why it failed, diverged or stopped early: a message key (`run.…` as on the playground,
   * or `pool.…` for what only the pool meets) and its values, so the page says it in its own
   * language. An error's own text (the engine's, in English) travels as the value {message}.
   */
  message: Message | null;
  /** What the coach found since the last update (engine/coach), each diagnosis once a run. */
  diagnoses: DiagnosisName[];
}

export interface RunSummary {
  epochs: number;
  /** The best epoch by validation accuracy, else validation loss, else training loss. */
  best: { metric: 'valAccuracy' | 'valLoss' | 'loss'; value: number; epoch: number } | null;
  final: EpochPoint | null;
  diverged: boolean;
  /** Wall time of the run in the worker, training and evaluation (not preparing the data). */
  seconds: number;
  /** Everything the coach found in the run, each diagnosis once, in the order found. */
  diagnoses: DiagnosisName[];
}

/** A trained network evaluated once on the held-out test part of a search. */
export interface TestRequest {
  base: Experiment;
  /** The chosen configuration, its trained parameters in `params`. */
  experiment: Experiment;
  test: number;
}

export interface TestResult {
  loss: number;
  accuracy: number | null;
  samples: number;
}
