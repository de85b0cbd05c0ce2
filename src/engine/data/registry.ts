// The data-set table: one loader per built-in set of the catalog (spec/catalog/datasets.ts),
// generators first, then the real sets and the image sets, joined here with their catalog
// rows, so the engine reads a row's options and defaults where validation reads them.
import { DATASET_CATALOG, DATASET_NAMES, type DataSetName } from '../../spec/catalog/datasets';
import type { DataSetEntry } from './dataset';
import { colors } from './generators/colors';
import { blobs, spiral } from './generators/multiclass';
import { plane, sine } from './generators/regression';
import { circle, gauss, moons, xor } from './generators/toy2d';
import { imageSet } from './imageSets';
import { realSet } from './realSets';

/** A real set's loader, checked against the size, features and classes of its catalog row. */
function real(name: 'iris' | 'wine' | 'breast_cancer' | 'digits'): DataSetEntry['load'] {
  const row = DATASET_CATALOG[name];
  return realSet(name, {
    size: row.maxSamples,
    features: row.features,
    classes: row.defaults.classes,
  });
}

/** An image set's loader, checked against the training size, shape and classes of its row. */
function images(name: 'fashion_mnist'): DataSetEntry['load'] {
  const row = DATASET_CATALOG[name];
  return imageSet(name, {
    size: row.maxSamples,
    image: row.image,
    classes: row.defaults.classes,
  });
}

const LOADERS: Record<DataSetName, DataSetEntry['load']> = {
  circle,
  xor,
  gauss,
  spiral,
  moons,
  blobs,
  plane,
  sine,
  colors,
  iris: real('iris'),
  wine: real('wine'),
  breast_cancer: real('breast_cancer'),
  digits: real('digits'),
  fashion_mnist: images('fashion_mnist'),
};

export const DATASETS = Object.fromEntries(
  DATASET_NAMES.map((name) => [name, { ...DATASET_CATALOG[name], load: LOADERS[name] }]),
) as Readonly<Record<string, DataSetEntry>>;
