// The page's one handle on the training worker (the only module that talks to it).
import { proxy, wrap, type Remote } from 'comlink';
import { guardedRemote, guardWorker } from './guard';
import type { LandscapeUpdate, Snapshot } from './protocol';
import type { TrainingApi } from './training.worker';

export type TrainingWorker = Remote<TrainingApi>;

/** Starts the worker; if it dies, its calls reject and `onDeath` hears why, once. */
export function startTrainingWorker(
  onSnapshot: (snapshot: Snapshot) => void,
  onLandscape: (update: LandscapeUpdate) => void,
  onDeath: (error: Error) => void,
): TrainingWorker {
  const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
  const api = guardedRemote(
    wrap<TrainingApi>(worker),
    guardWorker(worker, 'training worker', onDeath),
  );
  const datasets = new URL(`${import.meta.env.BASE_URL}datasets/`, location.href).href;
  api.subscribe(proxy(onSnapshot), proxy(onLandscape), datasets).catch(() => {}); // onDeath says
  return api;
}
