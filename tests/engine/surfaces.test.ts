import { describe, expect, it } from 'vitest';
import { SURFACES } from '../../src/engine/surfaces';

// Every value each surface takes at its global minima (the literature's values).
const MINIMUM_VALUE: Record<string, number | null> = {
  bowl: 0,
  elongated: 0,
  rosenbrock: 0,
  beale: 0,
  himmelblau: 0,
  saddle: null, // no minimum
  rastrigin: 0,
  styblinski_tang: -78.33233140754282, // 2 × −39.16616570377141 (the one-coordinate minimum)
  goldstein_price: 3,
};

// Spread over the plotting windows, off the axes and away from symmetric points.
const POINTS: [number, number][] = [
  [0.3, -0.7],
  [-1.2, 0.9],
  [1.7, 1.3],
  [-0.45, -1.85],
  [1.05, 0.02],
];

const H = 1e-5;

describe('surfaces', () => {
  it('has exactly the contract surfaces plus Styblinski–Tang and Goldstein–Price', () => {
    expect(Object.keys(SURFACES).sort()).toEqual(Object.keys(MINIMUM_VALUE).sort());
  });

  for (const [name, s] of Object.entries(SURFACES)) {
    describe(name, () => {
      it('has a label, a formula and a window that contains its minima', () => {
        expect(s.label).not.toBe('');
        expect(s.formula).not.toBe('');
        expect(s.view.x[0]).toBeLessThan(s.view.x[1]);
        expect(s.view.y[0]).toBeLessThan(s.view.y[1]);
        for (const [x, y] of s.minima) {
          expect(x).toBeGreaterThanOrEqual(s.view.x[0]);
          expect(x).toBeLessThanOrEqual(s.view.x[1]);
          expect(y).toBeGreaterThanOrEqual(s.view.y[0]);
          expect(y).toBeLessThanOrEqual(s.view.y[1]);
        }
      });

      it('has the exact gradient (central differences)', () => {
        // Central differences with h = 1e-5 err by about h²/6·|f'''| (truncation) plus
        // 2.2e-16·|f|/h (rounding). Relative to 1 + |f| + |∇f| the worst case at these
        // points is ~7e-10 (Goldstein–Price, |f| up to 6e4), so 1e-8 leaves a 10× margin,
        // while a wrong term or factor would be off by O(|∇f|): a ratio near 1.
        const out = new Float64Array(2);
        for (const [x, y] of POINTS) {
          s.grad(x, y, out);
          const dx = (s.f(x + H, y) - s.f(x - H, y)) / (2 * H);
          const dy = (s.f(x, y + H) - s.f(x, y - H)) / (2 * H);
          const tol = 1e-8 * (1 + Math.abs(s.f(x, y)) + Math.hypot(out[0], out[1]));
          expect(Math.abs(out[0] - dx)).toBeLessThan(tol);
          expect(Math.abs(out[1] - dy)).toBeLessThan(tol);
        }
      });

      it('takes the known minimum value, with zero gradient, at its minima', () => {
        const value = MINIMUM_VALUE[name];
        if (value === null) {
          expect(s.minima).toEqual([]);
          return;
        }
        expect(s.minima.length).toBeGreaterThan(0);
        const out = new Float64Array(2);
        for (const [x, y] of s.minima) {
          // The irrational minima are stored to double precision: f is 0 to ~1e-29 there.
          expect(s.f(x, y)).toBeCloseTo(value, 12);
          s.grad(x, y, out);
          expect(Math.abs(out[0])).toBeLessThan(1e-9);
          expect(Math.abs(out[1])).toBeLessThan(1e-9);
        }
      });
    });
  }

  it('has four minima for Himmelblau', () => {
    expect(SURFACES.himmelblau.minima).toHaveLength(4);
  });
});
