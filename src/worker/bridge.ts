// The one way the page and a worker talk, both halves in one place (squoosh's worker bridge):
// comlink underneath; on the page, `connect` guards every call against the worker dying
// (guard.ts) or going silent (heartbeat.ts), stops a worker it finds dead, and hands the
// worker the data sets' URL; in the worker, `serve` exposes its jobs with a reader of those
// data sets and beats, and `moved` sends big arrays without copying them.
// A new worker is one file that serves its jobs, and one line in clients.ts.
import { expose, releaseProxy, transfer, wrap, type Endpoint, type Remote } from 'comlink';
import type { DatasetFileReader } from '../engine/data/dataset';
import { guardedRemote, guardWorker, WorkerDeath } from './guard';
import { beat, watchHeartbeat } from './heartbeat';
import { datasetFileReader } from './readDatasetFile';

/** What the bridge adds to every worker's own methods. */
interface Bridged {
  /** The absolute URL of the shipped data-set folder, ending in '/'. */
  useDatasets(url: string): void;
}

/** A started worker, seen from the page. */
export interface Connection<Api> {
  /** The worker's methods; a call rejects, with why, once the worker has died. */
  remote: Remote<Api>;
  /** Stops the worker: its waiting and later calls reject. */
  terminate(): void;
}

/** What connect needs of a Worker (a MessagePort stands in for one in Node tests). */
type WorkerLike = Endpoint & EventTarget & { terminate(): void };

/**
 * On the page: talks to `worker` (called `name` in messages) through its served jobs;
 * `onDeath` hears once that it died: crashed, went silent or was stopped, and in each case
 * it is terminated, so a worker that threw but kept running sends nothing more. The worker
 * is started by the caller (clients.ts, through moduleWorker.ts).
 */
export function connect<Api>(
  worker: WorkerLike,
  name: string,
  onDeath: (error: WorkerDeath) => void = () => {},
): Connection<Api> {
  const raw = wrap<Api & Bridged>(worker);
  const guard = guardWorker(worker, name, (error) => {
    stopListening();
    raw[releaseProxy]();
    worker.terminate();
    onDeath(error);
  });
  const stopListening = watchHeartbeat(worker, () =>
    guard.die(new WorkerDeath('silent', `the ${name} stopped answering`)),
  );
  const remote = guardedRemote(raw, guard);
  // Absolute: with a relative base ('./', so the app works from any path), a relative URL
  // would resolve in the worker against its own address under assets/, not the page's.
  const datasets = new URL(`${import.meta.env.BASE_URL}datasets/`, location.href).href;
  remote.useDatasets(datasets).catch(() => {}); // a death reaches onDeath and every other call
  return {
    remote: remote as Remote<Api>,
    terminate() {
      guard.die(new WorkerDeath('stopped', `the ${name} was stopped`));
    },
  };
}

/**
 * In a worker: exposes the jobs `build` makes, handing it a reader of the shipped data sets.
 * A read waits for the page's URL, which `connect` sends before any job is asked for.
 */
export function serve<Api extends object>(
  build: (read: DatasetFileReader) => Api,
  endpoint?: Endpoint,
): void {
  let found: (url: string) => void = () => {};
  const folder = new Promise<string>((resolve) => (found = resolve));
  const read: DatasetFileReader = async (file, onProgress) =>
    datasetFileReader(await folder)(file, onProgress);
  const bridged: Bridged = { useDatasets: (url) => found(url) };
  expose({ ...build(read), ...bridged }, endpoint);
  beat(endpoint ?? (self as unknown as Endpoint));
}

/**
 * `value`, to be sent with the buffers of `arrays` moved rather than copied: the sender must
 * not touch those arrays again. Missing ones are skipped, and a buffer listed twice (two
 * views of one) is moved once, as postMessage requires.
 */
export function moved<T>(value: T, arrays: readonly (ArrayBufferView | null | undefined)[]): T {
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array) buffers.add(array.buffer as ArrayBuffer);
  return transfer(value, [...buffers]);
}
