// The command line's DatasetFileReader: the real sets' JSON files from public/datasets/,
// found from this file's own location so the CLI works from any working directory.
import { readFile } from 'node:fs/promises';
import type { DatasetFileReader } from '../engine/data/dataset';

const DATASETS_DIR = new URL('../../public/datasets/', import.meta.url);

/** Plain file names only: a name that could reach outside public/datasets is refused. */
const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

export const readDatasetFile: DatasetFileReader = async (file) => {
  if (!SAFE_NAME.test(file) || file.includes('..')) {
    throw new Error(`refusing data set file name "${file}": a plain file name is expected`);
  }
  try {
    return await readFile(new URL(file, DATASETS_DIR), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new Error(`no data set file public/datasets/${file}`, { cause: e });
    throw e;
  }
};
