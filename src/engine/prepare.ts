// From an experiment's data block to the training and validation sets the Trainer takes:
// load (generate, read or inline), split with the seed, then fit the normalisation on the
// training part only and apply it to both. The CLI and the worker share this one path.
import type { Experiment } from '../spec/types';
import type { DatasetFileReader } from './data/dataset';
import { fitNormalizer, loadDataset, splitDataset, type Normalizer } from './data';
import type { TrainingData } from './train';

export interface PreparedData extends TrainingData {
  /** The same samples before normalisation: what the page plots, in the data's own units. */
  raw: TrainingData;
  /** Fitted on the raw training part: maps raw inputs (a plot's grid) to what the model sees. */
  normalizer: Normalizer;
}

export async function prepareData(
  experiment: Experiment,
  read: DatasetFileReader,
): Promise<PreparedData> {
  const all = await loadDataset(experiment.data, experiment.seed, read);
  const raw = splitDataset(all, experiment.validation, experiment.seed);
  const normalizer = fitNormalizer(raw.train, experiment.data.normalize);
  return {
    train: normalizer.apply(raw.train),
    validation: raw.validation && normalizer.apply(raw.validation),
    raw,
    normalizer,
  };
}
