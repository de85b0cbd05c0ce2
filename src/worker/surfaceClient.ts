// The page's handle on the surface worker, started on first use.
import { wrap, type Remote } from 'comlink';
import { guardedRemote, guardWorker } from './guard';
import type { SurfaceApi } from './surface.worker';

export type SurfaceWorker = Remote<SurfaceApi>;

/** Starts the worker; if it dies, its calls reject (with why) and `onDeath` hears it. */
export function startSurfaceWorker(onDeath: (error: Error) => void): SurfaceWorker {
  const worker = new Worker(new URL('./surface.worker.ts', import.meta.url), { type: 'module' });
  return guardedRemote(wrap<SurfaceApi>(worker), guardWorker(worker, 'surface worker', onDeath));
}
