// The page's handles on its workers, each started through the bridge (bridge.ts): the one
// training worker, the pool of run workers for compare and search, the surface worker for
// the race, and the classic-methods worker. The store starts them on first use; nothing else talks to a worker.
import { proxy, type Remote } from 'comlink';
import type { LandscapeUpdate, LoadProgress, Snapshot } from '../spec/protocol/training';
import type { RunUpdate } from '../spec/protocol/runs';
import { connect } from './bridge';
import { startModuleWorker } from './moduleWorker';
import { defaultPoolSize, RunPool, type RunWorkerHandle } from './pool';
import type { ClassicApi } from './classic.worker';
import type { RunApi } from './run.worker';
import type { SurfaceApi } from './surface.worker';
import type { TrainingApi } from './training.worker';
// The workers' built scripts: started by startModuleWorker, which also works in a sandboxed
// frame (a plain `new Worker(new URL(…))`, which Vite also bundles, fails there).
import classicWorkerUrl from './classic.worker.ts?worker&url';
import runWorkerUrl from './run.worker.ts?worker&url';
import surfaceWorkerUrl from './surface.worker.ts?worker&url';
import trainingWorkerUrl from './training.worker.ts?worker&url';

export type TrainingWorker = Remote<TrainingApi>;
export type SurfaceWorker = Remote<SurfaceApi>;
export type ClassicWorker = Remote<ClassicApi>;

/** Starts the training worker; if it dies, its calls reject and `onDeath` hears why, once. */
export function startTrainingWorker(
  onSnapshot: (snapshot: Snapshot) => void,
  onLandscape: (update: LandscapeUpdate) => void,
  onLoading: (progress: LoadProgress) => void,
  onDeath: (error: Error) => void,
): TrainingWorker {
  const { remote } = connect<TrainingApi>(
    startModuleWorker(trainingWorkerUrl),
    'training worker',
    onDeath,
  );
  remote.subscribe(proxy(onSnapshot), proxy(onLandscape), proxy(onLoading)).catch(() => {}); // onDeath says
  return remote;
}

/** Starts the surface worker; if it dies, its calls reject (with why) and `onDeath` hears it. */
export function startSurfaceWorker(onDeath: (error: Error) => void): SurfaceWorker {
  return connect<SurfaceApi>(startModuleWorker(surfaceWorkerUrl), 'surface worker', onDeath).remote;
}

/** Starts the classic-methods worker; if it dies, its calls reject and `onDeath` hears it. */
export function startClassicWorker(onDeath: (error: Error) => void): ClassicWorker {
  return connect<ClassicApi>(startModuleWorker(classicWorkerUrl), 'classic-methods worker', onDeath)
    .remote;
}

/** A pool of run workers, `size` of them at most (by default one per core, up to four). */
export function startRunPool(size: number = defaultPoolSize()): RunPool {
  return new RunPool(size, startRunWorker);
}

/** One run worker behind the pool's handle; the pool replaces it when it dies. */
function startRunWorker(onDeath: () => void): RunWorkerHandle {
  const { remote, terminate } = connect<RunApi>(
    startModuleWorker(runWorkerUrl),
    'run worker',
    onDeath,
  );
  // One long-lived callback for the worker's lifetime, handing each update to the run it
  // is training (one at a time): a proxy per run would open a message port per run.
  let current: ((update: RunUpdate) => void) | null = null;
  remote.subscribe(proxy((update: RunUpdate) => current?.(update))).catch(() => {}); // start says
  return {
    start: (request, onUpdate) => {
      current = onUpdate;
      return remote.start(request);
    },
    cancel: () => void remote.cancel().catch(() => {}), // a dead worker has nothing to cancel
    evaluateTest: (request) => remote.evaluateTest(request),
    terminate,
  };
}
