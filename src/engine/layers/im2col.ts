// im2col and its adjoint for Conv2d (conv2d.ts): the inputs under each kernel tap laid out
// as the rows of a matrix, so that a convolution is one product with its filters.
import { convSize } from '../../spec/layers';
import type { Floats } from '../matrix';
import type { Conv2dConfig } from './conv2d';

/** A convolution's geometry, worked out once. */
export interface ConvGeometry {
  readonly config: Conv2dConfig;
  /** C·H·W: one sample's inputs. */
  readonly inputs: number;
  readonly outHeight: number;
  readonly outWidth: number;
  /**
   * For kernel column j, the output columns lo ≤ ox < hi (at 2j, 2j + 1) whose input column
   * ox·stride − padding + j lies inside the image; the others read the zero padding.
   */
  readonly inside: Int32Array;
}

export function convGeometry(config: Conv2dConfig): ConvGeometry {
  const { channels: C, height: H, width: Wd, kernelHeight: kh, kernelWidth: kw } = config;
  const { stride, padding } = config;
  const outHeight = convSize(H, kh, stride, padding);
  const outWidth = convSize(Wd, kw, stride, padding);
  const inside = new Int32Array(2 * kw);
  for (let j = 0; j < kw; j++) {
    const lo = Math.min(outWidth, Math.max(0, Math.ceil((padding - j) / stride)));
    const hi = Math.floor((Wd - 1 + padding - j) / stride) + 1;
    inside[2 * j] = lo;
    inside[2 * j + 1] = Math.max(lo, Math.min(outWidth, hi));
  }
  return { config, inputs: C * H * Wd, outHeight, outWidth, inside };
}

/**
 * cols [K × count·P] ← the inputs under each kernel tap (c, i, j), for samples
 * start .. start+count: row (c, i, j), column s·P + oy·W' + ox holds
 * x[c][oy·stride − padding + i][ox·stride − padding + j], or 0 outside the image.
 */
export function im2col(g: ConvGeometry, x: Floats, start: number, count: number, cols: Floats) {
  const { channels: C, height: H, width: Wd, kernelHeight: kh, kernelWidth: kw } = g.config;
  const { stride, padding } = g.config;
  const Ho = g.outHeight,
    Wo = g.outWidth,
    P = Ho * Wo,
    width = count * P,
    inside = g.inside,
    inputs = g.inputs;
  for (let c = 0; c < C; c++) {
    for (let i = 0; i < kh; i++) {
      for (let j = 0; j < kw; j++) {
        const row = ((c * kh + i) * kw + j) * width,
          lo = inside[2 * j],
          hi = inside[2 * j + 1],
          shift = j - padding;
        for (let s = 0; s < count; s++) {
          const xs = (start + s) * inputs + c * H * Wd;
          for (let oy = 0; oy < Ho; oy++) {
            const d = row + s * P + oy * Wo,
              iy = oy * stride - padding + i;
            if (iy < 0 || iy >= H) {
              for (let ox = 0; ox < Wo; ox++) cols[d + ox] = 0;
              continue;
            }
            const src = xs + iy * Wd + shift;
            for (let ox = 0; ox < lo; ox++) cols[d + ox] = 0;
            for (let ox = lo; ox < hi; ox++) cols[d + ox] = x[src + ox * stride];
            for (let ox = hi; ox < Wo; ox++) cols[d + ox] = 0;
          }
        }
      }
    }
  }
}

/** The adjoint of im2col: dx[c][iy][ix] += dcols at every column that read it. */
export function col2im(g: ConvGeometry, dcols: Floats, start: number, count: number, dx: Floats) {
  const { channels: C, height: H, width: Wd, kernelHeight: kh, kernelWidth: kw } = g.config;
  const { stride, padding } = g.config;
  const Ho = g.outHeight,
    Wo = g.outWidth,
    P = Ho * Wo,
    width = count * P,
    inside = g.inside,
    inputs = g.inputs;
  for (let c = 0; c < C; c++) {
    for (let i = 0; i < kh; i++) {
      for (let j = 0; j < kw; j++) {
        const row = ((c * kh + i) * kw + j) * width,
          lo = inside[2 * j],
          hi = inside[2 * j + 1],
          shift = j - padding;
        for (let s = 0; s < count; s++) {
          const xs = (start + s) * inputs + c * H * Wd;
          for (let oy = 0; oy < Ho; oy++) {
            const iy = oy * stride - padding + i;
            if (iy < 0 || iy >= H) continue;
            const d = row + s * P + oy * Wo,
              dst = xs + iy * Wd + shift;
            for (let ox = lo; ox < hi; ox++) dx[dst + ox * stride] += dcols[d + ox];
          }
        }
      }
    }
  }
}
