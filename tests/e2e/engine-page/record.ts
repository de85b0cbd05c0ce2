// What the determinism test compares between Node and the browser: every number a run
// produces (each step's loss, each epoch's metrics, the final parameters, a trajectory),
// from the same engine code on each side.
import type { DatasetFileReader } from '../../../src/engine/data/dataset';
import { exportParams } from '../../../src/engine/params';
import { prepareData } from '../../../src/engine/prepare';
import { Trainer } from '../../../src/engine/train';
import { runTrajectory } from '../../../src/engine/trajectory';
import { parseExperiment, parseTrajectory } from '../../../src/spec';

export interface Record {
  steps: number[];
  epochs: number[][];
  params: unknown;
  trajectory: unknown;
}

export async function record(
  experiment: unknown,
  trajectory: unknown,
  read: DatasetFileReader,
): Promise<Record> {
  const spec = parseExperiment(experiment);
  const trainer = new Trainer(spec, await prepareData(spec, read));
  const steps: number[] = [],
    epochs: number[][] = [];
  for (let e = 0; e < spec.training.epochs; e++) {
    trainer.trainEpoch((r) => steps.push(r.loss));
    const { train, validation } = trainer.endEpoch();
    epochs.push([
      train.loss,
      train.accuracy ?? -1,
      validation?.loss ?? -1,
      validation?.accuracy ?? -1,
    ]);
  }
  return {
    steps,
    epochs,
    params: exportParams(trainer.model),
    trajectory: runTrajectory(parseTrajectory(trajectory)),
  };
}
