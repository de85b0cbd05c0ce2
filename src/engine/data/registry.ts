// The data-set table: one row per built-in set, generators first, then the real sets. Each
// row carries what validation and the page need (options, defaults, classes, sizes); the
// generators' rows live beside their code in ./generators, the real sets' shapes are here.
import type { DataSetEntry } from './dataset';
import { colors } from './generators/colors';
import { blobs, spiral } from './generators/multiclass';
import { plane, sine } from './generators/regression';
import { circle, gauss, moons, xor } from './generators/toy2d';
import { realSet } from './realSets';

export const DATASETS: Record<string, DataSetEntry> = {
  circle,
  xor,
  gauss,
  spiral,
  moons,
  blobs,
  plane,
  sine,
  colors,
  iris: realSet('iris', 'Iris', { size: 150, features: 4, classes: 3 }),
  wine: realSet('wine', 'Wine', { size: 178, features: 13, classes: 3 }),
  breast_cancer: realSet('breast_cancer', 'Breast cancer', { size: 569, features: 30, classes: 2 }),
  digits: realSet('digits', 'Digits (8×8)', { size: 1797, features: 64, classes: 10 }),
};
