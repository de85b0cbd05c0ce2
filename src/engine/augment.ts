// Data augmentation (training.augment, spec/augment.ts): each training minibatch changed at
// random, in place, after the Trainer gathers it. Validation and test sets, the statistics'
// probe, the coach and the glass box read the data sets themselves, never a training batch,
// so they see the data as it is.
//
// The image transforms compose into one affine map per sample, from an output pixel back to
// the point of the source image it shows, read bilinearly; what lies outside the image is
// the channel's background, the normalised value of a raw 0, so a shifted or rotated digit
// keeps a clean background. In centred coordinates, (u, v) = (column − (W−1)/2, row − (H−1)/2),
// an output pixel undoes the transforms, last applied first:
//   flip    u ← −u                              a left–right mirror
//   shift   u ← u − dx,  v ← v − dy              the content moves dx right and dy down
//   rotate  (u, v) ← (u·cos θ − v·sin θ, u·sin θ + v·cos θ)
//                                                θ > 0 turns the content anticlockwise
//   crop    (u, v) ← (ox + k·u, oy + k·v)        a window of k·W × k·H centred at (ox, oy),
//                                                zoomed to the whole image
// Jitter then adds σ·N(0, 1) to every input, after normalisation (the units the network sees).
//
// Random numbers come from two streams of their own, so that turning one transform on or off
// leaves the other's numbers alone. Rng.stream(seed, 'augment'): whenever any image
// transform is on, seven draws per sample, in this order, whether or not each transform is
// on (turning flip on keeps the angles): crop share k = crop + (1 − crop)·U, crop x
// ox = (1 − k)·(W − 1)·(U − ½), crop y oy = (1 − k)·(H − 1)·(U − ½) (pixel centres span
// W − 1: so the window's outermost reads stay on the image's outermost centres), angle θ = rotate·(2U − 1) degrees,
// dx = ⌊U·(2·shift + 1)⌋ − shift, dy likewise, mirror when U < ½ (and flip is on).
// Rng.stream(seed, 'augment-jitter'): one normal per input, sample by sample, in input order
// (channel, row, column), Box–Muller pairs running on across samples and batches. The
// exported PyTorch script (export/pytorchAugment.ts) replays both with the same formulas
// (its sin, cos and log are the host's, ours our own: equal to a float32 rounding step):
// change one, change the other.
import { movesPixels } from '../spec/augment';
import type { ImageShape } from '../spec/layers';
import type { AugmentSpec } from '../spec/types';
import type { Normalizer } from './data/normalize';
import { cos, sin } from './math';
import type { Floats, Matrix } from './matrix';
import { Rng } from './random';

/** One sample's map from an output pixel to the source point it shows (the header's math). */
export interface ImageMap {
  /** −1 mirrored, 1 not. */
  mirror: number;
  dx: number;
  dy: number;
  /** k·cos θ and k·sin θ: the rotation and the crop's zoom together. */
  a: number;
  b: number;
  /** Where the output's centre reads from: (W − 1)/2 + ox and (H − 1)/2 + oy. */
  tx: number;
  ty: number;
}

/** The map that leaves an image as it is (tests start from it). */
export function identityMap(image: ImageShape): ImageMap {
  const [, h, w] = image;
  return { mirror: 1, dx: 0, dy: 0, a: 1, b: 0, tx: (w - 1) / 2, ty: (h - 1) / 2 };
}

/** Draws one sample's map into `map`: the seven draws of the header, in its order. */
export function drawMap(rng: Rng, spec: AugmentSpec, image: ImageShape, map: ImageMap): void {
  const h = image[1],
    w = image[2]; // indexed, not destructured: no iterator per sample
  const k = spec.crop + (1 - spec.crop) * rng.next();
  const ox = (1 - k) * (w - 1) * (rng.next() - 0.5);
  const oy = (1 - k) * (h - 1) * (rng.next() - 0.5);
  const degrees = spec.rotate * (2 * rng.next() - 1);
  const angle = degrees * (Math.PI / 180);
  map.dx = rng.int(2 * spec.shift + 1) - spec.shift;
  map.dy = rng.int(2 * spec.shift + 1) - spec.shift;
  const heads = rng.next() < 0.5;
  map.mirror = spec.flip && heads ? -1 : 1;
  map.a = k * cos(angle);
  map.b = k * sin(angle);
  map.tx = (w - 1) / 2 + ox;
  map.ty = (h - 1) / 2 + oy;
}

