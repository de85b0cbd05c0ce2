// Initializers checked statistically on a 400×300 layer (120,000 draws): the sample std
// of n draws is within a few times std/√(2n) ≈ 0.2% of the true std, so 2% is a safe
// tolerance that still catches a wrong fan or a missing factor (√2, √3 are ≥ 22% off).
import { describe, expect, it } from 'vitest';
import { INITIALIZERS } from '../../src/engine/initializers';
import { Rng } from '../../src/engine/random';
import type { InitName, InitSpec } from '../../src/spec/types';

const FAN_IN = 400,
  FAN_OUT = 300;

function draw(spec: InitSpec): Float32Array {
  const w = new Float32Array(FAN_IN * FAN_OUT);
  INITIALIZERS[spec.name].fill(w, FAN_IN, FAN_OUT, spec, new Rng(123));
  return w;
}

function moments(w: Float32Array) {
  let sum = 0,
    sq = 0,
    max = 0;
  for (const v of w) {
    sum += v;
    sq += v * v;
    max = Math.max(max, Math.abs(v));
  }
  const mean = sum / w.length;
  return { mean, std: Math.sqrt(sq / w.length - mean * mean), max };
}

// Expected std, and the bound for uniform ones (std = limit/√3).
const EXPECTED: Record<
  Exclude<InitName, 'zeros'>,
  { std: number; limit?: number; spec?: InitSpec }
> = {
  normal: { std: 0.01, spec: { name: 'normal', std: 0.01 } },
  uniform: { std: 0.5 / Math.sqrt(3), limit: 0.5, spec: { name: 'uniform', limit: 0.5 } },
  lecun_uniform: { std: Math.sqrt(1 / FAN_IN), limit: Math.sqrt(3 / FAN_IN) },
  lecun_normal: { std: Math.sqrt(1 / FAN_IN) },
  xavier_uniform: {
    std: Math.sqrt(2 / (FAN_IN + FAN_OUT)),
    limit: Math.sqrt(6 / (FAN_IN + FAN_OUT)),
  },
  xavier_normal: { std: Math.sqrt(2 / (FAN_IN + FAN_OUT)) },
  he_uniform: { std: Math.sqrt(2 / FAN_IN), limit: Math.sqrt(6 / FAN_IN) },
  he_normal: { std: Math.sqrt(2 / FAN_IN) },
};

describe('initializers on a 400×300 layer', () => {
  for (const [name, e] of Object.entries(EXPECTED)) {
    it(`${name}: std ${e.std.toPrecision(3)}${e.limit ? `, within ±${e.limit.toPrecision(3)}` : ''}`, () => {
      const m = moments(draw(e.spec ?? { name: name as InitName }));
      expect(Math.abs(m.std / e.std - 1)).toBeLessThan(0.02);
      expect(Math.abs(m.mean)).toBeLessThan((4 * e.std) / Math.sqrt(FAN_IN * FAN_OUT));
      if (e.limit) {
        expect(m.max).toBeLessThanOrEqual(e.limit);
        expect(m.max).toBeGreaterThan(0.99 * e.limit); // the whole range is used
      } else {
        expect(m.max).toBeGreaterThan(4 * e.std); // a plain normal has tails; truncation would cut them at 2σ
      }
    });
  }

  it('zeros: every weight 0', () => {
    expect(draw({ name: 'zeros' }).every((v) => v === 0)).toBe(true);
  });

  it('the same rng seed draws the same weights', () => {
    expect(draw({ name: 'he_normal' })).toEqual(draw({ name: 'he_normal' }));
  });
});
