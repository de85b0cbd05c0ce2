// The browser's DatasetFileReader: the real data sets are static files shipped under
// `public/datasets/`, fetched from where the app is served (the page resolves the folder's
// URL from Vite's BASE_URL and hands it to each worker: bridge.ts), so the app works from
// any static host path. The body is read chunk by chunk, so that a large file (Fashion-MNIST,
// 6 MB) can report its progress.
import type { DatasetFileReader } from '../engine/data/dataset';

/** `directory` is the URL of the data-set folder, ending in '/'. */
export function datasetFileReader(directory: string): DatasetFileReader {
  return async (file, onProgress) => {
    const response = await fetch(`${directory}${encodeURIComponent(file)}`);
    if (!response.ok) throw new Error(`cannot load the data set ${file} (HTTP ${response.status})`);
    // The size on the wire: a server that compresses the transfer makes it smaller than the
    // bytes read below (or leaves it out), so it is only an estimate, and 0 when unknown.
    const declared = Number(response.headers.get('Content-Length'));
    const total = Number.isSafeInteger(declared) && declared > 0 ? declared : 0;
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    const reader = response.body?.getReader();
    if (reader === undefined) return new Uint8Array(await response.arrayBuffer());
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      onProgress?.(loaded, total > 0 ? Math.max(total, loaded) : 0);
    }
    const bytes = new Uint8Array(loaded);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  };
}
