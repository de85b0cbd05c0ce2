// Input normalisation, fitted on the training part only and applied unchanged to both parts,
// so nothing about the validation samples leaks into training. Every mode is one affine map
// per feature, x' = (x − offset) / scale, and the page shows the fitted offset and scale.
// For images the statistics are per channel, over all its pixels (one offset and scale
// shared by a channel's features), as torchvision's Normalize; otherwise per feature.
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
import { pulse } from '../pulse';

export interface Normalizer {
  readonly mode: Normalization;
  /** Per feature, subtracted first. */
  readonly offset: readonly number[];
  /** Per feature, divided by after; never 0. */
  readonly scale: readonly number[];
  /** A new Dataset with normalised inputs (labels and targets shared); `ds` is untouched. */
  apply(ds: Dataset): Dataset;
  /** Rows of raw inputs (a sample the user drew, say), normalised into a new array. */
  rows(x: ArrayLike<number>): Float32Array;
}

/**
 * @param plane features that share one offset and scale: 1 (each feature its own), or an
 *   image's H·W, so that each channel is one group, as torchvision's Normalize(mean, std)
 *   does. Pixels are on one scale: a border pixel that is nearly always 0 must not be blown
 *   up by its own tiny spread (a drawn digit's ink there would read as hundreds).
 */
export function fitNormalizer(train: Dataset, mode: Normalization, plane = 1): Normalizer {
  const { n, features: f, x } = train;
  const offset = new Array<number>(f).fill(0);
  const scale = new Array<number>(f).fill(1);
  for (let start = 0; start < f && n > 0; start += plane) {
    const end = Math.min(f, start + plane),
      count = n * (end - start);
    let low = 0,
      size = 1;
    if (mode === 'standardize') {
      let sum = 0;
      for (let j = start; j < end; j++) {
        pulse(); // a plane of a large image set takes a while
        for (let i = 0; i < n; i++) sum += x[i * f + j];
      }
      const mean = sum / count;
      let squares = 0;
      for (let j = start; j < end; j++) {
        pulse();
        for (let i = 0; i < n; i++) {
          const d = x[i * f + j] - mean;
          squares += d * d;
        }
      }
      low = mean;
      size = Math.sqrt(squares / count) || 1;
    } else if (mode === 'minmax') {
      let lowest = Infinity,
        highest = -Infinity;
      for (let j = start; j < end; j++) {
        pulse();
        for (let i = 0; i < n; i++) {
          lowest = Math.min(lowest, x[i * f + j]);
          highest = Math.max(highest, x[i * f + j]);
        }
      }
      low = lowest;
      size = highest - lowest || 1;
    }
    for (let j = start; j < end; j++) {
      offset[j] = low;
      scale[j] = size;
    }
  }
  const rows = (x: ArrayLike<number>) => affine(x, offset, scale);
  return {
    mode,
    offset,
    scale,
    rows,
    apply(ds) {
      if (ds.features !== f) {
        throw new Error(`normaliser fitted on ${f} features cannot apply to ${ds.features}`);
      }
      return { ...ds, x: rows(ds.x) };
    },
  };
}

/** x' = (x − offset) / scale, feature by feature, over whole rows of `x`. */
function affine(x: ArrayLike<number>, offset: readonly number[], scale: readonly number[]) {
  const f = offset.length,
    n = x.length / f;
  const out = new Float32Array(n * f);
  for (let i = 0; i < n; i++) {
    pulse();
    for (let j = 0; j < f; j++) out[i * f + j] = (x[i * f + j] - offset[j]) / scale[j];
  }
  return out;
}
