// Where an output cell of a convolution or a pooling looks on its input: the index math the
// glass box draws and writes out. Pure, so that Node tests can hold it to the engine's own
// outputs (engine/layers/im2col.ts and pool2d.ts walk the same positions). Images are
// [C, H, W] flattened channel, row, column (NCHW without the batch); indices count from 0.
import { isImage, type ImageShape, type Shape } from '../../spec/layers/shape';
import type { GlassTrace } from '../../spec/protocol/glass';

/** A cell of an image: its channel, row and column. */
export interface Cell {
  channel: number;
  row: number;
  col: number;
}

/** Rows (or columns) first … last, both included; a convolution's may reach into the padding. */
export interface Span {
  first: number;
  last: number;
}

/** The rows and columns an output cell looks at, on one input channel (or every one). */
export interface Field {
  rows: Span;
  cols: Span;
}

/** A convolution's geometry: its kernel [kh, kw], its stride, its zero padding on every side. */
export interface ConvGeometry {
  kernel: readonly [number, number];
  stride: number;
  padding: number;
}

/**
 * The geometry of convolution `primitive`: its kernel from its weights' shape [F, C, kh, kw],
 * its stride and padding from its document layer.
 */
export function convGeometryOf(trace: GlassTrace, primitive: number): ConvGeometry {
  const p = trace.primitives[primitive];
  const layer = trace.layers[p.layer];
  const W = p.params.find((q) => q.name === 'W')!;
  if (layer.type !== 'conv2d') throw new Error(`primitive ${primitive} is not a convolution`);
  return { kernel: [W.shape[2], W.shape[3]], stride: layer.stride, padding: layer.padding };
}

/** The window and stride of pooling `primitive`, from its document layer. */
export function poolingOf(trace: GlassTrace, primitive: number): { size: number; stride: number } {
  const layer = trace.layers[trace.primitives[primitive].layer];
  if (layer.type !== 'maxpool2d' && layer.type !== 'avgpool2d')
    throw new Error(`primitive ${primitive} is not a pooling`);
  return { size: layer.size, stride: layer.stride };
}

/** An image's shape; a vector of n as a one-row image 1 × 1 × n (it can still be drawn). */
export function imageOf(shape: Shape): ImageShape {
  return isImage(shape) ? shape : [1, 1, shape];
}

export function cellOf([, H, W]: ImageShape, index: number): Cell {
  return { channel: Math.floor(index / (H * W)), row: Math.floor(index / W) % H, col: index % W };
}

export function indexOf([, H, W]: ImageShape, { channel, row, col }: Cell): number {
  return (channel * H + row) * W + col;
}

/**
 * The input rows and columns under the kernel for output cell (row, col): kh rows from
 * row·stride − padding, kw columns from col·stride − padding. Those outside 0 … H − 1 (or
 * W − 1) are the padding: zeros.
 */
export function convField({ kernel: [kh, kw], stride, padding }: ConvGeometry, cell: Cell): Field {
  const top = cell.row * stride - padding;
  const left = cell.col * stride - padding;
  return { rows: { first: top, last: top + kh - 1 }, cols: { first: left, last: left + kw - 1 } };
}

/** One term of an output cell's sum: kernel position (channel, u, v) over the input. */
export interface Tap {
  channel: number;
  /** The kernel's row and column. */
  u: number;
  v: number;
  /** The input's row and column under it (outside the image on the padding). */
  row: number;
  col: number;
  /** Its index in the input row, or null on the padding (a zero: the term is 0). */
  input: number | null;
  /** The weight's index in W, [F, C, kh, kw] flattened. */
  weight: number;
}

/**
 * The C·kh·kw terms of output cell `out` (its channel is the filter): y = Σ x[input]·W[weight]
 * over the taps not on the padding, plus the filter's bias.
 */
export function convTaps(input: ImageShape, g: ConvGeometry, out: Cell): Tap[] {
  const [C, H, W] = input;
  const [kh, kw] = g.kernel;
  const { rows, cols } = convField(g, out);
  const taps: Tap[] = [];
  for (let channel = 0; channel < C; channel++) {
    for (let u = 0; u < kh; u++) {
      for (let v = 0; v < kw; v++) {
        const row = rows.first + u;
        const col = cols.first + v;
        const inside = row >= 0 && row < H && col >= 0 && col < W;
        taps.push({
          channel,
          u,
          v,
          row,
          col,
          input: inside ? indexOf(input, { channel, row, col }) : null,
          weight: ((out.channel * C + channel) * kh + u) * kw + v,
        });
      }
    }
  }
  return taps;
}

/** A pooling's window for output cell (row, col): size rows and columns from row·stride (no padding). */
export function poolField(size: number, stride: number, cell: Cell): Field {
  const top = cell.row * stride;
  const left = cell.col * stride;
  return {
    rows: { first: top, last: top + size - 1 },
    cols: { first: left, last: left + size - 1 },
  };
}

/** The input indices of output cell `out`'s window, on its own channel, in row order. */
export function poolCells(input: ImageShape, size: number, stride: number, out: Cell): number[] {
  const { rows, cols } = poolField(size, stride, out);
  const cells: number[] = [];
  for (let row = rows.first; row <= rows.last; row++) {
    for (let col = cols.first; col <= cols.last; col++) {
      cells.push(indexOf(input, { channel: out.channel, row, col }));
    }
  }
  return cells;
}

/** The part of `span` inside 0 … n − 1, or null when it lies wholly outside (on the padding). */
export function clip(span: Span, n: number): Span | null {
  const first = Math.max(0, span.first);
  const last = Math.min(n - 1, span.last);
  return first <= last ? { first, last } : null;
}
