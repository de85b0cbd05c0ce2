// The race map's colour scale where a pole is in view, and the note when a racer leaves the
// picture. (The log scale of ordinary surfaces: contours.test.ts.)
import { describe, expect, it } from 'vitest';
import { RECORD, RECORD_STRIDE } from '../../../src/spec/protocol/surface';
import { leftViewAt } from '../../../src/ui/race/leftView';
import { contourValues, level, surfaceScale } from '../../../src/ui/race/levels';

/** f(x, y) on an n×n grid of cell centres over [-4, 4]², as the race samples its window. */
function sample(f: (x: number, y: number) => number, n = 200): Float32Array {
  const values = new Float32Array(n * n);
  const at = (i: number) => -4 + (8 * (i + 0.5)) / n;
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) values[row * n + col] = f(at(col), -at(row));
  }
  return values;
}

describe('surfaceScale', () => {
  it('keeps the log scale for a bowl', () => {
    expect(surfaceScale(sample((x, y) => x * x + y * y))!.kind).toBe('log');
  });

  it('colours 1/x by rank: its pole (±50 beside x = 0) would leave the map one colour', () => {
    const values = sample((x) => 1 / x);
    const scale = surfaceScale(values)!;
    expect(scale.kind).toBe('quantile');
    // x = −2, −0.5, 0.5, 2 (f = −0.5, −2, 2, 0.5) get distinct colours, in order: ranks
    // ≈ 0.44, 0.06, 0.94, 0.56.
    const [a, b, c, d] = [-0.5, -2, 2, 0.5].map((f) => level(scale, f));
    expect(b).toBeLessThan(a);
    expect(a).toBeLessThan(d);
    expect(d).toBeLessThan(c);
    expect(d - a).toBeGreaterThan(0.1);
    expect(c - b).toBeGreaterThan(0.8);
    const contours = contourValues(scale, 14);
    for (let i = 1; i < contours.length; i++) expect(contours[i]).toBeGreaterThan(contours[i - 1]);
  });

  it('is kept per map: the picture and its legend share one sort', () => {
    const values = sample((x) => 1 / x, 20);
    expect(surfaceScale(values)).toBe(surfaceScale(values));
    expect(surfaceScale(Float32Array.from([NaN]))).toBeNull();
  });
});

describe('leftViewAt', () => {
  /** A run through the given points (x, y), the rest of each record zero. */
  function run(points: [number, number][]) {
    const data = new Float64Array(points.length * RECORD_STRIDE);
    points.forEach(([x, y], i) => {
      data[i * RECORD_STRIDE + RECORD.x] = x;
      data[i * RECORD_STRIDE + RECORD.y] = y;
    });
    return { data, count: points.length, diverged: false };
  }
  const view = { x: [-4, 4] as [number, number], y: [-4, 4] as [number, number] };

  it('is the first step outside the window', () => {
    expect(
      leftViewAt(
        run([
          [0, 0],
          [2, 0],
          [4, 4],
          [5, 0],
          [3, 0],
        ]),
        view,
      ),
    ).toBe(3);
  });

  it('is null for a racer that stays in, or that started outside (the setup says so)', () => {
    expect(
      leftViewAt(
        run([
          [0, 0],
          [1, 1],
        ]),
        view,
      ),
    ).toBeNull();
    expect(
      leftViewAt(
        run([
          [9, 0],
          [10, 0],
        ]),
        view,
      ),
    ).toBeNull();
  });
});
