// The data-set table: generators, real sets and their metadata. (Filled in by the data work.)
import type { DataSetEntry } from './dataset';

export declare const DATASETS: Record<string, DataSetEntry>;
