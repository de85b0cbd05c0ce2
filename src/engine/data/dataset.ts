// A data set in memory, the same for generated, real and inline data.
import type { Normalization, Task } from '../../spec/types';
import type { Rng } from '../random';

export interface Dataset {
  readonly task: Task;
  /** Number of samples. */
  readonly n: number;
  /** Number of input features. */
  readonly features: number;
  /** n × features, row-major. */
  readonly x: Float32Array;
  /** Classification: the class index of each sample (length n). Regression: null. */
  readonly labels: Int32Array | null;
  /** Classification: number of classes. Regression: 0. */
  readonly classes: number;
  /** Regression: n × targetDims, row-major. Classification: null. */
  readonly targets: Float32Array | null;
  /** Regression: outputs per sample. Classification: 0. */
  readonly targetDims: number;
  readonly featureNames: readonly string[];
  /** Classification: a name per class ("setosa", "red"); regression: []. */
  readonly classNames: readonly string[];
}

/** Generator options from the experiment's `data` block. */
export interface GeneratorOptions {
  samples: number;
  noise: number;
  classes: number;
}

/**
 * Reads a file shipped under `public/datasets/` and returns its text. The engine never
 * touches the file system or the network itself: the CLI passes a reader over `fs`, the
 * worker one over `fetch`.
 */
export type DatasetFileReader = (file: string) => Promise<string>;

/** One row of the data registry (engine/data/registry.ts). */
export interface DataSetEntry {
  readonly label: string;
  readonly task: Task;
  /** Inputs per sample. */
  readonly features: number;
  /** Which generator options apply (others are refused by validation). */
  readonly options: readonly (keyof GeneratorOptions)[];
  /** Defaults for the options above, and the normalisation this set wants by default. */
  readonly defaults: GeneratorOptions & { normalize: Normalization };
  /** Classes for given options (spiral and blobs take any number); 0 for regression. */
  classCount(options: GeneratorOptions): number;
  /** Regression: outputs per sample; classification: 0. */
  readonly targetDims: number;
  /** Smallest and largest class count accepted, where `classes` is an option. */
  readonly classRange?: readonly [number, number];
  /** Largest `samples`, for real sets (their size). */
  readonly maxSamples?: number;
  /** Generators: the range of every input axis worth plotting (the data plus a margin), so
   *  the boundary view frames the clean data the same way whatever the seed. */
  readonly view?: readonly [number, number];
  /** Produces the data: generators from the rng; real sets read their file then subsample. */
  load(options: GeneratorOptions, rng: Rng, read: DatasetFileReader): Promise<Dataset>;
}
