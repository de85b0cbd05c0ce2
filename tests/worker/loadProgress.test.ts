// A data file's progress while a run loads: the browser's reader counts the bytes as they
// arrive, and the session passes them on, tagged with the run's generation, for the page's
// data panel.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { parseExperiment } from '../../src/spec';
import type { LoadProgress } from '../../src/spec/protocol/training';
import { datasetFileReader } from '../../src/worker/readDatasetFile';
import { TrainingSession } from '../../src/worker/session';

afterEach(() => vi.unstubAllGlobals());

/** A response whose body arrives in `chunks`, with a Content-Length when `length` is given. */
function chunked(chunks: number[][], length?: number): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(Uint8Array.from(chunk));
      controller.close();
    },
  });
  const headers = length === undefined ? undefined : { 'Content-Length': String(length) };
  return new Response(body, { headers });
}

describe("the browser's data-set reader", () => {
  it('returns the bytes and reports them as they arrive, against Content-Length', async () => {
    vi.stubGlobal('fetch', async () => chunked([[1, 2, 3], [4, 5], [6]], 6));
    const heard: [number, number][] = [];
    const bytes = await datasetFileReader('https://example.org/datasets/')('a.bin', (l, t) =>
      heard.push([l, t]),
    );
    expect(Array.from(bytes)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(heard).toEqual([
      [3, 6],
      [5, 6],
      [6, 6],
    ]);
  });

  it('says 0 for the total when the server does not give one', async () => {
    vi.stubGlobal('fetch', async () => chunked([[1, 2], [3]]));
    const heard: [number, number][] = [];
    await datasetFileReader('/datasets/')('a.bin', (l, t) => heard.push([l, t]));
    expect(heard).toEqual([
      [2, 0],
      [3, 0],
    ]);
  });
});

describe('TrainingSession.load', () => {
  it("passes the reader's progress on, with the run's generation and the file, ten times a second at most", async () => {
    const heard: LoadProgress[] = [];
    let clock = 0;
    const session = new TrainingSession({
      read: async (file, onProgress) => {
        const bytes = await readDatasetFile(file);
        onProgress?.(1000, bytes.length); // said: the first
        clock += 50;
        onProgress?.(1500, bytes.length); // not said: 50 ms after the last
        clock += 60;
        onProgress?.(2000, bytes.length); // said: 110 ms after
        onProgress?.(bytes.length, bytes.length); // said: the whole file
        return bytes;
      },
      now: () => clock,
      defer: () => {},
      emit: () => {},
      emitLandscape: () => {},
      emitLoading: (progress) => heard.push(progress),
    });
    await session.load(
      parseExperiment({
        version: 1,
        data: { kind: 'iris' },
        model: { layers: [{ type: 'dense', units: 3, activation: 'softmax' }] },
      }),
      4,
    );
    const size = (await readDatasetFile('iris.json')).length;
    expect(heard).toEqual([
      { generation: 4, file: 'iris.json', loaded: 1000, total: size },
      { generation: 4, file: 'iris.json', loaded: 2000, total: size },
      { generation: 4, file: 'iris.json', loaded: size, total: size },
    ]);
  });
});
