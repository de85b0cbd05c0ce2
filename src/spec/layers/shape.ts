// What flows between layers: a number of features, or an image [channels, height, width]
// (the contract's "Images and convolution": PyTorch's NCHW without the batch, flattened in
// channel, row, column order). Every layer states its output shape from its input's.

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
