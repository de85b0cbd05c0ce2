// The small pictures inside the diagram's nodes, for 2-input data: what each unit outputs
// over the plotted window, as PNG data URLs an SVG <image> can show. Blue is positive and
// orange negative, as on the edges, with white at 0. Each unit is drawn against its own
// largest |output|, so its shape shows at full contrast, but never less than a tenth of the
// layer's largest: a unit that barely responds stays pale, and a dead ReLU blank.
import type { NetworkPicture } from '../../worker/protocol';
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

/**
 * Per document layer in `shown`, the pictures of its first `shown.get(layer)` units; empty
 * when the data has no grids (not 2 inputs).
 */
export function unitImages(
  network: NetworkPicture,
  shown: ReadonlyMap<number, number>,
): Map<number, string[]> {
  const layers = new Map<number, string[]>();
  const grids = network.unitGrids;
  if (grids === null) return layers;
  const res = network.unitResolution;
  const canvas = scratchCanvas(res);
  for (const [layer, count] of shown) {
    const grid = grids[layer];
    if (grid === undefined) continue;
    const width = grid.length / (res * res);
    const floor = largestMagnitude(grid) / 10;
    const pictures: string[] = [];
    for (let unit = 0; unit < Math.min(count, width); unit++) {
      const values = (cell: number) => grid[cell * width + unit];
      let largest = floor;
      for (let cell = 0; cell < res * res; cell++) {
        const v = Math.abs(values(cell));
        if (v > largest) largest = v; // NaN compares false and is skipped
      }
      pictures.push(picture(canvas, res, largest, values));
    }
    layers.set(layer, pictures);
  }
  return layers;
}
