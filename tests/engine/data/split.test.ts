import { describe, expect, it } from 'vitest';
import { classificationSet, regressionSet } from '../../../src/engine/data/build';
import { splitDataset } from '../../../src/engine/data/split';

/** n samples whose single feature is their index, labelled index mod 3. */
function indexed(n: number) {
  const x = Float32Array.from({ length: n }, (_, i) => i);
  const labels = Int32Array.from({ length: n }, (_, i) => i % 3);
  return classificationSet(x, labels, ['i'], ['a', 'b', 'c']);
}

describe('splitDataset', () => {
  it('holds out round(n·fraction) samples, disjoint from training, covering all', () => {
    const { train, validation } = splitDataset(indexed(400), 0.2, 1);
    expect([train.n, validation!.n]).toEqual([320, 80]);
    const seen = [...train.x, ...validation!.x].sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: 400 }, (_, i) => i));
    // Labels travel with their rows.
    for (const part of [train, validation!]) {
      part.x.forEach((index, i) => expect(part.labels![i]).toBe(index % 3));
    }
  });

  it('rounds, keeps at least one validation sample and at least one training sample', () => {
    const sizes = (n: number, fraction: number) => {
      const { train, validation } = splitDataset(indexed(n), fraction, 1);
      return [train.n, validation?.n ?? 0];
    };
    expect(sizes(10, 0.25)).toEqual([7, 3]); // Math.round(2.5) = 3
    expect(sizes(10, 0.001)).toEqual([9, 1]); // rounds to 0, raised to 1
    expect(sizes(10, 0.99)).toEqual([1, 9]); // rounds to 10, capped at 9
    expect(sizes(2, 0.5)).toEqual([1, 1]);
    expect(sizes(1, 0.5)).toEqual([1, 0]); // one sample cannot be split
  });

  it('permutes with the seed (real sets are sorted by class)', () => {
    const a = splitDataset(indexed(100), 0.3, 4);
    expect(splitDataset(indexed(100), 0.3, 4).validation!.x).toEqual(a.validation!.x);
    expect(splitDataset(indexed(100), 0.3, 5).validation!.x).not.toEqual(a.validation!.x);
    expect(a.train.x).not.toEqual(Float32Array.from(a.train.x).sort()); // not in file order
  });

  it('with fraction 0 keeps everything for training in the original order', () => {
    const ds = indexed(50);
    const { train, validation } = splitDataset(ds, 0, 1);
    expect(validation).toBeNull();
    expect(train.x).toEqual(ds.x);
    expect(train.labels).toEqual(ds.labels);
  });

  it('splits regression targets with their inputs', () => {
    const x = Float32Array.from({ length: 20 }, (_, i) => i);
    const targets = Float32Array.from({ length: 40 }, (_, i) => Math.floor(i / 2) * 10 + (i % 2));
    const { train, validation } = splitDataset(regressionSet(x, targets, 2, ['i']), 0.5, 2);
    for (const part of [train, validation!]) {
      expect(part.targets!.length).toBe(2 * part.n);
      part.x.forEach((index, i) => {
        expect([part.targets![2 * i], part.targets![2 * i + 1]]).toEqual([
          index * 10,
          index * 10 + 1,
        ]);
      });
    }
  });

  it('refuses a fraction outside [0, 1)', () => {
    for (const bad of [-0.1, 1, 2, Number.NaN]) {
      expect(() => splitDataset(indexed(10), bad, 1)).toThrow(/fraction in \[0, 1\)/);
    }
  });
});
