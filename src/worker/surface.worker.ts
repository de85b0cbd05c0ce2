// The surface worker: races optimizers on a 2-D surface and samples the surface for its
// heatmap, off the page's thread (surfaceJobs.ts). A thin comlink adapter: the results'
// arrays go back transferred, not copied.
import { expose, transfer } from 'comlink';
import type { SurfaceWindow } from '../engine/surfaceGrid';
import { grid, race } from './surfaceJobs';
import type { SurfaceRequest } from './surfaceProtocol';

const api = {
  race(document: unknown) {
    const result = race(document);
    return transfer(
      result,
      result.runs.map((r) => r.data.buffer as ArrayBuffer),
    );
  },
  grid(request: SurfaceRequest, window: SurfaceWindow, resolution: number) {
    const result = grid(request, window, resolution);
    return transfer(result, [result.values.buffer as ArrayBuffer]);
  },
};

export type SurfaceApi = typeof api;

expose(api);
