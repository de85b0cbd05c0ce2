// Experiments the classic-methods worker's tests share: the playground's default network on
// a 2-D set, as the page makes it when the set is chosen.
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { prepareData, type PreparedData } from '../../src/engine/prepare';
import { defaultExperiment, parseExperiment } from '../../src/spec';
import type { Experiment } from '../../src/spec/types';
import { ClassicData } from '../../src/worker/classicData';

/**
 * The default network (three ReLU layers of 16) on `data`, with a softmax over `classes`
 * (0: a regression's linear output and squared error), and `changes` to the document.
 */
export function planeExperiment(
  data: Record<string, unknown>,
  classes: number,
  changes: Record<string, unknown> = {},
): Experiment {
  const base = defaultExperiment();
  const output =
    classes > 0
      ? { type: 'dense', units: classes, activation: 'softmax' }
      : { type: 'dense', units: 1 };
  const layers = [...base.model.layers.slice(0, -1), output];
  const loss = classes > 0 ? 'cross_entropy' : 'mse';
  return parseExperiment({ ...base, data, model: { layers, loss }, ...changes });
}

export const moons = (changes: Record<string, unknown> = {}) =>
  planeExperiment({ kind: 'moons' }, 2, changes);

/** The data the worker's jobs share, read from public/datasets as the CLI reads it. */
export const classicData = () => new ClassicData(readDatasetFile);

/** The experiment's data as the worker prepares it, for checking its answers. */
export const prepared = (experiment: Experiment): Promise<PreparedData> =>
  prepareData(experiment, readDatasetFile);