/**
 * Writes `source` (one image, C·H·W values) seen through `map` into `target` from index
 * `at`, reading between pixels bilinearly and `background[c]` outside the image. An integer
 * map (shift, flip) copies pixels exactly: the weights are then 0 and 1.
 */
export function warp(
  source: Floats,
  target: Floats,
  at: number,
  image: ImageShape,
  map: ImageMap,
  background: Float64Array,
): void {
  const channels = image[0],
    h = image[1],
    w = image[2];
  const plane = h * w,
    cx = (w - 1) / 2,
    cy = (h - 1) / 2;
  const { mirror, dx, dy, a, b, tx, ty } = map;
  for (let i = 0; i < h; i++) {
    const v = i - cy - dy;
    for (let j = 0; j < w; j++) {
      const u = mirror * (j - cx) - dx;
      const x = tx + (a * u - b * v);
      const y = ty + (b * u + a * v);
      const x0 = Math.floor(x),
        y0 = Math.floor(y);
      const fx = x - x0,
        fy = y - y0;
      const left = x0 >= 0 && x0 < w,
        right = x0 + 1 >= 0 && x0 + 1 < w,
        top = y0 >= 0 && y0 < h,
        bottom = y0 + 1 >= 0 && y0 + 1 < h;
      const p = y0 * w + x0;
      for (let c = 0; c < channels; c++) {
        const base = c * plane,
          bg = background[c];
        const p00 = top && left ? source[base + p] : bg;
        const p01 = top && right ? source[base + p + 1] : bg;
        const p10 = bottom && left ? source[base + p + w] : bg;
        const p11 = bottom && right ? source[base + p + w + 1] : bg;
        target[at + base + i * w + j] =
          (1 - fy) * ((1 - fx) * p00 + fx * p01) + fy * ((1 - fx) * p10 + fx * p11);
      }
    }
  }
}

/**
 * Each channel's background: what a raw 0 becomes under the data's normalisation, by the
 * normaliser's own arithmetic ((0 − offset) / scale, rounded to float32 as the data is), so
 * the border an image brings in matches its own empty pixels. Without a normaliser the
 * inputs are raw: 0. Nothing for inputs that are not an image.
 */
export function backgroundOf(
  image: ImageShape | null,
  normalizer?: Pick<Normalizer, 'offset' | 'scale'>,
): Float64Array {
  if (image === null) return new Float64Array(0);
  const [channels, h, w] = image;
  return Float64Array.from({ length: channels }, (_, c) => {
    if (normalizer === undefined) return 0;
    const j = c * h * w; // a channel shares one offset and scale (normalize.ts)
    return Math.fround((0 - normalizer.offset[j]) / normalizer.scale[j]);
  });
}

/** Augments training minibatches in place; holds the run's two streams and one scratch image. */
export class Augmenter {
  private readonly geometry: Rng;
  private readonly noise: Rng;
  /** The sample being warped: warp reads it while it writes the batch's row. */
  private readonly source: Float64Array;
  private readonly map: ImageMap;

  constructor(
    seed: number,
    private readonly features: number,
    private readonly image: ImageShape | null,
    private readonly background: Float64Array,
  ) {
    this.geometry = Rng.stream(seed, 'augment');
    this.noise = Rng.stream(seed, 'augment-jitter');
    this.source = new Float64Array(image === null ? 0 : features);
    this.map = identityMap(image ?? [1, 1, 1]);
  }

  /** Changes the live rows of `batch` (samples of `features` inputs each) as `spec` says. */
  apply(batch: Matrix, spec: AugmentSpec): void {
    const image = this.image,
      data = batch.data,
      f = this.features,
      source = this.source,
      sigma = spec.jitter;
    const moves = image !== null && movesPixels(spec);
    for (let r = 0; r < batch.rows; r++) {
      const at = r * f;
      if (moves) {
        drawMap(this.geometry, spec, image, this.map);
        for (let j = 0; j < f; j++) source[j] = data[at + j];
        warp(source, data, at, image, this.map, this.background);
      }
      if (sigma > 0) for (let j = 0; j < f; j++) data[at + j] += sigma * this.noise.normal();
    }
  }
}
