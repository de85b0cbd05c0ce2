// Whole runs, for the CLI (train, compare, search) and the page's worker pool: training
// a Trainer to its end (through the run driver), summing up its epochs, scoring it, and one
// evaluation on a set it never saw (a search's test part).
import type { Diagnosis } from '../spec/protocol/diagnosis';
import type { Coach } from './coach/coach';
import type { Dataset } from './data/dataset';
import { RunDriver, type RunEnd } from './runDriver';
import { targetMatrix } from './targets';
import {
  metricsOver,
  type EpochResult,
  type Metrics,
  type StepResult,
  type Trainer,
} from './train';

/**
 * Trains up to `epochs` epochs, handing each applied step to `onStep` and each finished
 * epoch with finite metrics to `onEpoch`, and says how the run ended (see RunDriver). With a
 * `coach`, its findings go to `onDiagnosis` (a pause is not a run's end here). An error from
 * the engine is thrown, as the CLI wants it.
 */
export function trainRun(
  trainer: Trainer,
  epochs: number,
  onEpoch: (result: EpochResult) => void,
  onStep?: (result: StepResult) => void,
  watch?: { coach: Coach; onDiagnosis: (found: Diagnosis) => void },
): Exclude<RunEnd, { how: 'failed' }> {
  const events = { epoch: onEpoch, step: onStep, diagnosis: watch?.onDiagnosis };
  const end = new RunDriver(trainer, events, epochs, watch?.coach).toEnd();
  if (end.how === 'failed') throw end.error;
  return end;
}

/** What "best" is measured by: validation accuracy, else validation loss, else training loss. */
export type ScoreMetric = 'valAccuracy' | 'valLoss' | 'loss';

export interface Best {
  metric: ScoreMetric;
  value: number;
  /** The first epoch (from 1) that reached it. */
  epoch: number;
}

/** The best epoch of a run (null before its first epoch): highest accuracy, lowest loss. */
export function bestEpoch(results: readonly EpochResult[]): Best | null {
  let best: Best | null = null;
  for (const r of results) {
    const v = r.validation;
    const [metric, value]: [ScoreMetric, number] =
      v === null
        ? ['loss', r.train.loss]
        : v.accuracy !== null
          ? ['valAccuracy', v.accuracy]
          : ['valLoss', v.loss];
    const better =
      metric === 'valAccuracy' ? value > (best?.value ?? -1) : value < (best?.value ?? Infinity);
    if (better) best = { metric, value, epoch: r.epoch };
  }
  return best;
}

/**
 * A run's summary, with only the fields that apply: accuracy for classification, the `val`
 * fields with a validation part, `best<Metric>` and `bestEpoch` once an epoch finished.
 * `epochs` counts the finished epochs (with finite metrics).
 */
export function summarizeRun(
  results: readonly EpochResult[],
  diverged: boolean,
): Record<string, number | boolean> {
  const summary: Record<string, number | boolean> = { epochs: results.length };
  const last = results.at(-1);
  if (last !== undefined) {
    summary.finalLoss = last.train.loss;
    if (last.train.accuracy !== null) summary.finalAccuracy = last.train.accuracy;
    if (last.validation !== null) {
      summary.finalValLoss = last.validation.loss;
      if (last.validation.accuracy !== null) summary.finalValAccuracy = last.validation.accuracy;
    }
  }
  const best = bestEpoch(results);
  if (best !== null) {
    summary[`best${best.metric[0].toUpperCase()}${best.metric.slice(1)}`] = best.value;
    summary.bestEpoch = best.epoch;
  }
  summary.diverged = diverged;
  return summary;
}

/**
 * A search trial's score: its best validation accuracy (classification) or lowest
 * validation loss over its epochs. Null, which ranks below every score, for a run that
 * diverged or has no validation part.
 */
export function trialScore(results: readonly EpochResult[], diverged: boolean): Best | null {
  const best = bestEpoch(results);
  return diverged || best === null || best.metric === 'loss' ? null : best;
}

/** Whether score `a` beats `b`: higher accuracy, lower loss; ties go to `b` (the earlier). */
export function beats(a: Best | null, b: Best | null): boolean {
  if (a === null) return false;
  if (b === null) return true;
  return a.metric === 'valAccuracy' ? a.value > b.value : a.value < b.value;
}

/**
 * Whether trial `i` scoring `a` leads trial `j` scoring `b`. A tie goes to the earlier trial
 * by number, not by finishing time, so trials run in parallel (which finish in any order)
 * elect the same leader as trials run one after another, and the leader heads a table
 * sorted by score and then by number.
 */
export function leads(a: Best | null, i: number, b: Best | null, j: number): boolean {
  return beats(a, b) || (a !== null && i < j && !beats(b, a));
}

/** The trained network's mean loss and accuracy on another set, as Trainer.evaluate. */
export function evaluateSet(trainer: Trainer, ds: Dataset): Metrics {
  const dtype = trainer.targets.train.data instanceof Float64Array ? 'float64' : 'float32';
  return metricsOver(trainer.model, ds, targetMatrix(ds, trainer.model.outputs, dtype));
}
