// Runs an experiment to its end with the coach watching, as `cli train --diagnose` does.
import { readDatasetFile } from '../../../src/cli/readDatasetFile';
import { Coach } from '../../../src/engine/coach/coach';
import { prepareData } from '../../../src/engine/prepare';
import { trainRun } from '../../../src/engine/runs';
import { Trainer, type EpochResult } from '../../../src/engine/train';
import type { Diagnosis } from '../../../src/spec/protocol/diagnosis';
import type { Experiment } from '../../../src/spec/types';

export interface Watched {
  found: Diagnosis[];
  epochs: EpochResult[];
  trainer: Trainer;
}

export async function watch(
  experiment: Experiment,
  base: Experiment = experiment,
): Promise<Watched> {
  const trainer = new Trainer(experiment, await prepareData(base, readDatasetFile));
  const coach = new Coach(trainer);
  const found: Diagnosis[] = [];
  const epochs: EpochResult[] = [];
  trainRun(trainer, experiment.training.epochs, (r) => epochs.push(r), undefined, {
    coach,
    onDiagnosis: (d) => found.push(d),
  });
  return { found, epochs, trainer };
}

/** The names found, each once, in the order first found. */
export function names(found: readonly Diagnosis[]): string[] {
  return [...new Set(found.map((d) => d.name))];
}
