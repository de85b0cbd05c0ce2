// The data module's public face: the table of sets, loading, splitting and normalising.
export type {
  Dataset,
  DataSetEntry,
  DatasetFileReader,
  GeneratorOptions,
  ReadProgress,
} from './dataset';
export { DATASETS } from './registry';
export { selectRows } from './build';
export { loadDataset, inlineDataset } from './load';
export { splitDataset, type Split } from './split';
export { fitNormalizer, type Normalizer } from './normalize';
export { DATASET_FORMAT, parseDatasetFile } from './realSets';
export { IMAGE_SET_FORMAT, imagePart, parseImageSetFile, readImageSet } from './imageSets';
export { COLOR_PROTOTYPES } from './generators/colors';
