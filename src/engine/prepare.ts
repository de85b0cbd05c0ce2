// From an experiment's data block to the training and validation sets the Trainer takes:
// load (generate, read or inline), split with the seed, then fit the normalisation on the
// training part only and apply it to both. The CLI and the worker share this one path; a
// search also holds out a test part first (prepareSearchData).
import type { Experiment } from '../spec/types';
import type { Dataset, DatasetFileReader } from './data/dataset';
import { isImage } from '../spec/layers';
import { fitNormalizer, loadDataset, splitDataset, type Normalizer } from './data';
import { splitTest } from './data/split';
import type { TrainingData } from './train';

export interface PreparedData extends TrainingData {
  /** The same samples before normalisation: what the page plots, in the data's own units. */
  raw: TrainingData;
  /** Fitted on the raw training part: maps raw inputs (a plot's grid) to what the model sees. */
  normalizer: Normalizer;
}

export interface SearchData extends PreparedData {
  /** Held out before the validation split, normalised like the rest; null for test 0. */
  test: Dataset | null;
}

export async function prepareData(
  experiment: Experiment,
  read: DatasetFileReader,
): Promise<PreparedData> {
  return prepareSplit(experiment, await loadDataset(experiment.data, experiment.seed, read));
}

/**
 * As prepareData, after holding out `test` (a fraction) of the whole data for the search's
 * final test (engine/data/split.ts). The normaliser is still fitted on the training part
 * only; test 0 gives exactly prepareData's sets, and `test` null.
 */
export async function prepareSearchData(
  experiment: Experiment,
  test: number,
  read: DatasetFileReader,
): Promise<SearchData> {
  const all = await loadDataset(experiment.data, experiment.seed, read);
  const { rest, test: held } = splitTest(all, test, experiment.seed);
  const data = prepareSplit(experiment, rest);
  return { ...data, test: held && data.normalizer.apply(held) };
}

function prepareSplit(experiment: Experiment, all: Dataset): PreparedData {
  const raw = splitDataset(all, experiment.validation, experiment.seed);
  // An image's channels are normalised as wholes (normalize.ts says why).
  const inputs = experiment.model.inputs;
  const plane = isImage(inputs) ? inputs[1] * inputs[2] : 1;
  const normalizer = fitNormalizer(raw.train, experiment.data.normalize, plane);
  return {
    train: normalizer.apply(raw.train),
    validation: raw.validation && normalizer.apply(raw.validation),
    raw,
    normalizer,
  };
}
