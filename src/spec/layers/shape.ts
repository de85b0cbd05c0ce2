// What flows between layers: a number of features, or an image [channels, height, width]
// (the contract's "Images and convolution": PyTorch's NCHW without the batch, flattened in
// channel, row, column order). Every layer states its output shape from its input's.
import { fail, int, item, list, reject } from '../check';

export type ImageShape = readonly [channels: number, height: number, width: number];
export type Shape = number | ImageShape;

export function isImage(shape: Shape): shape is ImageShape {
  return typeof shape !== 'number';
}

/** Numbers per sample: the features, or C·H·W. */
export function sizeOf(shape: Shape): number {
  return isImage(shape) ? shape[0] * shape[1] * shape[2] : shape;
}

/** As people read it: "16", or "8 × 24 × 24". */
export function shapeText(shape: Shape): string {
  return isImage(shape) ? shape.join(' × ') : String(shape);
}

/**
 * The image a layer of `type` needs as its input (a convolution, a pooling), or a refusal
 * naming the layer at `path` and saying how to get one.
 */
export function needImage(input: Shape, path: string, type: string): ImageShape {
  if (isImage(input)) return input;
  fail(
    path,
    `is a ${type} layer, which needs an image [channels, height, width] as its input, but its ` +
      `input is ${input} numbers in a row (give model.inputs as an image shape, and put ` +
      `${type} layers before any dense or flatten layer)`,
  );
}

/** `[C, H, W]` as a document writes it: three positive integers, C·H·W at most `max`. */
export function parseImageShape(value: unknown, path: string, max: number): ImageShape {
  const sides = list(value, path);
  if (sides.length !== 3) {
    reject(path, 'an image shape [channels, height, width] (3 positive integers)', value);
  }
  const [c, h, w] = sides.map((side, i) => int(side, item(path, i), 1, max));
  if (c * h * w > max) fail(path, `holds ${c * h * w} numbers per image; the limit is ${max}`);
  return [c, h, w];
}
