import { describe, expect, it } from 'vitest';
import {
  CIRCLE_INNER,
  CIRCLE_RING,
  GAUSS_CENTRE,
  GAUSS_SPREAD,
  XOR_GAP,
} from '../../../../src/engine/data/generators/toy2d';
import { draw, mean, row, std } from '../helpers';

/** Rows of a 2-D set split by label: [class 0 points, class 1 points]. */
function byClass(ds: Awaited<ReturnType<typeof draw>>): [number[][], number[][]] {
  const parts: [number[][], number[][]] = [[], []];
  for (let i = 0; i < ds.n; i++) parts[ds.labels![i]].push(row(ds, i));
  return parts;
}

describe('circle', () => {
  it('puts the inner class inside radius 0.5 and the outer one in the ring [0.7, 1)', async () => {
    const [inner, outer] = byClass(await draw('circle', { noise: 0, samples: 1000 }));
    const radius = ([a, b]: number[]) => Math.hypot(a, b);
    expect(Math.max(...inner.map(radius))).toBeLessThan(CIRCLE_INNER + 1e-6);
    expect(Math.min(...outer.map(radius))).toBeGreaterThan(CIRCLE_RING[0] - 1e-6);
    expect(Math.max(...outer.map(radius))).toBeLessThan(CIRCLE_RING[1] + 1e-6);
  });
});

describe('xor', () => {
  it('labels 1 exactly the points whose coordinates share a sign, clear of the axes', async () => {
    const ds = await draw('xor', { noise: 0, samples: 1000 });
    for (let i = 0; i < ds.n; i++) {
      const [a, b] = row(ds, i);
      expect(ds.labels![i]).toBe(a * b > 0 ? 1 : 0);
      expect(Math.min(Math.abs(a), Math.abs(b))).toBeGreaterThanOrEqual(Math.fround(XOR_GAP));
      expect(Math.max(Math.abs(a), Math.abs(b))).toBeLessThanOrEqual(1);
    }
  });
});

describe('gauss', () => {
  it('draws two clusters at ∓(0.4, 0.4) with spread 0.14', async () => {
    const [low, high] = byClass(await draw('gauss', { noise: 0, samples: 4000 }));
    for (const [points, centre] of [
      [low, -GAUSS_CENTRE],
      [high, GAUSS_CENTRE],
    ] as const) {
      for (const axis of [0, 1]) {
        const values = points.map((p) => p[axis]);
        expect(mean(values)).toBeCloseTo(centre, 1);
        expect(std(values)).toBeGreaterThan(GAUSS_SPREAD * 0.93);
        expect(std(values)).toBeLessThan(GAUSS_SPREAD * 1.07);
      }
    }
  });

  it('is separable by the diagonal when clean (the centres are 4 spreads from it)', async () => {
    const ds = await draw('gauss', { noise: 0, samples: 2000 });
    let wrong = 0;
    for (let i = 0; i < ds.n; i++) {
      const [a, b] = row(ds, i);
      if ((a + b > 0 ? 1 : 0) !== ds.labels![i]) wrong++;
    }
    expect(wrong).toBeLessThanOrEqual(2);
  });
});

describe('moons', () => {
  it('puts each clean point on its own half circle', async () => {
    const ds = await draw('moons', { noise: 0, samples: 500 });
    for (let i = 0; i < ds.n; i++) {
      // Undo the 2/3 scaling and the shift back to make_moons' coordinates.
      const [a, b] = row(ds, i).map((v, axis) => v * 1.5 + (axis === 0 ? 0.5 : 0.25));
      if (ds.labels![i] === 0) {
        expect(Math.hypot(a, b)).toBeCloseTo(1, 5); // upper: unit circle, b ≥ 0
        expect(b).toBeGreaterThan(-1e-6);
      } else {
        expect(Math.hypot(a - 1, b - 0.5)).toBeCloseTo(1, 5); // lower: centred at (1, ½)
        expect(b).toBeLessThan(0.5 + 1e-6);
      }
    }
    expect(Math.min(...ds.x)).toBeGreaterThanOrEqual(-1 - 1e-6);
    expect(Math.max(...ds.x)).toBeLessThanOrEqual(1 + 1e-6);
  });
});
