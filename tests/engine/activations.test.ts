import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, erf } from '../../src/engine/activations';
import { Rng } from '../../src/engine/random';
import type { ActivationName } from '../../src/spec/types';
import { expectClose, numericGradient, randomArray, weightedSum } from './gradcheck';

const ROWS = 5,
  COLS = 4,
  N = ROWS * COLS;

describe('activations', () => {
  for (const name of Object.keys(ACTIVATIONS) as ActivationName[]) {
    it(`${name}: backward matches finite differences`, () => {
      const kernel = ACTIVATIONS[name];
      const rng = new Rng(42);
      // Scale 2 covers both flat and steep parts; shift values away from relu's kink at 0,
      // where the derivative does not exist and finite differences straddle it.
      const z = randomArray(N, rng, 2).map((v) => (Math.abs(v) < 1e-3 ? v + 0.01 : v));
      const r = randomArray(N, rng);
      const y = new Float64Array(N);
      const loss = () => {
        kernel.forward(z, y, N, COLS);
        return weightedSum(y, r, N);
      };
      loss();
      const dz = new Float64Array(N);
      kernel.backward(z, y, r, dz, N, COLS);
      expectClose(dz, numericGradient(z, loss));
    });
  }

  it('known values', () => {
    const out = (name: ActivationName, z: number[]) => {
      const y = new Float64Array(z.length);
      ACTIVATIONS[name].forward(Float64Array.from(z), y, z.length, z.length);
      return Array.from(y);
    };
    expect(out('relu', [-1, 0, 2])).toEqual([0, 0, 2]);
    expect(out('leaky_relu', [-1, 2])).toEqual([-0.01, 2]);
    expect(out('sigmoid', [0])[0]).toBe(0.5);
    expect(out('tanh', [0])[0]).toBe(0);
    const soft = out('softmax', [1, 2, 3]);
    expect(soft.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    expect(soft[2] / soft[1]).toBeCloseTo(Math.E, 12);
    // GELU(1) = 1·Φ(1) = 0.8413447460685429
    expect(out('gelu', [1])[0]).toBeCloseTo(0.8413447460685429, 14);
    expect(out('elu', [-1])[0]).toBeCloseTo(Math.exp(-1) - 1, 12);
  });

  it('are stable at extreme inputs', () => {
    const y = new Float64Array(2);
    ACTIVATIONS.sigmoid.forward(Float64Array.from([-1000, 1000]), y, 2, 2);
    expect(Array.from(y)).toEqual([0, 1]);
    ACTIVATIONS.softmax.forward(Float64Array.from([1000, 0]), y, 2, 2);
    expect(Array.from(y)).toEqual([1, 0]);
  });

  it('erf is accurate to double precision on both of its branches', () => {
    // Reference values of erf (tables; the same digits as C's erf()).
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 14);
    expect(erf(-1)).toBeCloseTo(-0.8427007929497149, 14);
    expect(erf(2.4)).toBeCloseTo(0.999311486103355, 14);
    expect(erf(2.6)).toBeCloseTo(0.9997639655834707, 14);
    expect(erf(3)).toBeCloseTo(0.9999779095030014, 14);
    expect(erf(-4)).toBeCloseTo(-0.9999999845827421, 14);
  });
});
