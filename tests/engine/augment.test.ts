// Data augmentation (engine/augment.ts): each transform against a hand-worked image, the
// background fill, the order of the random draws, jitter's statistics, determinism.
import { describe, expect, it } from 'vitest';
import {
  Augmenter,
  backgroundOf,
  drawMap,
  identityMap,
  warp,
  type ImageMap,
} from '../../src/engine/augment';
import { fitNormalizer } from '../../src/engine/data/normalize';
import { fromRows, type Matrix } from '../../src/engine/matrix';
import { Rng } from '../../src/engine/random';
import type { ImageShape } from '../../src/spec/layers';
import type { AugmentSpec } from '../../src/spec/types';
import { classification } from './fixtures';

const OFF: AugmentSpec = { jitter: 0, shift: 0, rotate: 0, flip: false, crop: 1 };

/** `rows` (one channel) through `map`, background `bg`, read back as rows. */
function warped(rows: number[][], map: Partial<ImageMap>, bg = 0): number[][] {
  const image: ImageShape = [1, rows.length, rows[0].length];
  const out = new Float64Array(rows.length * rows[0].length);
  warp(
    Float64Array.from(rows.flat()),
    out,
    0,
    image,
    { ...identityMap(image), ...map },
    Float64Array.of(bg),
  );
  return rows.map((row, i) => Array.from(out.subarray(i * row.length, (i + 1) * row.length)));
}

/** A 3×4 image whose pixels are 1 … 12 in row order. */
const COUNT = [
  [1, 2, 3, 4],
  [5, 6, 7, 8],
  [9, 10, 11, 12],
];

/** A stand-in for the generator that returns the given uniforms in turn. */
function fixedDraws(values: number[]): Rng {
  let i = 0;
  const next = () => values[i++];
  return { next, int: (n: number) => Math.floor(next() * n) } as unknown as Rng;
}

describe('warp: one affine map, read bilinearly', () => {
  it('leaves the image exactly as it is under the identity map', () => {
    expect(warped(COUNT, {})).toEqual(COUNT);
  });

  it('a shift of 1 moves every pixel one column right (or row down), the background coming in', () => {
    expect(warped(COUNT, { dx: 1 }, -9)).toEqual([
      [-9, 1, 2, 3],
      [-9, 5, 6, 7],
      [-9, 9, 10, 11],
    ]);
    expect(warped(COUNT, { dy: -1 }, -9)).toEqual([
      [5, 6, 7, 8],
      [9, 10, 11, 12],
      [-9, -9, -9, -9],
    ]);
  });

  it('flip mirrors left to right, exactly', () => {
    expect(warped(COUNT, { mirror: -1 })).toEqual(COUNT.map((row) => [...row].reverse()));
  });

  it('rotates anticlockwise on screen: at 90° the right-hand column becomes the top row', () => {
    // a = k·cos 90° = 0, b = k·sin 90° = 1: out[i][j] = in[j][W−1−i] (numpy's rot90).
    const square = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ];
    expect(warped(square, { a: 0, b: 1 })).toEqual([
      [3, 6, 9],
      [2, 5, 8],
      [1, 4, 7],
    ]);
  });

  it('at 45° a horizontal line through the centre becomes the rising diagonal', () => {
    const line = [0, 0, 1, 0, 0].map((on) => Array.from({ length: 5 }, () => on));
    const s = Math.SQRT1_2;
    const out = warped(line, { a: s, b: s });
    for (let k = 1; k < 4; k++) expect(out[4 - k][k]).toBeCloseTo(1, 12); // bottom left to top right
    // The corners reach 2√2 from the centre, past the line's ends: part background.
    expect(out[4][0]).toBeCloseTo(3 - 2 * Math.SQRT2, 12);
    expect(out[1][1]).toBeCloseTo(0, 12); // the falling diagonal is empty
    expect(out[3][3]).toBeCloseTo(0, 12);
  });

  it('a crop zooms into its window: half the side, centred, is the middle 2×2 of a 4×4', () => {
    // A ramp rises by 1 a column; bilinear reading keeps it a ramp, of half the slope.
    const ramp = Array.from({ length: 4 }, () => [0, 1, 2, 3]);
    expect(warped(ramp, { a: 0.5 })).toEqual(
      Array.from({ length: 4 }, () => [0.75, 1.25, 1.75, 2.25]),
    );
  });
});

