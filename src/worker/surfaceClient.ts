// The page's handle on the surface worker, started on first use.
import { wrap, type Remote } from 'comlink';
import type { SurfaceApi } from './surface.worker';

export type SurfaceWorker = Remote<SurfaceApi>;

export function startSurfaceWorker(): SurfaceWorker {
  const worker = new Worker(new URL('./surface.worker.ts', import.meta.url), { type: 'module' });
  return wrap<SurfaceApi>(worker);
}
