// The page's handle on the run workers (the only module that talks to them): a pool of
// real workers for compare and search.
import { proxy, releaseProxy, wrap } from 'comlink';
import { defaultPoolSize, RunPool, type RunWorkerHandle } from './pool';
import type { RunApi } from './run.worker';
import type { RunUpdate } from './runProtocol';

/** A pool of run workers, `size` of them at most (by default one per core, up to four). */
export function startRunPool(size: number = defaultPoolSize()): RunPool {
  return new RunPool(size, createRunWorker);
}

/** One run worker behind the pool's handle. */
export function createRunWorker(): RunWorkerHandle {
  const worker = new Worker(new URL('./run.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<RunApi>(worker);
  // One long-lived callback for the worker's lifetime, handing each update to the run it
  // is training (one at a time): a proxy per run would open a message port per run.
  let current: ((update: RunUpdate) => void) | null = null;
  const datasets = new URL(`${import.meta.env.BASE_URL}datasets/`, location.href).href;
  void api.subscribe(
    proxy((update: RunUpdate) => current?.(update)),
    datasets,
  );

  // comlink leaves a call waiting forever when its worker dies: the worker's error event
  // (a script that failed to load, an uncaught error, memory exhausted) rejects them instead.
  let dead: Error | null = null;
  const waiting = new Set<(error: Error) => void>();
  const die = (error: Error) => {
    dead ??= error;
    for (const reject of waiting) reject(dead);
    waiting.clear();
  };
  worker.addEventListener('error', (event) =>
    die(new Error(event.message || 'the run worker failed to load or crashed')),
  );
  worker.addEventListener('messageerror', () =>
    die(new Error('the run worker received a message it could not read')),
  );
  const guarded = <T>(call: () => Promise<T>): Promise<T> => {
    if (dead !== null) return Promise.reject(dead);
    return new Promise<T>((resolve, reject) => {
      waiting.add(reject);
      call()
        .then(resolve, reject)
        .finally(() => waiting.delete(reject));
    });
  };

  return {
    start: (request, onUpdate) => {
      current = onUpdate;
      return guarded(() => api.start(request));
    },
    cancel: () => {
      if (dead === null) void api.cancel();
    },
    evaluateTest: (request) => guarded(() => api.evaluateTest(request)),
    terminate: () => {
      die(new Error('the run worker was stopped'));
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
