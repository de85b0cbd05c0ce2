// What the surface worker computes, apart from the comlink adapter so Node tests can call
// it: the race of a trajectory document, and a surface sampled for its heatmap. Both
// validate what they are given (the worker trusts nothing it is sent).
import { checkStart, surfaceOf } from '../engine/customSurface';
import { sampleSurface, type SurfaceGrid, type SurfaceWindow } from '../engine/surfaceGrid';
import { recordRace } from '../engine/trajectory';
import { parseSurface, parseTrajectory } from '../spec';
import type { RaceResult, SurfaceRequest } from '../spec/protocol/surface';

/** Heatmap cells per axis at most: more than any plot's pixels. */
export const MAX_RESOLUTION = 400;

/** Every racer of a trajectory document, recorded to its step budget. */
export function race(document: unknown): RaceResult {
  const spec = parseTrajectory(document);
  checkStart(spec);
  const runs = recordRace(spec).map(({ data, count, diverged }) => ({
    data,
    count,
    diverged,
  }));
  return { runs };
}

/** The surface's values over `window`, the surface validated as a document's would be. */
export function grid(
  request: SurfaceRequest,
  window: SurfaceWindow,
  resolution: number,
): SurfaceGrid {
  const surface = surfaceOf(parseSurface(request.surface, request.expression));
  const n = Math.max(2, Math.min(MAX_RESOLUTION, Math.round(resolution) || 2));
  return sampleSurface(surface, checkWindow(window), n);
}

/** A window of finite numbers, each range increasing. */
function checkWindow(w: SurfaceWindow): SurfaceWindow {
  const ok = (r: unknown) =>
    Array.isArray(r) && r.length === 2 && r.every(Number.isFinite) && r[0] < r[1];
  if (!ok(w?.x) || !ok(w?.y)) {
    throw new Error('the view window must be two ranges of finite numbers, each increasing');
  }
  return w;
}
