// A data file's progress while a run loads, for the page's data panel: the reader hears of
// every chunk that arrives (over a slow network, every packet: thousands for Fashion-MNIST's
// 6 MB), so the page is told at most ten times a second, and once more when it is complete.
import type { DatasetFileReader } from '../engine/data/dataset';

/** The least time between two reports of one file, in ms: the page's own refresh pace. */
export const LOADING_MS = 100;

/** `read`, telling `report` how much of each file has arrived, paced by the clock `now`. */
export function reportingReader(
  read: DatasetFileReader,
  now: () => number,
  report: (file: string, loaded: number, total: number) => void,
): DatasetFileReader {
  return (file) => {
    let last = -Infinity;
    return read(file, (loaded, total) => {
      const time = now();
      const complete = total > 0 && loaded >= total;
      if (!complete && time - last < LOADING_MS) return;
      last = time;
      report(file, loaded, total);
    });
  };
}
