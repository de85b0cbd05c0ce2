// colors: random RGB colours (3 inputs in [0, 1]) named by the nearest of a fixed list of
// prototype colours, the nearest measured in CIELAB, where equal distances look roughly
// equally different (plain RGB distance would call most dark colours "black" and split the
// bright ones badly). `classes` uses the first k names of the list.
import type { Dataset, GeneratorOptions } from '../dataset';
import type { Rng } from '../../random';
import { classificationSet } from '../build';
import { fromGenerator } from './common';
import { cbrt, pow } from '../../math';

/**
 * Prototypes as CSS colour keywords (sRGB, 0..255). Ordered so that the first k make sense
 * for any k: 3 = the primaries, 6 = + the secondaries, 8 = + white and black (most of the
 * cube's corners), then the rest of the eleven basic colour terms (Berlin & Kay).
 */
export const COLOR_PROTOTYPES: readonly (readonly [string, number, number, number])[] = [
  ['red', 255, 0, 0],
  ['green', 0, 128, 0],
  ['blue', 0, 0, 255],
  ['yellow', 255, 255, 0],
  ['cyan', 0, 255, 255],
  ['magenta', 255, 0, 255],
  ['white', 255, 255, 255],
  ['black', 0, 0, 0],
  ['gray', 128, 128, 128],
  ['orange', 255, 165, 0],
  ['purple', 128, 0, 128],
  ['pink', 255, 192, 203],
  ['brown', 165, 42, 42],
];

/** sRGB component in [0, 1] to linear light (the sRGB transfer curve). */
function linear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

function labF(t: number): number {
  const d = 6 / 29;
  return t > d * d * d ? cbrt(t) : t / (3 * d * d) + 4 / 29;
}

/** sRGB in [0, 1] to CIELAB (D65 white), the standard formulas. */
export function srgbToLab(r: number, g: number, b: number): [number, number, number] {
  const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
  const x = (0.4124564 * lr + 0.3575761 * lg + 0.1804375 * lb) / 0.95047;
  const y = 0.2126729 * lr + 0.7151522 * lg + 0.072175 * lb;
  const z = (0.0193339 * lr + 0.119192 * lg + 0.9503041 * lb) / 1.08883;
  const [fx, fy, fz] = [labF(x), labF(y), labF(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const PROTOTYPE_LAB = COLOR_PROTOTYPES.map(([, r, g, b]) => srgbToLab(r / 255, g / 255, b / 255));

/** Index of the nearest of the first `count` prototypes (ΔE*ab, the Lab distance). */
export function nearestColor(r: number, g: number, b: number, count: number): number {
  const [l, a, bb] = srgbToLab(r, g, b);
  let best = 0;
  let bestDistance = Infinity;
  for (let c = 0; c < count; c++) {
    const p = PROTOTYPE_LAB[c];
    const dl = l - p[0],
      da = a - p[1],
      db = bb - p[2];
    const d = dl * dl + da * da + db * db;
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

// Sample i wants class i mod k: colours are drawn uniformly until one falls nearest to that
// class, so the classes are balanced even though their regions differ in size. Every
// prototype lies in its own region (distance 0), so each region has volume and the loop
// ends; the cap only guards against a broken table.
const MAX_TRIES = 1_000_000;

function drawColor(wanted: number, count: number, rng: Rng): [number, number, number] {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const [r, g, b] = [rng.next(), rng.next(), rng.next()];
    if (nearestColor(r, g, b, count) === wanted) return [r, g, b];
  }
  throw new Error(`colors: no colour found nearest to ${COLOR_PROTOTYPES[wanted][0]}`);
}

/** noise: std of Gaussian jitter on each channel after naming, clamped back into [0, 1]. */
export function generateColors({ samples, noise, classes }: GeneratorOptions, rng: Rng): Dataset {
  const x = new Float32Array(3 * samples);
  const labels = new Int32Array(samples);
  for (let i = 0; i < samples; i++) {
    labels[i] = i % classes;
    const rgb = drawColor(labels[i], classes, rng);
    for (let j = 0; j < 3; j++) {
      x[3 * i + j] = Math.min(1, Math.max(0, rgb[j] + noise * rng.normal()));
    }
  }
  const names = COLOR_PROTOTYPES.slice(0, classes).map(([name]) => name);
  return classificationSet(x, labels, ['R', 'G', 'B'], names);
}

// The registry's loader (its row's options and defaults are the catalog's, whose class
// range ends at this table's length: a test holds them together).
export const colors = fromGenerator(generateColors);
