// What every generator promises (./src/engine/data/generators/common.ts): shape, labels,
// balanced classes, determinism, and `noise` as Gaussian jitter of that std on one set of
// clean points (inputs for classification, targets for regression).
import { describe, expect, it } from 'vitest';
import { classCount } from '../../../../src/spec/catalog/datasets';
import { DATASETS } from '../../../../src/engine/data/registry';
import { classCounts, draw, mean, minus, std } from '../helpers';

const GENERATORS = Object.keys(DATASETS).filter((k) => DATASETS[k].maxSamples === undefined);

describe.each(GENERATORS)('generator %s', (kind) => {
  const entry = DATASETS[kind];

  it('has the shape its registry row promises', async () => {
    const ds = await draw(kind, { samples: 123 });
    expect(ds.n).toBe(123);
    expect(ds.task).toBe(entry.task);
    expect(ds.features).toBe(entry.features);
    expect(ds.x.length).toBe(123 * entry.features);
    expect(ds.featureNames.length).toBe(entry.features);
    expect(ds.x.every(Number.isFinite)).toBe(true);
    if (entry.task === 'classification') {
      expect(ds.labels?.length).toBe(123);
      expect(ds.classes).toBe(classCount(entry, entry.defaults));
      expect(ds.classNames.length).toBe(ds.classes);
      expect(ds.targets).toBeNull();
    } else {
      expect(ds.labels).toBeNull();
      expect(ds.targetDims).toBe(entry.targetDims);
      expect(ds.targets?.length).toBe(123 * entry.targetDims);
      expect(ds.targets?.every(Number.isFinite)).toBe(true);
    }
  });

  it('gives the same numbers for the same seed and others for another seed', async () => {
    const [a, b, c] = await Promise.all([draw(kind, {}, 7), draw(kind, {}, 7), draw(kind, {}, 8)]);
    expect(b.x).toEqual(a.x);
    expect(b.labels ?? b.targets).toEqual(a.labels ?? a.targets);
    expect(c.x).not.toEqual(a.x);
  });

  it('adds noise as jitter of that std to the same clean data', async () => {
    const noise = kind === 'colors' ? 0.01 : 0.2; // colours are clamped to [0, 1]
    const [clean, noisy] = await Promise.all([draw(kind, { noise: 0 }), draw(kind, { noise })]);
    expect(noisy.labels).toEqual(clean.labels);
    const moved = entry.task === 'regression' ? 'targets' : 'x';
    const still = entry.task === 'regression' ? 'x' : null;
    if (still) expect(noisy[still]).toEqual(clean[still]);
    const jitter = minus(noisy[moved]!, clean[moved]!);
    // Mean ≈ 0 and std ≈ noise, within a few standard errors for ~400–2400 draws.
    expect(Math.abs(mean(jitter))).toBeLessThan(noise * 0.15);
    expect(std(jitter)).toBeGreaterThan(noise * (kind === 'colors' ? 0.6 : 0.9));
    expect(std(jitter)).toBeLessThan(noise * 1.1);
  });
});

const CLASSIFIERS = GENERATORS.filter((k) => DATASETS[k].task === 'classification');

describe.each(CLASSIFIERS)('classification generator %s', (kind) => {
  const entry = DATASETS[kind];

  it('has every class, balanced, labels in range', async () => {
    const [, most] = entry.classRange ?? [2, 2];
    for (const classes of [entry.defaults.classes, most]) {
      const ds = await draw(kind, { samples: 10 * classes + 1, classes });
      expect(ds.classes).toBe(classes);
      expect(ds.labels?.every((c) => c >= 0 && c < classes)).toBe(true);
      // 10·k + 1 samples, sample i in class i mod k: class 0 gets 11, the others 10.
      expect(classCounts(ds)).toEqual(Array.from({ length: classes }, (_, c) => (c ? 10 : 11)));
    }
  });
});
