// Holding out a validation part, and (for a search) a test part before it. Real sets are
// stored sorted by class, so each split draws a seeded permutation from its own stream
// ('split', 'test-split'): changing the data options or the shuffling leaves which samples
// are held out alone, for the same data.
import { testCount, validationCount } from '../../spec/split';
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
 * `Rng.stream(seed, 'split')`; the last validationCount(n, fraction) of the permutation
 * (spec/split.ts) are the validation part and the rest, in permuted order, the training part. A single sample cannot be split: it
 * all goes to training and validation is null.
 */
export function splitDataset(ds: Dataset, fraction: number, seed: number): Split {
  if (!(fraction >= 0 && fraction < 1)) {
    throw new Error(`validation must be a fraction in [0, 1), not ${fraction}`);
  }
  const count = validationCount(ds.n, fraction);
  if (count < 1) return { train: ds, validation: null };
  const [train, validation] = cut(ds, count, Rng.stream(seed, 'split'));
  return { train, validation };
}

/**
 * The test part, taken from the whole data before the validation split, by the same rule
 * with its own stream `Rng.stream(seed, 'test-split')`: the validation split then divides
 * `rest`, so the two never overlap. Fraction 0 leaves `rest` the data itself, untouched,
 * which is what every caller without a test part gets.
 */
export function splitTest(
  ds: Dataset,
  fraction: number,
  seed: number,
): { rest: Dataset; test: Dataset | null } {
  if (!(fraction >= 0 && fraction <= 0.5)) {
    throw new Error(`test must be a fraction in [0, 0.5], not ${fraction}`);
  }
  const count = testCount(ds.n, fraction);
  if (count === 0) return { rest: ds, test: null };
  const [rest, test] = cut(ds, count, Rng.stream(seed, 'test-split'));
  return { rest, test };
}

/** Permutes the samples with `rng`; the last `count` of the permutation, and the others. */
function cut(ds: Dataset, count: number, rng: Rng): [Dataset, Dataset] {
  const order = new Int32Array(ds.n);
  for (let i = 0; i < ds.n; i++) order[i] = i;
  rng.shuffle(order);
  const at = ds.n - count;
  return [selectRows(ds, order.subarray(0, at)), selectRows(ds, order.subarray(at))];
}
