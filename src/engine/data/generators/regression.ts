// Regression sets: a tilted plane (2 inputs) and a sine wave (1 input), each with one
// target. Inputs are uniform in [-1, 1] (./common.ts's scale); `noise` is the std of
// Gaussian noise added to the target: y = f(x) + noise·ε, 0 = the exact function.
import type { Dataset, GeneratorOptions } from '../dataset';
import type { Rng } from '../../random';
import { inputNames, regressionSet } from '../build';
import { fromGenerator } from './common';
import { sin } from '../../math';

/** plane: y = 0.6·x1 − 0.4·x2, unequal slopes so a linear model's weights are readable. */
export const PLANE_WEIGHTS: readonly [number, number] = [0.6, -0.4];
/** sine: y = sin(3π·x), three full periods over [-1, 1]. */
export const SINE_FREQUENCY = 3 * Math.PI;

/**
 * Draws `features` uniform inputs per sample, then target f(inputs) + noise. The inputs
 * are rounded to float32 before f sees them, so f holds exactly for the stored numbers.
 */
function regressionFrom(
  { samples, noise }: GeneratorOptions,
  rng: Rng,
  featureNames: readonly string[],
  f: (row: Float32Array) => number,
): Dataset {
  const features = featureNames.length;
  const x = new Float32Array(samples * features);
  const targets = new Float32Array(samples);
  for (let i = 0; i < samples; i++) {
    const row = x.subarray(i * features, (i + 1) * features);
    for (let j = 0; j < features; j++) row[j] = rng.uniform(-1, 1);
    targets[i] = f(row) + noise * rng.normal();
  }
  return regressionSet(x, targets, 1, featureNames);
}

export function generatePlane(options: GeneratorOptions, rng: Rng): Dataset {
  const [w1, w2] = PLANE_WEIGHTS;
  return regressionFrom(options, rng, inputNames(2), (p) => w1 * p[0] + w2 * p[1]);
}

export function generateSine(options: GeneratorOptions, rng: Rng): Dataset {
  return regressionFrom(options, rng, ['x'], (p) => sin(SINE_FREQUENCY * p[0]));
}

// The registry's loaders (their rows' options and defaults are the catalog's).
export const plane = fromGenerator(generatePlane);
export const sine = fromGenerator(generateSine);
