import { describe, expect, it } from 'vitest';
import { PLANE_WEIGHTS, SINE_FREQUENCY } from '../../../../src/engine/data/generators/regression';
import { draw } from '../helpers';

describe('plane', () => {
  it('gives y = 0.6·x1 − 0.4·x2 exactly (to float32) when clean', async () => {
    const ds = await draw('plane', { noise: 0 });
    for (let i = 0; i < ds.n; i++) {
      const expected = PLANE_WEIGHTS[0] * ds.x[2 * i] + PLANE_WEIGHTS[1] * ds.x[2 * i + 1];
      expect(ds.targets![i]).toBeCloseTo(expected, 6);
    }
    expect(Math.min(...ds.x)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...ds.x)).toBeLessThanOrEqual(1);
  });
});

describe('sine', () => {
  it('gives y = sin(3π·x) when clean, over three periods of [-1, 1]', async () => {
    const ds = await draw('sine', { noise: 0 });
    expect(ds.featureNames).toEqual(['x']);
    for (let i = 0; i < ds.n; i++) {
      expect(ds.targets![i]).toBeCloseTo(Math.sin(SINE_FREQUENCY * ds.x[i]), 6);
    }
    expect(SINE_FREQUENCY * 2).toBeCloseTo(3 * 2 * Math.PI, 12); // [-1, 1] spans 3 periods
  });
});
