// Max and average pooling as torch.nn.MaxPool2d and torch.nn.AvgPool2d compute them with
// no padding: square windows of `size`, moved by `stride` (= size by default), over each
// channel of each sample (rows in channel, row, column order); H' = ⌊(H − size)/stride⌋ + 1,
// so rows and columns the last window does not reach are dropped, as PyTorch's floor does.
import { poolSize } from '../../spec/layers';
import { allocate, type DType, type Floats, type Matrix } from '../matrix';
import type { AvgPool2dSpec, MaxPool2dSpec, ParamsOf } from '../../spec/types';
import type { ImageShape } from '../../spec/layers';
import type { Layer, LayerRow } from './layer';

export interface Pool2dConfig {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  readonly size: number;
  /** PyTorch's default is the window's size: windows side by side, not overlapping. */
  readonly stride?: number;
}

/** What both poolings share: the geometry and their buffers. */
abstract class Pool2d implements Layer {
  readonly params = [];
  readonly inputs: number;
  readonly outputs: number;
  readonly stride: number;
  readonly outHeight: number;
  readonly outWidth: number;
  protected readonly out: Matrix;
  protected readonly dx: Matrix;

  constructor(
    readonly config: Pool2dConfig,
    capacity: number,
    dtype: DType,
  ) {
    const { channels, height, width, size } = config;
    this.stride = config.stride ?? size;
    this.outHeight = poolSize(height, size, this.stride);
    this.outWidth = poolSize(width, size, this.stride);
    // Validation refuses pooling that leaves no output, naming the layer; this guards direct use.
    if (!(size >= 1 && this.stride >= 1 && this.outHeight >= 1 && this.outWidth >= 1))
      throw new Error(
        `pooling ${size} (stride ${this.stride}) leaves no output on ${height}×${width}`,
      );
    this.inputs = channels * height * width;
    this.outputs = channels * this.outHeight * this.outWidth;
    this.out = { rows: 0, cols: this.outputs, data: allocate(dtype, capacity * this.outputs) };
    this.dx = { rows: 0, cols: this.inputs, data: allocate(dtype, capacity * this.inputs) };
  }

  abstract readonly kind: 'maxpool2d' | 'avgpool2d';
  abstract forward(x: Matrix, training: boolean): Matrix;
  abstract backward(dy: Matrix): Matrix;
}

export class MaxPool2d extends Pool2d {
  readonly kind = 'maxpool2d' as const;
  /** For each output of the last forward, the index in x of the input it took. */
  private readonly argmax: Int32Array;

  constructor(config: Pool2dConfig, capacity: number, dtype: DType) {
    super(config, capacity, dtype);
    this.argmax = new Int32Array(capacity * this.outputs);
  }

  forward(x: Matrix): Matrix {
    const { height: H, width: Wd, size } = this.config;
    const Ho = this.outHeight,
      Wo = this.outWidth,
      stride = this.stride;
    const planes = x.rows * this.config.channels; // (sample, channel) pairs, in memory order
    const xs = x.data,
      y = this.out.data,
      argmax = this.argmax;
    for (let q = 0, o = 0; q < planes; q++) {
      const plane = q * H * Wd;
      for (let oy = 0; oy < Ho; oy++) {
        for (let ox = 0; ox < Wo; ox++, o++) {
          const corner = plane + oy * stride * Wd + ox * stride;
          let best = xs[corner],
            at = corner;
          // Strictly greater: on ties the first maximum in row order keeps the gradient, and
          // a NaN wins (and the last NaN), both as torch's CPU kernel does.
          for (let i = 0; i < size; i++) {
            for (let j = 0, k = corner + i * Wd; j < size; j++, k++) {
              const v = xs[k];
              if (v > best || v !== v) {
                best = v;
                at = k;
              }
            }
          }
          y[o] = best;
          argmax[o] = at;
        }
      }
    }
    this.out.rows = x.rows;
    return this.out;
  }

