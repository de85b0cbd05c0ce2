// `cli search FILE.json`: the sampled trials in turn, one line each as it finishes, then
// the best trial and its one evaluation on the held-out test part.
import type { Dataset } from '../engine/data/dataset';
import { prepareSearchData } from '../engine/prepare';
import { searchTrials } from '../engine/searchTrials';
import { beats, evaluateSet, trialScore, trainRun, type Best } from '../engine/runs';
import { Trainer, type EpochResult } from '../engine/train';
import { trialExperiment, trialParamsDocument } from '../spec/search';
import type { SearchSpec } from '../spec/types';
import { elapsed } from './records';
import type { LineWriter } from './output';
import { readDatasetFile } from './readDatasetFile';

interface Leader {
  trial: number;
  params: Record<string, unknown>;
  score: Best;
  trainer: Trainer;
}

export async function runSearch(spec: SearchSpec, out: LineWriter): Promise<void> {
  // The test part is held out first, the same for every trial, and seen once at the end.
  const data = await prepareSearchData(spec.experiment, spec.test, readDatasetFile);
  let leader: Leader | null = null;
  for (const [i, params] of searchTrials(spec).entries()) {
    const started = performance.now();
    const experiment = trialExperiment(spec, params);
    const trainer = new Trainer(experiment, data);
    const results: EpochResult[] = [];
    const end = trainRun(trainer, experiment.training.epochs, (r) => results.push(r));
    const diverged = end.how === 'diverged';
    const score = trialScore(results, diverged);
    const line: Record<string, unknown> = {
      trial: i + 1,
      params: trialParamsDocument(params),
      epochs: results.length,
    };
    const last = results.at(-1)?.validation;
    if (last) {
      line.valLoss = last.loss;
      if (last.accuracy !== null) line.valAccuracy = last.accuracy;
    }
    // A diverged trial has no score: it ranks below every other.
    if (score !== null) line.score = score.value;
    line.diverged = diverged;
    if (diverged) line.step = end.step;
    line.seconds = elapsed(started);
    out.write(line);
    out.flush(); // as each trial finishes, not when the buffer fills
    // We keep the leading trial's trained network as it is after its last epoch, rather
    // than retraining it: the same numbers, without paying for the best run twice.
    if (score !== null && beats(score, leader?.score ?? null)) {
      leader = { trial: i + 1, params: line.params as Record<string, unknown>, score, trainer };
    }
  }
  out.write(finalRecord(leader, data.test));
}

function finalRecord(leader: Leader | null, test: Dataset | null): Record<string, unknown> {
  if (leader === null) return { best: null }; // every trial diverged
  const { trial, params, score } = leader;
  const record: Record<string, unknown> = { best: { trial, params, score: score.value } };
  if (test === null) return record; // "test": 0
  const metrics = evaluateSet(leader.trainer, test);
  const result: Record<string, unknown> = Number.isFinite(metrics.loss)
    ? { loss: metrics.loss }
    : { diverged: true };
  if (metrics.accuracy !== null) result.accuracy = metrics.accuracy;
  result.samples = test.n;
  record.test = result;
  return record;
}
