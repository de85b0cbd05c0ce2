// The worker bridge, both halves in one process over a MessageChannel (Node has no Worker,
// and a port is what comlink talks over either way): the page's data-set folder reaches the
// worker's reader, big arrays are moved rather than copied, and a stopped worker's calls
// reject with why instead of waiting forever.
import type { Endpoint, Remote } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetFileReader } from '../../src/engine/data/dataset';
import { deathOf } from '../../src/worker/guard';
import { BEAT_MS, SILENCE_MS } from '../../src/worker/heartbeat';

// The bridge reaches the page's `location` and the browser's Worker, which Node's typecheck
// does not know: imported by name, not followed by the compiler, and typed by what is used.
const { connect, serve, moved } = await vi.importActual<{
  connect<Api>(
    worker: unknown,
    name: string,
    onDeath?: (error: Error) => void,
  ): { remote: Remote<Api>; terminate(): void };
  serve<Api extends object>(build: (read: DatasetFileReader) => Api, endpoint?: Endpoint): void;
  moved<T>(value: T, arrays: readonly (ArrayBufferView | null | undefined)[]): T;
}>('../../src/worker/bridge');

/** A worker's jobs served on one end of a channel; the other end stands in for the Worker. */
function started<Api extends object>(
  build: (read: DatasetFileReader) => Api,
  onDeath?: (error: Error) => void,
) {
  const { port1, port2 } = new MessageChannel();
  serve(build, port2 as unknown as Endpoint);
  const terminated = vi.fn(() => port1.close());
  const worker = Object.assign(port1, { terminate: terminated });
  return { ...connect<Api>(worker, 'test worker', onDeath), terminated, workerSide: port2 };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('the worker bridge', () => {
  it("hands the worker the page's data-set folder, resolved against the page's address", async () => {
    vi.stubEnv('BASE_URL', './'); // the built app's base (vite.config.ts)
    vi.stubGlobal('location', { href: 'https://example.org/descent/index.html' });
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('a,b\n1,2\n');
    });
    const { remote, terminate } = started((read) => ({
      load: async (file: string) => new TextDecoder().decode(await read(file)),
    }));
    expect(await remote.load('iris.csv')).toBe('a,b\n1,2\n');
    // Absolute, beside the page whatever its path: not relative to the worker's own script.
    expect(fetched).toEqual(['https://example.org/descent/datasets/iris.csv']);
    terminate();
  });

  it('moves the arrays it is told to (each buffer once), and copies the rest', async () => {
    vi.stubGlobal('location', { href: 'https://example.org/' });
    const kept = { values: new Float32Array([1, 2, 3]), copied: new Float32Array([4]) };
    const { remote, terminate } = started(() => ({
      picture: () => moved(kept, [kept.values, kept.values.subarray(1), null]),
    }));
    const received = await remote.picture();
    expect(Array.from(received.values)).toEqual([1, 2, 3]);
    expect(Array.from(received.copied)).toEqual([4]);
    expect(kept.values.byteLength).toBe(0); // moved: the worker's copy is gone
    expect(Array.from(kept.copied)).toEqual([4]);
    terminate();
  });

  it('rejects the calls of a stopped worker, with why', async () => {
    vi.stubGlobal('location', { href: 'https://example.org/' });
    const { remote, terminate } = started(() => ({ wait: () => new Promise<void>(() => {}) }));
    const waiting = remote.wait();
    terminate();
    await expect(waiting).rejects.toThrow('the test worker was stopped');
    await expect(remote.wait()).rejects.toThrow('the test worker was stopped');
  });

  it('gives up a worker that stops answering, within SILENCE_MS of its last beat, and stops it', async () => {
    vi.stubGlobal('location', { href: 'https://example.org/' });
    const onDeath = vi.fn();
    const { remote, terminated, workerSide } = started(
      () => ({ wait: () => new Promise<void>(() => {}), answer: async () => 42 }),
      onDeath,
    );
    expect(await remote.answer()).toBe(42);
    await new Promise((resolve) => setTimeout(resolve, 600)); // it beats: nothing happens
    expect(onDeath).not.toHaveBeenCalled();
    const waiting = remote.wait();
    const silentSince = performance.now();
    workerSide.close(); // terminated from outside: no event says so, it just goes quiet
    await expect(waiting).rejects.toThrow('the test worker stopped answering');
    const waited = performance.now() - silentSince;
    expect(waited).toBeGreaterThan(SILENCE_MS - 2 * BEAT_MS);
    // A check that comes late (a busy machine) waits one more silence before judging.
    expect(waited).toBeLessThan(2 * SILENCE_MS + 1000);
    expect(terminated).toHaveBeenCalledTimes(1);
    expect(onDeath).toHaveBeenCalledTimes(1);
    expect(deathOf(onDeath.mock.calls[0][0])).toBe('silent');
  });
});
