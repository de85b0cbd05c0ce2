import { describe, expect, it } from 'vitest';
import { thin } from '../../src/spec/thin';

describe('thin', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);

  it('keeps the first and the last, evenly spaced in between', () => {
    expect(thin(items, 5)).toEqual([0, 2, 5, 7, 9]);
    expect(thin(items, 2)).toEqual([0, 9]);
  });

  it('returns the same array when it already fits', () => {
    expect(thin(items, 10)).toBe(items);
    expect(thin(items, 20)).toBe(items);
  });

  it('keeps the newest when only one may stay', () => {
    expect(thin(items, 1)).toEqual([9]);
  });
});