describe('drawMap: seven draws per sample, in the documented order', () => {
  it('reads crop share, crop x, crop y, angle, dx, dy, mirror', () => {
    const image: ImageShape = [1, 8, 8];
    const spec = { ...OFF, shift: 2, rotate: 40, flip: true, crop: 0.5 };
    const map = identityMap(image);
    // k = 0.5 + 0.5·0 = 0.5; ox = 0.5·7·(0 − ½) = −1.75 (the window at the left edge: pixel
    // centres span 7); oy = 0.5·7·(0.75 − ½) = 0.875; θ = 40·(2·0.75 − 1) = 20°; dx = ⌊0·5⌋ − 2 = −2;
    // dy = ⌊0.99·5⌋ − 2 = 2; 0.25 < ½: mirrored.
    drawMap(fixedDraws([0, 0, 0.75, 0.75, 0, 0.99, 0.25]), spec, image, map);
    const theta = (20 * Math.PI) / 180;
    expect(map.mirror).toBe(-1);
    expect([map.dx, map.dy]).toEqual([-2, 2]);
    expect(map.a).toBeCloseTo(0.5 * Math.cos(theta), 15);
    expect(map.b).toBeCloseTo(0.5 * Math.sin(theta), 15);
    expect([map.tx, map.ty]).toEqual([3.5 - 1.75, 3.5 + 0.875]);
  });

  it('keeps a crop’s window inside the image: a corner crop of a plain image is plain', () => {
    const image: ImageShape = [1, 28, 28];
    const spec = { ...OFF, crop: 0.5 };
    for (const corner of [0, 1 - 1e-12]) {
      const map = identityMap(image);
      // k = 0.5, the window's centre as far to one corner as it goes, no turn, no shift.
      drawMap(fixedDraws([0, corner, corner, 0.5, 0.5, 0.5, 0.9]), spec, image, map);
      const ones = Array.from({ length: 28 }, () => Array.from({ length: 28 }, () => 1));
      for (const row of warped(ones, map)) for (const v of row) expect(v).toBeCloseTo(1, 9);
    }
  });

  it('with every image transform off draws the identity, and crop 1 keeps the image', () => {
    const image: ImageShape = [1, 3, 4];
    const map = identityMap(image);
    drawMap(new Rng(5), { ...OFF, flip: false }, image, map);
    expect(map).toEqual(identityMap(image));
    expect(warped(COUNT, map)).toEqual(COUNT);
  });

  it('draws all seven whether or not each transform is on: turning flip on keeps the shifts', () => {
    const image: ImageShape = [1, 8, 8];
    const shifts = (spec: AugmentSpec) => {
      const rng = new Rng(9),
        map = identityMap(image);
      return Array.from({ length: 50 }, () => {
        drawMap(rng, spec, image, map);
        return [map.dx, map.dy];
      });
    };
    const plain = shifts({ ...OFF, shift: 2 });
    expect(shifts({ ...OFF, shift: 2, flip: true, rotate: 30, crop: 0.7 })).toEqual(plain);
    expect(new Set(plain.flat())).toEqual(new Set([-2, -1, 0, 1, 2]));
  });
});

describe('backgroundOf', () => {
  it('is a raw 0 normalised, equal to the data’s own empty pixels', () => {
    // Two 1×2×2 images with empty (0) pixels, standardised as one channel.
    const ds = classification(
      [
        [0, 0.5, 1, 0],
        [0, 0, 0.25, 1],
      ],
      [0, 1],
    );
    const normalizer = fitNormalizer(ds, 'standardize', 4);
    const [bg] = backgroundOf([1, 2, 2], normalizer);
    expect(bg).toBeLessThan(0);
    expect(normalizer.apply(ds).x[0]).toBe(bg);
    expect(Array.from(backgroundOf([2, 1, 1]))).toEqual([0, 0]); // raw inputs
    expect(backgroundOf(null, normalizer)).toHaveLength(0); // not an image
  });
});

