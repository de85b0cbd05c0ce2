// A data set in memory, the same for generated, real and inline data.
import type { DataSetEntry as CatalogEntry, GeneratorOptions } from '../../spec/catalog/datasets';
import type { Task } from '../../spec/types';
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

export type { GeneratorOptions } from '../../spec/catalog/datasets';

/**
 * Reads a file shipped under `public/datasets/` and returns its bytes (the JSON sets are
 * decoded as UTF-8 by their loader, realSets.ts; the image sets are bytes: imageSets.ts).
 * The engine never touches the file system or the network itself: the CLI passes a reader
 * over `fs`, the worker one over `fetch`. `onProgress`, when given, hears how many bytes have
 * arrived so far and how many to expect (0 when the reader cannot tell); the page shows it
 * while a large file loads. The engine's loaders never pass one.
 */
export type DatasetFileReader = (file: string, onProgress?: ReadProgress) => Promise<Uint8Array>;

export type ReadProgress = (loaded: number, total: number) => void;

/**
 * One row of the data registry (engine/data/registry.ts): the catalog's row (what validation
 * and the page know before any data exists) and the code that makes the data.
 */
export interface DataSetEntry extends CatalogEntry {
  /** Produces the data: generators from the rng; real sets read their file then subsample. */
  load(options: GeneratorOptions, rng: Rng, read: DatasetFileReader): Promise<Dataset>;
}
