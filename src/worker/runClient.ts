// The page's handle on the run workers (the only module that talks to them): a pool of
// real workers for compare and search.
import { proxy, releaseProxy, wrap } from 'comlink';
import { defaultPoolSize, RunPool, type RunWorkerHandle } from './pool';
import { guardWorker } from './guard';
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

  const guard = guardWorker(worker, 'run worker');

  return {
    start: (request, onUpdate) => {
      current = onUpdate;
      return guard.guarded(() => api.start(request));
    },
    cancel: () => {
      if (guard.dead === null) void api.cancel();
    },
    evaluateTest: (request) => guard.guarded(() => api.evaluateTest(request)),
    terminate: () => {
      guard.die(new Error('the run worker was stopped'));
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
