import { describe, expect, it } from 'vitest';
import { distribution } from '../../src/engine/stats';

describe('distribution', () => {
  it('gives mean, population std and a histogram whose counts add up', () => {
    const d = distribution(Float64Array.from([1, 2, 3, 4]), 4, 3);
    expect(d.mean).toBe(2.5);
    expect(d.std).toBeCloseTo(Math.sqrt(1.25), 12);
    expect(d.histogram.edges).toEqual([1, 2, 3, 4]);
    expect(d.histogram.counts).toEqual([1, 1, 2]); // the maximum falls in the last bin
    expect(d.nonFinite).toBeUndefined();
  });

  it('gives a constant layer a readable one-unit axis', () => {
    const d = distribution(new Float32Array(10), 10, 2);
    expect(d.histogram.edges).toEqual([-0.5, 0, 0.5]);
    expect(d.histogram.counts).toEqual([0, 10]);
    expect(d.std).toBe(0);
  });

  it('leaves NaN and Infinity out and counts them', () => {
    const d = distribution(Float64Array.from([1, NaN, 3, Infinity]), 4, 2);
    expect(d.mean).toBe(2);
    expect(d.nonFinite).toBe(2);
    expect(d.histogram.counts.reduce((a, b) => a + b)).toBe(2);
  });

  it('uses only the first `count` values', () => {
    expect(distribution(Float64Array.from([1, 1, 100]), 2).mean).toBe(1);
  });
});
