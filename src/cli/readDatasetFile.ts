// The command line's DatasetFileReader: the files of public/datasets/ as bytes, found from
// this file's own location so the CLI works from any working directory.
import { readFile } from 'node:fs/promises';
import type { DatasetFileReader } from '../engine/data/dataset';

const DATASETS_DIR = new URL('../../public/datasets/', import.meta.url);

/** Plain file names only: a name that could reach outside public/datasets is refused. */
const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

export const readDatasetFile: DatasetFileReader = async (file, onProgress) => {
  if (!SAFE_NAME.test(file) || file.includes('..')) {
    throw new Error(`refusing data set file name "${file}": a plain file name is expected`);
  }
  try {
    const bytes = await readFile(new URL(file, DATASETS_DIR));
    onProgress?.(bytes.length, bytes.length); // one read: all of it at once
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new Error(`no data set file public/datasets/${file}`, { cause: e });
    throw e;
  }
};
