// The surface worker: races optimizers on a 2-D surface and samples the surface for its
// heatmap, off the page's thread. A thin comlink adapter: documents are validated here
// (the worker trusts nothing it is sent) and arrays go back transferred, not copied.
import { expose, transfer } from 'comlink';
import { surfaceOf } from '../engine/customSurface';
import { sampleSurface, type SurfaceWindow } from '../engine/surfaceGrid';
import { recordRace } from '../engine/trajectory';
import { parseSurface, parseTrajectory } from '../spec';
import type { RaceResult, SurfaceRequest } from './surfaceProtocol';

/** Heatmap cells per axis at most: 200×200 is sharper than the plot's pixels need. */
const MAX_RESOLUTION = 400;

const api = {
  /** Every racer of a trajectory document, recorded to its step budget. */
  race(document: unknown): RaceResult {
    const runs = recordRace(parseTrajectory(document)).map(({ data, count, diverged }) => ({
      data,
      count,
      diverged,
    }));
    return transfer(
      { runs },
      runs.map((r) => r.data.buffer as ArrayBuffer),
    );
  },
  /** The surface's values over `window`, the surface validated as a document's would be. */
  grid(request: SurfaceRequest, window: SurfaceWindow, resolution: number) {
    const surface = surfaceOf(parseSurface(request.surface, request.expression));
    const n = Math.max(2, Math.min(MAX_RESOLUTION, Math.round(resolution)));
    const grid = sampleSurface(surface, checkWindow(window), n);
    return transfer(grid, [grid.values.buffer as ArrayBuffer]);
  },
};

/** A window of finite numbers, each range increasing. */
function checkWindow(w: SurfaceWindow): SurfaceWindow {
  const ok = (r: unknown) =>
    Array.isArray(r) && r.length === 2 && r.every(Number.isFinite) && r[0] < r[1];
  if (!ok(w?.x) || !ok(w?.y)) throw new Error('the view window must be two increasing ranges');
  return w;
}

export type SurfaceApi = typeof api;

expose(api);
