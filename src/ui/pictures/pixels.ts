// Images as the page paints them: a sample's pixels (raw, as the data holds them) into a
// canvas the size of the image, scaled up by CSS with `image-rendering: pixelated`. One
// grey channel is ink on paper (the largest value black), as the digits were scanned; three
// channels are red, green and blue.
import type { ImageShape } from '../../spec/layers';
import { signedColor } from '../diagram/unitImages';

/** The smallest and largest value of `values` (a range of 1 around a constant). */
export function rangeOf(values: ArrayLike<number>): [number, number] {
  let lo = Infinity,
    hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo)) return [lo - 0.5, lo + 0.5];
  return [lo, hi];
}

/**
 * Paints the image at `offset` of `values` into `canvas` (width W, height H), values mapped
 * from `range` onto the colour scale.
 */
export function paintImage(
  canvas: HTMLCanvasElement,
  values: ArrayLike<number>,
  offset: number,
  [channels, height, width]: ImageShape,
  [lo, hi]: readonly [number, number],
): void {
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  const image = ctx.createImageData(width, height);
  const plane = height * width;
  const level = (v: number) => Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
  for (let p = 0; p < plane; p++) {
    const k = p * 4;
    if (channels === 3) {
      for (let c = 0; c < 3; c++)
        image.data[k + c] = Math.round(255 * level(values[offset + c * plane + p]));
    } else {
      // Grey (or the first channel of another count): ink on paper.
      const grey = Math.round(255 * (1 - level(values[offset + p])));
      image.data[k] = image.data[k + 1] = image.data[k + 2] = grey;
    }
    image.data[k + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}

/**
 * Paints one plane of signed values (a feature map, a kernel) in the diagram's colours
 * (positive blue, negative orange, white at 0) against `scale`, the largest magnitude of
 * what is shown beside it, so that planes of one layer compare.
 */
export function paintSigned(
  canvas: HTMLCanvasElement,
  values: ArrayLike<number>,
  offset: number,
  height: number,
  width: number,
  scale: number,
): void {
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  const image = ctx.createImageData(width, height);
  for (let p = 0; p < height * width; p++) {
    const t = Math.max(-1, Math.min(1, values[offset + p] / scale));
    image.data.set([...signedColor(t), 255], p * 4);
  }
  ctx.putImageData(image, 0, 0);
}
