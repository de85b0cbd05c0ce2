// The data of a run worker's runs, prepared once and kept: every variant of a compare and
// every trial of a search trains on the same base data, and preparing it (a real set is
// fetched and parsed, then split and normalised) would otherwise be paid again per run.
import type { DatasetFileReader } from '../engine/data/dataset';
import { prepareData, prepareSearchData, type SearchData } from '../engine/prepare';
import type { Experiment } from '../spec/types';

/**
 * What decides the prepared data: the data block (normalisation included), the seed (the
 * generator's draws and the splits), the validation fraction and the test fraction. The
 * model, optimizer and training blocks do not touch it.
 */
export function dataKey(base: Experiment, test: number): string {
  return JSON.stringify([base.data, base.seed, base.validation, test]);
}

/**
 * One entry, the latest: a worker runs one base's runs in a row, and a real set's arrays
 * are worth freeing once another base replaces it. The promise itself is kept, so a run
 * that asks while the data is still loading waits for the same preparation.
 */
export class PreparedDataCache {
  private key = '';
  private entry: Promise<SearchData> | null = null;

  constructor(private readonly read: DatasetFileReader) {}

  get(base: Experiment, test: number): Promise<SearchData> {
    const key = dataKey(base, test);
    if (this.entry !== null && key === this.key) return this.entry;
    const entry = prepare(base, test, this.read);
    this.key = key;
    this.entry = entry;
    // A failure is not kept: the next run tries again (a data set fetch can fail once).
    entry.catch(() => {
      if (this.entry === entry) this.entry = null;
    });
    return entry;
  }
}

/** A search's sets when `test` > 0; otherwise exactly the playground's, and no test part. */
async function prepare(base: Experiment, test: number, read: DatasetFileReader) {
  if (test > 0) return prepareSearchData(base, test, read);
  return { ...(await prepareData(base, read)), test: null };
}
