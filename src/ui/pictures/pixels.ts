// Images as the page paints them: a sample's pixels (raw, as the data holds them) into a
// canvas the size of the image, scaled up by CSS with `image-rendering: pixelated`. One
// grey channel is ink on paper (the largest value black), as the digits were scanned; three
// channels are red, green and blue.
import type { ImageShape } from '../../spec/layers';
import type { DataSummary } from '../../spec/protocol/training';
import { signedColor } from '../diagram/unitImages';

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
  const span = hi > lo ? hi - lo : 1; // a constant picture is all paper
  const level = (v: number) => Math.min(1, Math.max(0, (v - lo) / span));
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

/** A part's plotted samples (raw) and their labels, as the data summary holds them. */
export function partSamples(
  data: DataSummary,
  part: 'training' | 'validation',
): { points: Float32Array; labels: Float32Array } {
  return part === 'validation'
    ? { points: data.validationPoints, labels: data.validationLabels }
    : { points: data.trainPoints, labels: data.trainLabels };
}
