// The browser's DatasetFileReader: the real data sets are static files shipped under
// `public/datasets/`, fetched relative to where the app is served from (Vite's BASE_URL),
// so the app works from any static host path.
import type { DatasetFileReader } from '../engine/data/dataset';

export function datasetFileReader(base: string): DatasetFileReader {
  return async (file) => {
    const response = await fetch(`${base}datasets/${encodeURIComponent(file)}`);
    if (!response.ok) throw new Error(`cannot load the data set ${file} (HTTP ${response.status})`);
    return response.text();
  };
}