  backward(dy: Matrix): Matrix {
    const n = dy.rows,
      g = dy.data,
      dx = this.dx.data,
      argmax = this.argmax;
    dx.fill(0, 0, n * this.inputs);
    // Added, not set: with stride < size one input can be the maximum of several windows.
    for (let o = 0, end = n * this.outputs; o < end; o++) dx[argmax[o]] += g[o];
    this.dx.rows = n;
    return this.dx;
  }

  /** `from`: the index in the row's input of the value each output took (its gradient goes there). */
  inspect(row: number): Record<string, Floats> {
    const from = new Float64Array(this.outputs);
    for (let o = 0; o < this.outputs; o++) {
      from[o] = this.argmax[row * this.outputs + o] - row * this.inputs;
    }
    return { from };
  }
}

export class AvgPool2d extends Pool2d {
  readonly kind = 'avgpool2d' as const;
  forward(x: Matrix): Matrix {
    const { height: H, width: Wd, size } = this.config;
    const Ho = this.outHeight,
      Wo = this.outWidth,
      stride = this.stride;
    const planes = x.rows * this.config.channels,
      area = size * size;
    const xs = x.data,
      y = this.out.data;
    for (let q = 0, o = 0; q < planes; q++) {
      const plane = q * H * Wd;
      for (let oy = 0; oy < Ho; oy++) {
        for (let ox = 0; ox < Wo; ox++, o++) {
          const corner = plane + oy * stride * Wd + ox * stride;
          let sum = 0; // in double, rounded once into y
          for (let i = 0; i < size; i++) {
            for (let j = 0, k = corner + i * Wd; j < size; j++, k++) sum += xs[k];
          }
          // The full window: without padding every window lies inside the image.
          y[o] = sum / area;
        }
      }
    }
    this.out.rows = x.rows;
    return this.out;
  }

  backward(dy: Matrix): Matrix {
    const { height: H, width: Wd, size } = this.config;
    const Ho = this.outHeight,
      Wo = this.outWidth,
      stride = this.stride;
    const n = dy.rows,
      planes = n * this.config.channels,
      area = size * size;
    const g = dy.data,
      dx = this.dx.data;
    dx.fill(0, 0, n * this.inputs);
    // Each input in a window gets 1/area of that window's gradient (added over windows).
    for (let q = 0, o = 0; q < planes; q++) {
      const plane = q * H * Wd;
      for (let oy = 0; oy < Ho; oy++) {
        for (let ox = 0; ox < Wo; ox++, o++) {
          const corner = plane + oy * stride * Wd + ox * stride,
            share = g[o] / area;
          for (let i = 0; i < size; i++) {
            for (let j = 0, k = corner + i * Wd; j < size; j++, k++) dx[k] += share;
          }
        }
      }
    }
    this.dx.rows = n;
    return this.dx;
  }
}

/** The two poolings' rows differ in their primitive and torch module only. */
function poolRow<S extends MaxPool2dSpec | AvgPool2dSpec>(
  Primitive: typeof MaxPool2d | typeof AvgPool2d,
  module: string,
): LayerRow<S> {
  return {
    build(spec, input, c) {
      const [channels, height, width] = input as ImageShape; // validation: an image
      const config = { channels, height, width, size: spec.size, stride: spec.stride };
      return [new Primitive(config, c.capacity, c.dtype)];
    },
    dump: () => ({}) as ParamsOf<S>,
    load: () => {},
    torch: (spec, _input, k) => [
      {
        name: `${spec.type === 'maxpool2d' ? 'maxpool' : 'avgpool'}${k}`,
        code: `${module}(${spec.size}${spec.stride === spec.size ? '' : `, stride=${spec.stride}`})`,
        note: '',
      },
    ],
  };
}

export const maxpool2d = poolRow<MaxPool2dSpec>(MaxPool2d, 'nn.MaxPool2d');
export const avgpool2d = poolRow<AvgPool2dSpec>(AvgPool2d, 'nn.AvgPool2d');
