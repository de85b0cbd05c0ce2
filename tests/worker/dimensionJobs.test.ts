// PCA and the curse of dimensionality in the worker: a data set on its first two principal
// components with each component's share of the variance, and kNN's distances and accuracy
// as irrelevant dimensions are added to the playground's 2-D data; bad requests refused
// naming the field.
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { DATASET_CATALOG } from '../../src/spec/catalog/datasets';
import { DimensionJobs } from '../../src/worker/dimensionJobs';
import { classicData, moons, planeExperiment } from './classicFixtures';

const jobs = () => new DimensionJobs(readDatasetFile, classicData());

/** A set with its catalog defaults, as the page asks for it. */
const withDefaults = (kind: 'digits' | 'wine') => ({ kind, ...DATASET_CATALOG[kind].defaults });

describe('DimensionJobs.pca', () => {
  it('projects the digits’ training part onto two components; shares largest first', async () => {
    const result = await jobs().pca(withDefaults('digits'), 1);
    // 1797 digits, a fifth held out: 1438 to fit and plot.
    expect(result.features).toBe(64);
    expect(result.points.length).toBe(2 * 1438);
    expect(result.labels.length).toBe(1438);
    expect(result.classNames.length).toBe(10);
    expect(result.shares.length).toBe(10);
    result.shares.slice(1).forEach((s, i) => expect(s).toBeLessThanOrEqual(result.shares[i]));
    expect(result.shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    // The pixels on one scale, as scikit-learn's digits PCA: 14.9% and 13.6% on all 1797.
    expect(result.shares[0]).toBeCloseTo(0.149, 1);
    // The projections are centred: the mean of each coordinate is 0.
    const mean = (axis: number) =>
      result.points.filter((_, i) => i % 2 === axis).reduce((a, b) => a + b, 0) / 1438;
    expect(Math.abs(mean(0))).toBeLessThan(1e-3);
    expect(Math.abs(mean(1))).toBeLessThan(1e-3);
  });

  it('standardises a table’s features first (wine: 36% on the first component), all 13 shares summing to 1', async () => {
    const result = await jobs().pca(withDefaults('wine'), 1);
    expect(result.features).toBe(13);
    expect(result.shares.length).toBe(10);
    expect(result.shares[0]).toBeGreaterThan(0.3);
    expect(result.shares[0]).toBeLessThan(0.42);
    expect(result.shares.reduce((a, b) => a + b, 0)).toBeLessThan(1);
    // Unscaled, proline (in the hundreds) is nearly all of the variance.
    const raw = await jobs().pca({ ...withDefaults('wine'), normalize: 'none' }, 1);
    expect(raw.shares[0]).toBeGreaterThan(0.99);
  });

  it('answers the same request again from what it kept, whole', async () => {
    const dimension = jobs();
    const first = await dimension.pca(withDefaults('wine'), 3);
    const second = await dimension.pca(withDefaults('wine'), 3);
    expect(second).toEqual(first);
    expect(second.points).not.toBe(first.points);
  });

  it('refuses a regression and a bad request, naming the field', async () => {
    const dimension = jobs();
    await expect(dimension.pca({ kind: 'plane' }, 1)).rejects.toThrow('plane is a regression');
    await expect(dimension.pca({ kind: 'nope' }, 1)).rejects.toThrow('data.kind');
    await expect(dimension.pca({ kind: 'wine' }, -1)).rejects.toThrow('seed must be');
    await expect(dimension.pca({ kind: 'wine', samples: 1e6 }, 1)).rejects.toThrow(
      'data.samples must be at most 178',
    );
  });
});

describe('DimensionJobs.curse', () => {
  it('shows the curse on the moons: the farthest/nearest ratio falls, kNN falls towards guessing', async () => {
    const curve = await jobs().curse({ experiment: moons(), dimensions: [2, 10, 100, 1000], k: 5 });
    expect(curve.map((p) => p.dimensions)).toEqual([2, 10, 100, 1000]);
    curve.slice(1).forEach((p, i) => expect(p.ratio).toBeLessThan(curve[i].ratio));
    expect(curve[0].accuracy).toBeGreaterThan(0.95);
    expect(curve.at(-1)!.accuracy).toBeLessThan(0.8);
    expect(curve.at(-1)!.ratio).toBeLessThan(1.3);
  });

  it('refuses bad dimension counts and k naming the field, and data it cannot pad', async () => {
    const dimension = jobs();
    const curse = (request: Record<string, unknown>) =>
      dimension.curse({ experiment: moons(), dimensions: [2, 10], k: 5, ...request });
    await expect(curse({ dimensions: [10, 5] })).rejects.toThrow(
      'dimensions[1] must be larger than dimensions[0] (10)',
    );
    await expect(curse({ dimensions: [1, 5] })).rejects.toThrow(
      'dimensions[0] must be an integer >= 2 (got 1)',
    );
    await expect(curse({ dimensions: [2, 1001] })).rejects.toThrow(
      'dimensions[1] must be at most 1000',
    );
    await expect(
      curse({ dimensions: Array.from({ length: 13 }, (_, i) => i + 2) }),
    ).rejects.toThrow('dimensions has 13 dimension counts; the limit is 12');
    await expect(curse({ dimensions: [] })).rejects.toThrow('dimensions must not be empty');
    await expect(curse({ k: 0 })).rejects.toThrow('k must be a positive integer');
    await expect(curse({ k: 400 })).rejects.toThrow(
      'k is 400, but kNN has only 320 training points',
    );
    const colours = planeExperiment({ kind: 'colors' }, 8);
    await expect(curse({ experiment: colours })).rejects.toThrow(
      'this data set has 3 inputs, not 2',
    );
    await expect(curse({ experiment: moons({ validation: 0 }) })).rejects.toThrow(
      'the curse is measured on the validation part',
    );
  });
});
