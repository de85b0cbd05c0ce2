import { describe, expect, it } from 'vitest';
import { classificationSet } from '../../../src/engine/data/build';
import { fitNormalizer } from '../../../src/engine/data/normalize';

/** Rows of two features, labelled 0. */
function set(rows: number[][]) {
  return classificationSet(
    Float32Array.from(rows.flat()),
    new Int32Array(rows.length),
    ['a', 'b'],
    ['only'],
  );
}

// Training: feature a = 1, 3, 5 (mean 3, population variance (4 + 0 + 4)/3 = 8/3, std 1.63299);
// feature b = 7, 7, 7 (constant). Validation lies elsewhere on purpose.
const train = set([
  [1, 7],
  [3, 7],
  [5, 7],
]);
const validation = set([
  [11, 9],
  [13, 5],
]);

describe('fitNormalizer', () => {
  it('standardize: mean and population std of the training part only', () => {
    const norm = fitNormalizer(train, 'standardize');
    expect(norm.offset).toEqual([3, 7]);
    expect(norm.scale[0]).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(norm.scale[1]).toBe(1); // constant feature: centred, never divided by 0
    const t = norm.apply(train).x;
    expect(Array.from(t)).toEqual([-1.2247449, 0, 0, 0, 1.2247449, 0].map(Math.fround));
    // Validation uses the training statistics: (11 − 3)/1.633 = 4.899, (9 − 7)/1 = 2.
    const v = norm.apply(validation).x;
    expect(v[0]).toBeCloseTo(8 / Math.sqrt(8 / 3), 5);
    expect(v[1]).toBe(2);
    expect(v[3]).toBe(-2);
  });

  it('minmax: the training range maps to [0, 1]', () => {
    const norm = fitNormalizer(train, 'minmax');
    expect(norm.offset).toEqual([1, 7]);
    expect(norm.scale).toEqual([4, 1]);
    expect(Array.from(norm.apply(train).x)).toEqual([0, 0, 0.5, 0, 1, 0]);
    expect(Array.from(norm.apply(validation).x)).toEqual([2.5, 2, 3, -2]); // (11 − 1)/4, (13 − 1)/4
  });

  it('none: the identity, as offset 0 and scale 1', () => {
    const norm = fitNormalizer(train, 'none');
    expect([norm.offset, norm.scale]).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(norm.apply(validation).x).toEqual(validation.x);
  });

  it('returns new data and leaves its input alone', () => {
    const before = Float32Array.from(train.x);
    const out = fitNormalizer(train, 'standardize').apply(train);
    expect(out).not.toBe(train);
    expect(out.x).not.toBe(train.x);
    expect(train.x).toEqual(before);
    expect(out.labels).toEqual(train.labels);
  });

  it('never makes NaN, even from a single training sample', () => {
    const one = set([[4, -2]]);
    for (const mode of ['standardize', 'minmax'] as const) {
      const norm = fitNormalizer(one, mode);
      expect(norm.scale).toEqual([1, 1]);
      expect(Array.from(norm.apply(validation).x).every(Number.isFinite)).toBe(true);
    }
  });

  it('refuses data with another number of features', () => {
    const three = classificationSet(new Float32Array(3), new Int32Array(1), ['a', 'b', 'c'], ['x']);
    expect(() => fitNormalizer(train, 'standardize').apply(three)).toThrow(/fitted on 2 features/);
  });
});
