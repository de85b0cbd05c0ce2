// The still part of the race picture, drawn once per surface or window: the heatmap (its
// colour scale in levels.ts), contour lines, the known minima and the axes. Timed with
// performance.measure('descent:surface'), which the bench reads.
import type { SurfaceGrid } from '../../spec/protocol/surface';
import {
  clipToPlot,
  drawAxes,
  drawStar,
  plotArea,
  prepareCanvas,
  type Frame,
} from '../boundary/plot';
import { viridis } from './colormap';
import { contourSegments } from './contours';
import { contourValues, level, surfaceScale } from './levels';

const CONTOURS = 14;
/** Cells whose value is not finite (1/x at 0, an overflow): a neutral grey. */
const UNDEFINED = [150, 150, 150];

let tile: HTMLCanvasElement | null = null;

export function drawSurface(
  canvas: HTMLCanvasElement,
  size: number,
  frame: Frame,
  grid: SurfaceGrid | null,
  minima: readonly (readonly [number, number])[],
): void {
  performance.mark('descent:surface-start');
  const ctx = prepareCanvas(canvas, size);
  if (ctx === null) return;
  if (grid !== null) {
    const scale = surfaceScale(grid.values);
    const n = grid.resolution;
    const image = new ImageData(n, n);
    for (let cell = 0; cell < n * n; cell++) {
      const v = grid.values[cell];
      if (scale === null || !Number.isFinite(v)) {
        image.data.set(UNDEFINED, cell * 4);
      } else {
        viridis(level(scale, v), image.data, cell * 4);
      }
      image.data[cell * 4 + 3] = 255;
    }
    tile ??= document.createElement('canvas');
    if (tile.width !== n) tile.width = tile.height = n;
    tile.getContext('2d')?.putImageData(image, 0, 0);
    const [left, top, width, height] = plotArea(frame);
    ctx.imageSmoothingEnabled = true;
    // The cells tile the window exactly: the image's edges are the window's.
    ctx.drawImage(tile, left, top, width, height);

    if (scale !== null) {
      ctx.save();
      clipToPlot(ctx, frame);
      drawContours(ctx, frame, grid, contourValues(scale, CONTOURS));
      ctx.restore();
    }
  }
  drawMinima(ctx, frame, minima);
  drawAxes(ctx, frame, false);
  performance.measure('descent:surface', 'descent:surface-start');
}

function drawContours(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  grid: SurfaceGrid,
  levels: number[],
): void {
  const n = grid.resolution;
  const [x0, x1] = grid.window.x;
  const [y0, y1] = grid.window.y;
  // Sample (col, row) sits at its cell's centre.
  const px = (col: number) => frame.x(x0 + ((col + 0.5) * (x1 - x0)) / n);
  const py = (row: number) => frame.y(y1 - ((row + 0.5) * (y1 - y0)) / n);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.45)';
  ctx.lineWidth = 0.8;
  const segments: number[] = [];
  for (const value of levels) contourSegments(grid.values, n, value, segments);
  ctx.beginPath();
  for (let i = 0; i < segments.length; i += 4) {
    ctx.moveTo(px(segments[i]), py(segments[i + 1]));
    ctx.lineTo(px(segments[i + 2]), py(segments[i + 3]));
  }
  ctx.stroke();
}

/** Each known minimum as a star. */
function drawMinima(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  minima: readonly (readonly [number, number])[],
) {
  ctx.save();
  clipToPlot(ctx, frame);
  for (const [x, y] of minima) drawStar(ctx, frame.x(x), frame.y(y), 7, 3);
  ctx.restore();
}
