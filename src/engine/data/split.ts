// Holding out a validation part. Real sets are stored sorted by class, so the split draws a
// seeded permutation (its own 'split' stream: changing the data options or the shuffling
// leaves which samples are held out alone, for the same data).
import { Rng } from '../random';
import type { Dataset } from './dataset';
import { selectRows } from './build';

export interface Split {
  train: Dataset;
  validation: Dataset | null;
}

/**
 * The rule: with fraction 0 there is no validation part and `train` is the data in its
 * original order (so inline data keeps its order). Otherwise the samples are permuted with
 * `Rng.stream(seed, 'split')`; the last Math.round(n·fraction) of the permutation, raised to
 * at least 1 and capped so that training keeps at least 1 sample, are the validation part
 * and the rest, in permuted order, the training part. A single sample cannot be split: it
 * all goes to training and validation is null.
 */
export function splitDataset(ds: Dataset, fraction: number, seed: number): Split {
  if (!(fraction >= 0 && fraction < 1)) {
    throw new Error(`validation must be a fraction in [0, 1), not ${fraction}`);
  }
  const count = Math.min(Math.max(Math.round(ds.n * fraction), 1), ds.n - 1);
  if (fraction === 0 || count < 1) return { train: ds, validation: null };
  const order = new Int32Array(ds.n);
  for (let i = 0; i < ds.n; i++) order[i] = i;
  Rng.stream(seed, 'split').shuffle(order);
  const cut = ds.n - count;
  return {
    train: selectRows(ds, order.subarray(0, cut)),
    validation: selectRows(ds, order.subarray(cut)),
  };
}
