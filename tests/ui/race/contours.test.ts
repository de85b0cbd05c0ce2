// Contour lines and the log colour scale of the race's surface picture.
import { describe, expect, it } from 'vitest';
import { contourSegments } from '../../../src/ui/race/contours';
import { contourValues, level, logScale } from '../../../src/ui/race/levels';

/** f = x² + y² sampled on an n×n grid over [-1, 1]², row 0 at the top. */
function bowl(n: number): Float32Array {
  const values = new Float32Array(n * n);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      const x = -1 + (2 * (col + 0.5)) / n,
        y = 1 - (2 * (row + 0.5)) / n;
      values[row * n + col] = x * x + y * y;
    }
  }
  return values;
}

describe('contourSegments', () => {
  it('traces a circle on a bowl: every segment end lies on the level set', () => {
    const n = 64;
    const segments: number[] = [];
    contourSegments(bowl(n), n, 0.25, segments);
    expect(segments.length).toBeGreaterThan(4 * 50);
    for (let i = 0; i < segments.length; i += 2) {
      const x = -1 + (2 * (segments[i] + 0.5)) / n,
        y = 1 - (2 * (segments[i + 1] + 0.5)) / n;
      // Linear interpolation on a 64-grid: within a small fraction of a cell of the circle.
      expect(Math.abs(Math.hypot(x, y) - 0.5)).toBeLessThan(0.01);
    }
  });

  it('draws nothing for a level outside the values, and stops at non-finite samples', () => {
    const n = 16;
    const out: number[] = [];
    contourSegments(bowl(n), n, 5, out);
    expect(out).toEqual([]);
    const holed = bowl(n).fill(NaN, 0, n * n);
    contourSegments(holed, n, 0.25, out);
    expect(out).toEqual([]);
  });

  it('splits a saddle square by its centre value', () => {
    // a, b / d, c = 1, 0 / 0, 1: the diagonal highs meet when the centre (0.5) is above 0.4.
    const out: number[] = [];
    contourSegments(Float32Array.from([1, 0, 0, 1]), 2, 0.4, out);
    expect(out).toHaveLength(8);
  });
});

describe('logScale', () => {
  it('maps the minimum to 0 and the 99th percentile and above to 1', () => {
    const values = Float32Array.from({ length: 1000 }, (_, i) => i);
    values[999] = 1e30; // one blow-up does not flatten the rest
    values[998] = NaN;
    const scale = logScale(values)!;
    expect(level(scale, 0)).toBe(0);
    expect(level(scale, 990)).toBeGreaterThan(0.99);
    expect(level(scale, 1e30)).toBe(1);
    expect(level(scale, 10)).toBeGreaterThan(0.3); // log: small values keep their detail
  });

  it('gives contour values inside the range, increasing', () => {
    const scale = logScale(bowl(32))!;
    const levels = contourValues(scale, 10);
    expect(levels).toHaveLength(10);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThan(levels[i - 1]);
    expect(levels[0]).toBeGreaterThan(scale.min);
  });

  it('is null when nothing is finite', () => {
    expect(logScale(Float32Array.from([NaN, Infinity]))).toBeNull();
  });
});
