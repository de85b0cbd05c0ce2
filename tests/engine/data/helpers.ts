// Shared by the data tests: drawing a registry set with its defaults, and small statistics.
import type {
  Dataset,
  DatasetFileReader,
  GeneratorOptions,
} from '../../../src/engine/data/dataset';
import { DATASETS } from '../../../src/engine/data/registry';
import { Rng } from '../../../src/engine/random';

/** Generators never read files; a read means a bug. */
export const noFiles: DatasetFileReader = (file) => Promise.reject(new Error(`read ${file}`));

/** A registry set drawn from the seed's 'data' stream with its defaults and `options`. */
export function draw(
  kind: string,
  options: Partial<GeneratorOptions> = {},
  seed = 1,
  read: DatasetFileReader = noFiles,
): Promise<Dataset> {
  const entry = DATASETS[kind];
  return entry.load({ ...entry.defaults, ...options }, Rng.stream(seed, 'data'), read);
}

/** Row i of the inputs, as plain numbers. */
export function row(ds: Dataset, i: number): number[] {
  return Array.from(ds.x.subarray(i * ds.features, (i + 1) * ds.features));
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** Population standard deviation. */
export function std(values: ArrayLike<number>): number {
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] - m) ** 2;
  return Math.sqrt(sum / values.length);
}

export function classCounts(ds: Dataset): number[] {
  const counts = new Array<number>(ds.classes).fill(0);
  for (const label of ds.labels ?? []) counts[label]++;
  return counts;
}

/** Element-wise a − b. */
export function minus(a: Float32Array, b: Float32Array): Float64Array {
  return Float64Array.from(a, (v, i) => v - b[i]);
}
