// Input normalisation, fitted on the training part only and applied unchanged to both parts,
// so nothing about the validation samples leaks into training. Every mode is one affine map
// per feature, x' = (x − offset) / scale, and the page shows the fitted offset and scale.
//
// - none:        offset 0, scale 1.
// - standardize: offset = mean, scale = population standard deviation (divide by n, as
//                scikit-learn's StandardScaler): training features get mean 0 and std 1.
// - minmax:      offset = min, scale = max − min: the training range maps to [0, 1]
//                (scikit-learn's MinMaxScaler default); validation values may fall outside.
//
// A constant feature (std 0 or range 0) keeps scale 1: it is centred (standardize: to 0;
// minmax: its value − min = 0) and never divided by 0. Targets are never normalised.
import type { Normalization } from '../../spec/types';
import type { Dataset } from './dataset';

export interface Normalizer {
  readonly mode: Normalization;
  /** Per feature, subtracted first. */
  readonly offset: readonly number[];
  /** Per feature, divided by after; never 0. */
  readonly scale: readonly number[];
  /** A new Dataset with normalised inputs (labels and targets shared); `ds` is untouched. */
  apply(ds: Dataset): Dataset;
}

export function fitNormalizer(train: Dataset, mode: Normalization): Normalizer {
  const { n, features: f, x } = train;
  const offset = new Array<number>(f).fill(0);
  const scale = new Array<number>(f).fill(1);
  for (let j = 0; j < f && n > 0; j++) {
    if (mode === 'standardize') {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += x[i * f + j];
      const mean = sum / n;
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const d = x[i * f + j] - mean;
        squares += d * d;
      }
      offset[j] = mean;
      scale[j] = Math.sqrt(squares / n) || 1;
    } else if (mode === 'minmax') {
      let low = Infinity;
      let high = -Infinity;
      for (let i = 0; i < n; i++) {
        low = Math.min(low, x[i * f + j]);
        high = Math.max(high, x[i * f + j]);
      }
      offset[j] = low;
      scale[j] = high - low || 1;
    }
  }
  return { mode, offset, scale, apply: (ds) => applyAffine(ds, offset, scale) };
}

function applyAffine(ds: Dataset, offset: readonly number[], scale: readonly number[]): Dataset {
  const f = offset.length;
  if (ds.features !== f) {
    throw new Error(`normaliser fitted on ${f} features cannot apply to ${ds.features}`);
  }
  const x = new Float32Array(ds.n * f);
  for (let i = 0; i < ds.n; i++) {
    for (let j = 0; j < f; j++) x[i * f + j] = (ds.x[i * f + j] - offset[j]) / scale[j];
  }
  return { ...ds, x };
}
