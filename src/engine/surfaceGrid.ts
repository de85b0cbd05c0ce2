// A surface sampled on a grid for the heatmap: f at the centre of every cell of a window,
// with the finite range, so the page can colour it without looking at every value again.
import type { SurfaceGrid, SurfaceWindow } from '../spec/protocol/surface';
import type { Surface } from './surfaces';

export type { SurfaceGrid, SurfaceWindow };

export function sampleSurface(
  surface: Surface,
  window: SurfaceWindow,
  resolution: number,
): SurfaceGrid {
  const values = new Float32Array(resolution * resolution);
  const [x0, x1] = window.x;
  const [y0, y1] = window.y;
  const dx = (x1 - x0) / resolution;
  const dy = (y1 - y0) / resolution;
  let min = Infinity,
    max = -Infinity;
  for (let row = 0; row < resolution; row++) {
    const y = y1 - (row + 0.5) * dy;
    for (let col = 0; col < resolution; col++) {
      const v = surface.f(x0 + (col + 0.5) * dx, y);
      values[row * resolution + col] = v;
      // The float32 value, so the range matches what is stored (1e300 becomes Infinity).
      const stored = values[row * resolution + col];
      if (Number.isFinite(stored)) {
        if (stored < min) min = stored;
        if (stored > max) max = stored;
      }
    }
  }
  return {
    resolution,
    window,
    values,
    min: min <= max ? min : NaN,
    max: min <= max ? max : NaN,
  };
}
