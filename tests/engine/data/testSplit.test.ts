// A search's test part: held out from the whole data first, with its own stream, so the
// validation split divides only the rest and never touches it; test 0 changes nothing.
import { describe, expect, it } from 'vitest';
import { classificationSet } from '../../../src/engine/data/build';
import { splitTest } from '../../../src/engine/data/split';
import { testCount } from '../../../src/spec/split';
import { prepareData, prepareSearchData } from '../../../src/engine/prepare';
import { parseExperiment } from '../../../src/spec';

/** n samples whose single feature is their index, labelled index mod 3. */
function indexed(n: number) {
  const x = Float32Array.from({ length: n }, (_, i) => i);
  const labels = Int32Array.from({ length: n }, (_, i) => i % 3);
  return classificationSet(x, labels, ['i'], ['a', 'b', 'c']);
}

const noFiles = () => Promise.reject(new Error('no files in this test'));

describe('splitTest', () => {
  it('holds out round(n·fraction), at least 1, leaving at least 2 for training and validation', () => {
    expect(testCount(100, 0.2)).toBe(20);
    expect(testCount(100, 0)).toBe(0);
    expect(testCount(10, 0.01)).toBe(1); // rounds to 0, raised to 1
    expect(testCount(3, 0.5)).toBe(1); // rounds to 2, capped at 3 − 2
    expect(testCount(2, 0.5)).toBe(0); // nothing to spare
    const { rest, test } = splitTest(indexed(100), 0.2, 1);
    expect([rest.n, test!.n]).toEqual([80, 20]);
    const seen = [...rest.x, ...test!.x].sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('uses its own stream: not the samples the validation split would take', () => {
    const { test } = splitTest(indexed(100), 0.2, 1);
    expect(splitTest(indexed(100), 0.2, 1).test!.x).toEqual(test!.x);
    expect(splitTest(indexed(100), 0.2, 2).test!.x).not.toEqual(test!.x);
  });

  it('with fraction 0 leaves the data itself untouched', () => {
    const ds = indexed(50);
    const { rest, test } = splitTest(ds, 0, 1);
    expect(rest).toBe(ds);
    expect(test).toBeNull();
  });

  it('refuses a fraction outside [0, 0.5]', () => {
    for (const bad of [-0.1, 0.6, Number.NaN]) {
      expect(() => splitTest(indexed(10), bad, 1)).toThrow(/fraction in \[0, 0.5\]/);
    }
  });
});

describe('prepareSearchData', () => {
  const experiment = parseExperiment({
    version: 1,
    seed: 4,
    data: { kind: 'blobs', samples: 200, normalize: 'standardize' },
    validation: 0.25,
    model: { layers: [{ type: 'dense', units: 3, activation: 'softmax' }] },
  });

  it('test 0 gives exactly the data prepareData gives', async () => {
    const plain = await prepareData(experiment, noFiles);
    const search = await prepareSearchData(experiment, 0, noFiles);
    expect(search.test).toBeNull();
    expect(search.train).toEqual(plain.train);
    expect(search.validation).toEqual(plain.validation);
    expect(search.normalizer.offset).toEqual(plain.normalizer.offset);
  });

  it('holds the test part out before validation, disjoint from both other parts', async () => {
    const raw = parseExperiment({ ...experiment, data: { ...experiment.data, normalize: 'none' } });
    const data = await prepareSearchData(raw, 0.2, noFiles);
    // 200 samples: 40 for the test, then 25% of the other 160 for validation.
    expect([data.train.n, data.validation!.n, data.test!.n]).toEqual([120, 40, 40]);
    const rows = (x: Float32Array) =>
      Array.from({ length: x.length / 2 }, (_, i) => `${x[2 * i]},${x[2 * i + 1]}`);
    const seen = new Set([...rows(data.train.x), ...rows(data.validation!.x)]);
    expect(rows(data.test!.x).filter((r) => seen.has(r))).toEqual([]);
    expect(new Set([...seen, ...rows(data.test!.x)]).size).toBe(200);
  });

  it('fits the normaliser on the training part alone, and applies it to the test part', async () => {
    const data = await prepareSearchData(experiment, 0.2, noFiles);
    const mean = (x: Float32Array) =>
      x.filter((_, k) => k % 2 === 0).reduce((a, b) => a + b, 0) / (x.length / 2);
    expect(Math.abs(mean(data.train.x))).toBeLessThan(1e-5);
    expect(Math.abs(mean(data.test!.x))).toBeGreaterThan(1e-3);
    expect(Math.abs(mean(data.test!.x))).toBeLessThan(1);
  });
});
