// The page's one handle on the training worker (the only module that talks to it).
import { proxy, wrap, type Remote } from 'comlink';
import type { LandscapeUpdate, Snapshot } from './protocol';
import type { TrainingApi } from './training.worker';

export type TrainingWorker = Remote<TrainingApi>;

export function startTrainingWorker(
  onSnapshot: (snapshot: Snapshot) => void,
  onLandscape: (update: LandscapeUpdate) => void,
): TrainingWorker {
  const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<TrainingApi>(worker);
  const datasets = new URL(`${import.meta.env.BASE_URL}datasets/`, location.href).href;
  void api.subscribe(proxy(onSnapshot), proxy(onLandscape), datasets);
  return api;
}
