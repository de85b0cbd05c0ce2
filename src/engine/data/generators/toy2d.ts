// The classic two-class pictures: circle, xor, gauss (TF Playground's) and moons
// (scikit-learn's). Scale, noise and class order follow ./common.ts.
import type { Dataset, GeneratorOptions } from '../dataset';
import type { Rng } from '../../random';
import { classificationSet, inputNames } from '../build';
import { fromGenerator, putPoint } from './common';
import { cos, sin } from '../../math';

/** A two-class set: sample i has class i mod 2, a clean point from `place`, then jitter. */
function twoClassSet(
  { samples, noise }: GeneratorOptions,
  rng: Rng,
  classNames: readonly [string, string],
  place: (label: number) => readonly [number, number],
): Dataset {
  const x = new Float32Array(2 * samples);
  const labels = new Int32Array(samples);
  for (let i = 0; i < samples; i++) {
    labels[i] = i % 2;
    const [a, b] = place(labels[i]);
    putPoint(x, i, a, b, noise, rng);
  }
  return classificationSet(x, labels, inputNames(2), classNames);
}

// circle: class 0 is a disc of radius 0.5, class 1 the ring 0.7 ≤ r < 1 around it (the
// clean gap is 0.2). Radius uniform, as TF Playground draws it, so the centre is dense.
export const CIRCLE_INNER = 0.5;
export const CIRCLE_RING: readonly [number, number] = [0.7, 1];

export function generateCircle(options: GeneratorOptions, rng: Rng): Dataset {
  return twoClassSet(options, rng, ['inner', 'outer'], (label) => {
    const r = label === 0 ? rng.uniform(0, CIRCLE_INNER) : rng.uniform(...CIRCLE_RING);
    const angle = rng.uniform(0, 2 * Math.PI);
    return [r * cos(angle), r * sin(angle)];
  });
}

// xor: each coordinate's magnitude is in [0.05, 1] (a clean gap along the axes, like TF
// Playground's padding); class 1 has x1·x2 > 0 (same signs), class 0 opposite signs.
export const XOR_GAP = 0.05;

export function generateXor(options: GeneratorOptions, rng: Rng): Dataset {
  return twoClassSet(options, rng, ['opposite signs', 'same signs'], (label) => {
    const sign = rng.next() < 0.5 ? -1 : 1;
    const a = sign * rng.uniform(XOR_GAP, 1);
    const b = (label === 1 ? sign : -sign) * rng.uniform(XOR_GAP, 1);
    return [a, b];
  });
}

// gauss: two round clusters centred at ∓(0.4, 0.4) with their own spread 0.14 (TF
// Playground's clean variance, 0.5 at its scale of 5); `noise` adds to that spread.
export const GAUSS_CENTRE = 0.4;
export const GAUSS_SPREAD = Math.SQRT1_2 / 5;

export function generateGauss(options: GeneratorOptions, rng: Rng): Dataset {
  return twoClassSet(options, rng, ['lower left', 'upper right'], (label) => {
    const c = label === 0 ? -GAUSS_CENTRE : GAUSS_CENTRE;
    const a = c + GAUSS_SPREAD * rng.normal();
    const b = c + GAUSS_SPREAD * rng.normal();
    return [a, b];
  });
}

// moons: scikit-learn's make_moons, (cos t, sin t) and (1 − cos t, ½ − sin t) for t in
// [0, π], moved and scaled by 2/3 so that x1 spans [-1, 1] and x2 spans [-0.5, 0.5].
export function moonPoint(label: number, t: number): [number, number] {
  const [a, b] = label === 0 ? [cos(t), sin(t)] : [1 - cos(t), 0.5 - sin(t)];
  return [((a - 0.5) * 2) / 3, ((b - 0.25) * 2) / 3];
}

export function generateMoons(options: GeneratorOptions, rng: Rng): Dataset {
  return twoClassSet(options, rng, ['upper', 'lower'], (label) =>
    moonPoint(label, rng.uniform(0, Math.PI)),
  );
}

// The registry's loaders (their rows' options and defaults are the catalog's).
export const circle = fromGenerator(generateCircle);
export const xor = fromGenerator(generateXor);
export const gauss = fromGenerator(generateGauss);
export const moons = fromGenerator(generateMoons);