describe('Augmenter', () => {
  const batchOf = (rows: number[][]): Matrix => fromRows('float32', rows);

  it('fills what a shift brings in with the background, never with 0', () => {
    const image: ImageShape = [1, 4, 4];
    const batch = batchOf(Array.from({ length: 20 }, () => Array.from({ length: 16 }, () => 1)));
    new Augmenter(3, 16, image, Float64Array.of(-0.5)).apply(batch, { ...OFF, shift: 1 });
    const values = new Set(batch.data);
    expect(values).toEqual(new Set([1, -0.5])); // whole pixels, and some came in
  });

  it('is deterministic by seed; another seed draws other changes', () => {
    const image: ImageShape = [1, 6, 6];
    const rows = Array.from({ length: 8 }, (_, r) =>
      Array.from({ length: 36 }, (_, i) => (i * 7 + r) % 5),
    );
    const spec = { jitter: 0.1, shift: 2, rotate: 20, flip: true, crop: 0.8 };
    const run = (seed: number) => {
      const batch = batchOf(rows);
      const augmenter = new Augmenter(seed, 36, image, Float64Array.of(0));
      augmenter.apply(batch, spec);
      augmenter.apply(batch, spec); // the streams run on from batch to batch
      return Array.from(batch.data);
    };
    expect(run(4)).toEqual(run(4));
    expect(run(4)).not.toEqual(run(5));
  });

  it('adds jitter from its own stream, one normal per input in order, after the image map', () => {
    const image: ImageShape = [1, 4, 4];
    const rows = Array.from({ length: 3 }, (_, r) => Array.from({ length: 16 }, (_, i) => i + r));
    const moved = batchOf(rows),
      shaken = batchOf(rows);
    new Augmenter(2, 16, image, Float64Array.of(0)).apply(moved, { ...OFF, shift: 1 });
    new Augmenter(2, 16, image, Float64Array.of(0)).apply(shaken, {
      ...OFF,
      shift: 1,
      jitter: 0.3,
    });
    // The same shifts (jitter does not draw from 'augment'), then + 0.3·N(0, 1) in float32.
    const noise = Rng.stream(2, 'augment-jitter');
    const expected = Float32Array.from(moved.data, (v) => v + 0.3 * noise.normal());
    expect(shaken.data).toEqual(expected);
  });

  it('jitter has mean 0 and standard deviation σ, on any data', () => {
    const batch = batchOf(Array.from({ length: 2000 }, () => [0, 0, 0, 0, 0]));
    new Augmenter(1, 5, null, new Float64Array(0)).apply(batch, { ...OFF, jitter: 0.5 });
    const values = Array.from(batch.data),
      n = values.length;
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
    // 10,000 draws: the mean's standard error is 0.005, the std's about 0.0035.
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(std - 0.5)).toBeLessThan(0.015);
  });

  it('touches only the live rows of the batch, and nothing when every transform is off', () => {
    const batch = batchOf(Array.from({ length: 4 }, () => [1, 2, 3, 4]));
    batch.rows = 2; // the last, smaller batch of an epoch
    const augmenter = new Augmenter(1, 4, [1, 2, 2], Float64Array.of(0));
    augmenter.apply(batch, OFF);
    expect(Array.from(batch.data)).toEqual([1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]);
    augmenter.apply(batch, { ...OFF, jitter: 1 });
    expect(Array.from(batch.data.subarray(8))).toEqual([1, 2, 3, 4, 1, 2, 3, 4]);
    expect(Array.from(batch.data.subarray(0, 8))).not.toEqual([1, 2, 3, 4, 1, 2, 3, 4]);
  });
});
