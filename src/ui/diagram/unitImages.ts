// The small pictures inside the diagram's nodes, for 2-input data: what each unit outputs
// over the plotted window, painted on one canvas over the diagram (the inputs' fixed ramps
// are PNG data URLs, drawn once). Blue is positive and
// orange negative, as on the edges, with white at 0. Each unit is drawn against its own
// largest |output|, so its shape shows at full contrast, but never less than a tenth of the
// layer's largest: a unit that barely responds stays pale, and a dead ReLU blank.
import type { NetworkPicture } from '../../spec/protocol/training';
import { CLASS_COLORS, hexToRgb, mix, WHITE, type Rgb } from '../boundary/palette';

export const POSITIVE = CLASS_COLORS[0]; // Okabe–Ito blue
export const NEGATIVE = CLASS_COLORS[1]; // Okabe–Ito orange
const POSITIVE_RGB = hexToRgb(POSITIVE);
const NEGATIVE_RGB = hexToRgb(NEGATIVE);

/** t in [−1, 1]: orange through white to blue. NaN (a diverged run) draws white. */
export function signedColor(t: number): Rgb {
  return t >= 0 ? mix(WHITE, POSITIVE_RGB, t) : mix(WHITE, NEGATIVE_RGB, -t);
}

/** The largest finite |value|, or 1 when there is none (all zero, all NaN). */
export function largestMagnitude(values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const v = Math.abs(values[i]);
    if (v > largest && Number.isFinite(v)) largest = v;
  }
  return largest > 0 ? largest : 1;
}

/** Paints `value(cell)` / scale into a res×res PNG. */
function picture(
  canvas: HTMLCanvasElement,
  res: number,
  scale: number,
  value: (cell: number) => number,
): string {
  const context = canvas.getContext('2d');
  if (context === null) return '';
  const image = context.createImageData(res, res);
  for (let cell = 0; cell < res * res; cell++) {
    const [r, g, b] = signedColor(value(cell) / scale);
    // Byte by byte: a [r, g, b, 255] literal per cell would be thousands of arrays a frame.
    const o = cell * 4;
    image.data[o] = r;
    image.data[o + 1] = g;
    image.data[o + 2] = b;
    image.data[o + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  return canvas.toDataURL();
}

function scratchCanvas(res: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = res;
  canvas.height = res;
  return canvas;
}

/** The two inputs as ramps from −1 to 1: x left to right, y bottom to top. */
export function inputImages(res: number): string[] {
  const canvas = scratchCanvas(res);
  // Grid row 0 is the top (largest y), column 0 the left (smallest x), as in the boundary.
  const ramp = (cell: number, axis: number) => {
    const position = axis === 0 ? cell % res : res - 1 - Math.floor(cell / res);
    return (2 * position) / (res - 1) - 1;
  };
  return [0, 1].map((axis) => picture(canvas, res, 1, (cell) => ramp(cell, axis)));
}

/** One small canvas reused for every unit's picture, every update. */
let unitScratch: HTMLCanvasElement | null = null;

/** Where one unit's picture goes on the diagram, in its coordinates. */
export interface Placement {
  layer: number;
  unit: number;
  x: number;
  y: number;
  size: number;
}

/**
 * Paints every placed unit's response into one canvas laid over the diagram: a few dozen
 * small drawImage calls, where per-unit PNG images would each be re-encoded and re-decoded
 * on every update (a fifth of the page's frame rate while training).
 */
export function paintUnits(
  canvas: HTMLCanvasElement,
  network: NetworkPicture,
  placements: readonly Placement[],
): void {
  const ctx = canvas.getContext('2d');
  const grids = network.unitGrids;
  if (ctx === null) return;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (grids === null) return;
  const res = network.unitResolution;
  if (unitScratch?.width !== res) unitScratch = scratchCanvas(res);
  const scratch = unitScratch;
  const scratchContext = scratch.getContext('2d');
  if (scratchContext === null) return;
  const image = scratchContext.createImageData(res, res);
  const floors = new Map<number, number>();
  const dpr = canvas.width / Number(canvas.dataset.width ?? canvas.width);
  ctx.imageSmoothingEnabled = true;
  for (const { layer, unit, x, y, size } of placements) {
    const grid = grids[layer];
    if (grid === undefined) continue;
    const width = grid.length / (res * res);
    if (unit >= width) continue;
    if (!floors.has(layer)) floors.set(layer, largestMagnitude(grid) / 10);
    let largest = floors.get(layer)!;
    for (let cell = 0; cell < res * res; cell++) {
      const v = Math.abs(grid[cell * width + unit]);
      if (v > largest) largest = v; // NaN compares false and is skipped
    }
    for (let cell = 0; cell < res * res; cell++) {
      const [r, g, b] = signedColor(grid[cell * width + unit] / largest);
      const o = cell * 4;
      image.data[o] = r;
      image.data[o + 1] = g;
      image.data[o + 2] = b;
      image.data[o + 3] = 255;
    }
    scratchContext.putImageData(image, 0, 0);
    ctx.drawImage(scratch, x * dpr, y * dpr, size * dpr, size * dpr);
  }
}
