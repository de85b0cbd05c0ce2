// `cli train FILE.json [--log-steps] [--dump-params] [--stats]`: the contract's JSON lines.
import { prepareData } from '../engine/prepare';
import { exportParams } from '../engine/params';
import { layerStatistics } from '../engine/probe';
import { isFiniteEpoch, trainRun } from '../engine/runs';
import { Trainer, type EpochResult } from '../engine/train';
import type { Experiment } from '../spec/types';
import type { LineWriter } from './output';
import { readDatasetFile } from './readDatasetFile';

export interface TrainFlags {
  logSteps: boolean;
  dumpParams: boolean;
  stats: boolean;
}

export async function runTrain(
  experiment: Experiment,
  flags: TrainFlags,
  out: LineWriter,
): Promise<void> {
  const trainer = new Trainer(experiment, await prepareData(experiment, readDatasetFile));
  const { epochs } = experiment.training;

  if (epochs === 0 && flags.stats) {
    const result = trainer.endEpoch();
    // The untrained network already gives a non-finite loss (say, weights of std 1e30).
    if (!isFiniteEpoch(result)) return out.write({ diverged: true, step: 0, epoch: 0 });
    out.write(epochRecord(trainer, result, flags));
  }
  const end = trainRun(
    trainer,
    epochs,
    (result) => out.write(epochRecord(trainer, result, flags)),
    flags.logSteps
      ? (r) => Number.isFinite(r.loss) && out.write({ step: r.step, loss: r.loss })
      : undefined,
  );
  // JSON has no NaN or Infinity: a non-finite loss is a divergence line, not a `null`.
  if (end.diverged) return out.write({ diverged: true, step: end.step, epoch: end.epoch });
  if (flags.dumpParams) out.write({ params: exportParams(trainer.model) });
}

function epochRecord(trainer: Trainer, r: EpochResult, flags: TrainFlags): Record<string, unknown> {
  const record: Record<string, unknown> = { epoch: r.epoch, loss: r.train.loss };
  if (r.train.accuracy !== null) record.accuracy = r.train.accuracy;
  if (r.validation !== null) {
    record.valLoss = r.validation.loss;
    if (r.validation.accuracy !== null) record.valAccuracy = r.validation.accuracy;
  }
  if (r.earlyStop) record.earlyStopped = true;
  if (flags.stats) record.layers = layerStatistics(trainer);
  return record;
}
