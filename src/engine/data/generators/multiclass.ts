// Generators that take any number of classes: interleaved spiral arms and Gaussian blobs.
// Scale, noise and class order follow ./common.ts.
import type { Dataset, GeneratorOptions } from '../dataset';
import type { Rng } from '../../random';
import { classificationSet, inputNames } from '../build';
import { fromGenerator, putPoint } from './common';
import { cos, hypot, sin } from '../../math';

function numbered(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, c) => `${prefix} ${c + 1}`);
}

// spiral: arm c of k starts at the centre and winds 1.75 turns (TF Playground's) out to
// radius 1; the arms are the same curve rotated by 2π·c/k, so they interleave. Each point
// sits at a uniform position t along its arm.
export const SPIRAL_TURNS = 1.75;

export function spiralPoint(arm: number, arms: number, t: number): [number, number] {
  const angle = 2 * Math.PI * (SPIRAL_TURNS * t + arm / arms);
  return [t * cos(angle), t * sin(angle)];
}

export function generateSpiral({ samples, noise, classes }: GeneratorOptions, rng: Rng): Dataset {
  const x = new Float32Array(2 * samples);
  const labels = new Int32Array(samples);
  for (let i = 0; i < samples; i++) {
    labels[i] = i % classes;
    const [a, b] = spiralPoint(labels[i], classes, rng.next());
    putPoint(x, i, a, b, noise, rng);
  }
  return classificationSet(x, labels, inputNames(2), numbered('arm', classes));
}

// blobs: k round clusters of spread 0.1 (plus `noise`), like scikit-learn's make_blobs.
// The centres are drawn from the rng in [-0.7, 0.7]², at least 1.2/√k apart so that the
// clean blobs stay separate; if the rng cannot place one in 100 tries the distance shrinks
// by 10% (always terminates, and stays deterministic).
export const BLOB_SPREAD = 0.1;
export const BLOB_BOX = 0.7;

export function blobCentres(count: number, rng: Rng): Float64Array {
  const centres = new Float64Array(2 * count);
  let minDistance = 1.2 / Math.sqrt(count);
  for (let c = 0; c < count; c++) {
    for (let tries = 1; ; tries++) {
      const a = rng.uniform(-BLOB_BOX, BLOB_BOX);
      const b = rng.uniform(-BLOB_BOX, BLOB_BOX);
      if (farFromAll(centres, c, a, b, minDistance)) {
        centres[2 * c] = a;
        centres[2 * c + 1] = b;
        break;
      }
      if (tries % 100 === 0) minDistance *= 0.9;
    }
  }
  return centres;
}

function farFromAll(centres: Float64Array, placed: number, a: number, b: number, d: number) {
  for (let c = 0; c < placed; c++) {
    if (hypot(centres[2 * c] - a, centres[2 * c + 1] - b) < d) return false;
  }
  return true;
}

export function generateBlobs({ samples, noise, classes }: GeneratorOptions, rng: Rng): Dataset {
  const centres = blobCentres(classes, rng);
  const x = new Float32Array(2 * samples);
  const labels = new Int32Array(samples);
  for (let i = 0; i < samples; i++) {
    const c = (labels[i] = i % classes);
    const a = centres[2 * c] + BLOB_SPREAD * rng.normal();
    const b = centres[2 * c + 1] + BLOB_SPREAD * rng.normal();
    putPoint(x, i, a, b, noise, rng);
  }
  return classificationSet(x, labels, inputNames(2), numbered('blob', classes));
}

// The registry's loaders (their rows' options and defaults are the catalog's).
export const spiral = fromGenerator(generateSpiral);
export const blobs = fromGenerator(generateBlobs);
