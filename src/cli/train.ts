// `cli train FILE.json [--log-steps] [--dump-params] [--stats] [--diagnose]`: the contract's
// JSON lines, and with --diagnose (an extension) the coach's findings, each a line
// {"diagnosis": {…}} before the line of the step or epoch where it was found.
import { Coach } from '../engine/coach/coach';
import { prepareData } from '../engine/prepare';
import { exportParams } from '../engine/params';
import { layerStatistics } from '../engine/probe';
import { isFiniteEpoch } from '../engine/runDriver';
import { trainRun } from '../engine/runs';
import { Trainer, type EpochResult } from '../engine/train';
import type { Diagnosis } from '../spec/protocol/diagnosis';
import type { Experiment } from '../spec/types';
import type { LineWriter } from './output';
import { readDatasetFile } from './readDatasetFile';
import { epochRecord } from './records';

export interface TrainFlags {
  logSteps: boolean;
  dumpParams: boolean;
  stats: boolean;
  diagnose: boolean;
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
    out.write(epochLine(trainer, result, flags));
  }
  // Built before the first step: the coach measures the untrained network.
  const watch = flags.diagnose
    ? { coach: new Coach(trainer), onDiagnosis: (diagnosis: Diagnosis) => out.write({ diagnosis }) }
    : undefined;
  const end = trainRun(
    trainer,
    epochs,
    (result) => out.write(epochLine(trainer, result, flags)),
    flags.logSteps ? (r) => out.write({ step: r.step, loss: r.loss }) : undefined,
    watch,
  );
  // JSON has no NaN or Infinity: a non-finite loss is a divergence line, not a `null`.
  if (end.how === 'diverged') {
    return out.write({ diverged: true, step: end.step, epoch: end.epoch });
  }
  if (flags.dumpParams) out.write({ params: exportParams(trainer.model) });
}

/** The shared epoch line, with the layer statistics when asked for (--stats). */
function epochLine(trainer: Trainer, r: EpochResult, flags: TrainFlags): Record<string, unknown> {
  const record = epochRecord(r);
  if (flags.stats) record.layers = layerStatistics(trainer);
  return record;
}
