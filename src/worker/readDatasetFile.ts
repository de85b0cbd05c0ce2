// The browser's DatasetFileReader: the real data sets are static files shipped under
// `public/datasets/`, fetched from where the app is served (the page resolves the folder's
// URL from Vite's BASE_URL and hands it to each worker: bridge.ts), so the app works from
// any static host path.
import type { DatasetFileReader } from '../engine/data/dataset';

/** `directory` is the URL of the data-set folder, ending in '/'. */
export function datasetFileReader(directory: string): DatasetFileReader {
  return async (file) => {
    const response = await fetch(`${directory}${encodeURIComponent(file)}`);
    if (!response.ok) throw new Error(`cannot load the data set ${file} (HTTP ${response.status})`);
    return response.text();
  };
}
