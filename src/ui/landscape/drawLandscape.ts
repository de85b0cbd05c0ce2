// Paints a loss landscape as far as it is computed: a heatmap on a log colour scale, contour
// lines, the training path (PCA) and a star at the current weights. While the finer passes
// run, each cell not yet computed takes the value of the nearest cell of the finest complete
// pass, so the picture is whole from the first pass on and sharpens pass by pass. Called
// when a new picture arrives (~10 a second at most), never per React render.
import type { LandscapePicture } from '../../spec/protocol/training';
import {
  clipToPlot,
  drawAxes,
  drawStar,
  LABEL_PX,
  makeFrame,
  plotArea,
  prepareCanvas,
  type Frame,
} from '../boundary/plot';
import { viridis } from '../race/colormap';
import { contourSegments } from '../race/contours';
import { contourValues, level, logScale, type LogScale } from '../race/levels';

/** The canvas's CSS size: a little larger than the boundary's, for the finer grids. */
export const LANDSCAPE_SIZE = 360;
const CONTOURS = 12;
/** A cell no pass has reached yet (only before the first pass completes). */
const PENDING = [236, 236, 232];

/** Buffers reused from one draw to the next (a draw comes every ~100 ms while computing). */
const scratch = {
  tile: null as HTMLCanvasElement | null,
  image: null as ImageData | null,
  filled: new Float32Array(0),
  lattice: new Float32Array(0),
};

export function drawLandscape(
  canvas: HTMLCanvasElement,
  picture: LandscapePicture,
  labelPx = LABEL_PX,
): void {
  const ctx = prepareCanvas(canvas, LANDSCAPE_SIZE);
  if (ctx === null) return;
  const { a0, a1, b0, b1 } = picture.window;
  const frame = makeFrame([a0, a1], [b0, b1], LANDSCAPE_SIZE, labelPx);
  // The colours follow the computed values only, not the copies filled in around them.
  const scale = logScale(picture.values);
  drawHeatmap(ctx, frame, picture, fillFromCoarse(picture), scale);
  ctx.save();
  clipToPlot(ctx, frame);
  if (scale !== null && picture.stride > 0) drawContours(ctx, frame, picture, scale);
  if (picture.path !== null) drawPath(ctx, frame, picture.path);
  drawStar(ctx, frame.x(0), frame.y(0), 8, 3.5); // the current weights
  ctx.restore();
  drawAxes(ctx, frame, false);
}

/**
 * The values with every cell not yet computed set to its nearest cell on the finest complete
 * pass's lattice (rows and columns that are multiples of the stride). Before the first pass
 * completes there is no such lattice, and those cells stay NaN.
 */
function fillFromCoarse(picture: LandscapePicture): Float32Array {
  const { values, resolution: r, stride: s } = picture;
  if (scratch.filled.length !== values.length) scratch.filled = new Float32Array(values.length);
  const filled = scratch.filled;
  filled.set(values);
  if (s <= 1) return filled;
  // The lattice's last row and column: r − 1 itself when it is a multiple of s.
  const last = Math.floor((r - 1) / s) * s;
  for (let row = 0; row < r; row++) {
    const lr = Math.min(last, Math.round(row / s) * s);
    for (let col = 0; col < r; col++) {
      const cell = row * r + col;
      if (!Number.isNaN(filled[cell])) continue;
      const lc = Math.min(last, Math.round(col / s) * s);
      filled[cell] = values[lr * r + lc];
    }
  }
  return filled;
}

function drawHeatmap(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  picture: LandscapePicture,
  filled: Float32Array,
  scale: LogScale | null,
): void {
  const r = picture.resolution;
  if (scratch.image?.width !== r) scratch.image = new ImageData(r, r);
  const data = scratch.image.data;
  for (let y = 0; y < r; y++) {
    // Image row 0 is the top of the plot, the largest b: the grid's last row.
    const row = r - 1 - y;
    for (let col = 0; col < r; col++) {
      const v = filled[row * r + col],
        o = (y * r + col) * 4;
      // +Infinity (the loss overflowed) is the top of the scale: level() clamps it to 1.
      if (scale === null || Number.isNaN(v)) data.set(PENDING, o);
      else viridis(level(scale, v), data, o);
      data[o + 3] = 255;
    }
  }
  scratch.tile ??= document.createElement('canvas');
  const tile = scratch.tile;
  if (tile.width !== r) tile.width = tile.height = r;
  tile.getContext('2d')?.putImageData(scratch.image, 0, 0);
  const [left, top, width, height] = plotArea(frame);
  ctx.imageSmoothingEnabled = true;
  // Grid points lie on the window's edges, so the first and last pixel centres (not the
  // pixels' outer edges) go to the frame's edges, as the boundary's heatmap does.
  ctx.drawImage(tile, 0.5, 0.5, r - 1, r - 1, left, top, width, height);
}

/**
 * Contours of the finest complete pass's lattice: smooth lines from the first pass on, where
 * the filled-in blocks would give staircases.
 */
function drawContours(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  picture: LandscapePicture,
  scale: LogScale,
): void {
  const { values, resolution: r, stride: s, window: w } = picture;
  const m = Math.floor((r - 1) / s) + 1;
  if (m < 2) return;
  if (scratch.lattice.length < m * m) scratch.lattice = new Float32Array(m * m);
  const lattice = scratch.lattice.subarray(0, m * m);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++) lattice[i * m + j] = values[i * s * r + j * s];
  const segments: number[] = [];
  for (const value of contourValues(scale, CONTOURS)) contourSegments(lattice, m, value, segments);
  // Lattice column j is grid column j·s, at a = a0 + j·s·(a1 − a0)/(r − 1); rows alike in b.
  const da = (s * (w.a1 - w.a0)) / (r - 1),
    db = (s * (w.b1 - w.b0)) / (r - 1);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.45)';
  ctx.lineWidth = 0.8;
  ctx.beginPath();
  for (let k = 0; k < segments.length; k += 4) {
    ctx.moveTo(frame.x(w.a0 + segments[k] * da), frame.y(w.b0 + segments[k + 1] * db));
    ctx.lineTo(frame.x(w.a0 + segments[k + 2] * da), frame.y(w.b0 + segments[k + 3] * db));
  }
  ctx.stroke();
}

/** The recorded weights as dots joined in order, and on to the current weights at (0, 0). */
function drawPath(ctx: CanvasRenderingContext2D, frame: Frame, path: Float64Array): void {
  const trace = () => {
    ctx.beginPath();
    for (let i = 0; i < path.length; i += 2) ctx.lineTo(frame.x(path[i]), frame.y(path[i + 1]));
    ctx.lineTo(frame.x(0), frame.y(0));
    ctx.stroke();
  };
  // A dark casing under a white line: visible on the dark valleys and the bright slopes.
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.6)';
  ctx.lineWidth = 3.5;
  trace();
  ctx.strokeStyle = 'white';
  ctx.lineWidth = 1.5;
  trace();
  ctx.fillStyle = 'white';
  ctx.strokeStyle = '#222';
  ctx.lineWidth = 1;
  for (let i = 0; i < path.length; i += 2) {
    ctx.beginPath();
    // The first dot, the initial weights, a little larger: where the path starts.
    ctx.arc(frame.x(path[i]), frame.y(path[i + 1]), i === 0 ? 4 : 2.5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}
