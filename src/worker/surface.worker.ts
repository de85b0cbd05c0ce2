// The surface worker: races optimizers on a 2-D surface and samples the surface for its
// heatmap, off the page's thread (surfaceJobs.ts), served through the bridge. The results'
// arrays go back moved, not copied.
import type { SurfaceWindow } from '../engine/surfaceGrid';
import type { SurfaceRequest } from '../spec/protocol/surface';
import { moved, serve } from './bridge';
import { grid, race } from './surfaceJobs';

function jobs() {
  return {
    race(document: unknown) {
      const result = race(document);
      return moved(
        result,
        result.runs.map((r) => r.data),
      );
    },
    grid(request: SurfaceRequest, window: SurfaceWindow, resolution: number) {
      const result = grid(request, window, resolution);
      return moved(result, [result.values]);
    },
  };
}

export type SurfaceApi = ReturnType<typeof jobs>;

serve(jobs);
