// From an experiment's data block to the training and validation sets the Trainer takes:
// load (generate, read or inline), split with the seed, then fit the normalisation on the
// training part only and apply it to both. The CLI and the worker share this one path.
import type { Experiment } from '../spec/types';
import type { DatasetFileReader } from './data/dataset';
import { fitNormalizer, loadDataset, splitDataset } from './data';
import type { TrainingData } from './train';

export async function prepareData(
  experiment: Experiment,
  read: DatasetFileReader,
): Promise<TrainingData> {
  const all = await loadDataset(experiment.data, experiment.seed, read);
  const { train, validation } = splitDataset(all, experiment.validation, experiment.seed);
  const normalizer = fitNormalizer(train, experiment.data.normalize);
  return { train: normalizer.apply(train), validation: validation && normalizer.apply(validation) };
}
