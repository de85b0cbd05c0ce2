import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/engine/data/registry';
import { loadDataset } from '../../../src/engine/data/load';
import { Rng } from '../../../src/engine/random';
import type { GeneratedDataSpec, InlineDataSpec } from '../../../src/spec/types';
import { noFiles } from './helpers';

const generated = (kind: string, extra: Partial<GeneratedDataSpec> = {}): GeneratedDataSpec => ({
  kind,
  samples: 100,
  noise: 0.1,
  classes: 3,
  normalize: 'none',
  ...extra,
});
const inline = (
  task: InlineDataSpec['task'],
  x: number[][],
  y: InlineDataSpec['y'],
): InlineDataSpec => ({
  kind: 'inline',
  task,
  x,
  y,
  normalize: 'none',
});

describe('loadDataset from the registry', () => {
  it("draws from the seed's 'data' stream", async () => {
    const ds = await loadDataset(generated('spiral'), 7, noFiles);
    const options = { samples: 100, noise: 0.1, classes: 3 };
    const direct = await DATASETS.spiral.load(options, Rng.stream(7, 'data'), noFiles);
    expect(ds.x).toEqual(direct.x);
    expect(ds.classes).toBe(3);
  });

  it("uses the set's defaults for options it does not take", async () => {
    const ds = await loadDataset(generated('circle', { classes: 7 }), 1, noFiles);
    expect(ds.classes).toBe(2);
  });

  it('refuses unknown names and bad options with the field named', async () => {
    await expect(loadDataset(generated('nope'), 1, noFiles)).rejects.toThrow(
      'data.kind: unknown data set "nope"',
    );
    await expect(loadDataset(generated('toString'), 1, noFiles)).rejects.toThrow(
      /unknown data set/,
    );
    await expect(loadDataset(generated('xor', { samples: 0 }), 1, noFiles)).rejects.toThrow(
      'data.samples',
    );
    await expect(loadDataset(generated('xor', { samples: 2.5 }), 1, noFiles)).rejects.toThrow(
      'data.samples',
    );
    await expect(loadDataset(generated('xor', { noise: -1 }), 1, noFiles)).rejects.toThrow(
      'data.noise',
    );
    await expect(loadDataset(generated('blobs', { classes: 1 }), 1, noFiles)).rejects.toThrow(
      'data.classes must be an integer from 2 to 10',
    );
  });
});

describe('loadDataset inline', () => {
  it('builds classification data: classes = largest label + 1, named by index', async () => {
    const ds = await loadDataset(
      inline(
        'classification',
        [
          [0.1, -0.3],
          [0.5, 0.2],
          [1, 1],
        ],
        [0, 2, 0],
      ),
      1,
      noFiles,
    );
    expect([ds.n, ds.features, ds.classes]).toEqual([3, 2, 3]);
    expect(ds.classNames).toEqual(['0', '1', '2']);
    expect(Array.from(ds.labels!)).toEqual([0, 2, 0]);
    expect(ds.x).toEqual(Float32Array.of(0.1, -0.3, 0.5, 0.2, 1, 1)); // in the given order
    expect(ds.featureNames).toEqual(['x1', 'x2']);
  });

  it('builds regression data from numbers or from arrays of numbers', async () => {
    const one = await loadDataset(inline('regression', [[1], [2]], [0.5, -1]), 1, noFiles);
    expect([one.targetDims, ...one.targets!]).toEqual([1, 0.5, -1]);
    const two = await loadDataset(
      inline(
        'regression',
        [[1], [2]],
        [
          [1, 2],
          [3, 4],
        ],
      ),
      1,
      noFiles,
    );
    expect([two.targetDims, two.n, ...two.targets!]).toEqual([2, 2, 1, 2, 3, 4]);
    expect(two.labels).toBeNull();
  });

  it('refuses what would otherwise become NaN or nonsense, naming the field', async () => {
    const bad = (spec: InlineDataSpec) => loadDataset(spec, 1, noFiles);
    await expect(bad(inline('classification', [[1], [Number.NaN]], [0, 1]))).rejects.toThrow(
      'data.x[1][0]',
    );
    await expect(bad(inline('classification', [[1, 2], [3]], [0, 1]))).rejects.toThrow(
      'data.x[1] must hold 2',
    );
    await expect(bad(inline('classification', [[1], [2]], [0, 1.5]))).rejects.toThrow(
      'data.y[1] must be a class',
    );
    await expect(bad(inline('classification', [[1], [2]], [0]))).rejects.toThrow(
      'data.y must hold 2',
    );
    await expect(bad(inline('classification', [], []))).rejects.toThrow('at least one sample');
    await expect(bad(inline('regression', [[1], [2]], [[1, 2], [3]]))).rejects.toThrow(
      'data.y[1] must be 2 numbers',
    );
    await expect(bad(inline('regression', [[1], [2]], [1, [3]] as number[]))).rejects.toThrow(
      'data.y[1] must be a number',
    );
    await expect(bad(inline('regression', [[1]], [Infinity]))).rejects.toThrow(
      'data.y[0] must be a finite',
    );
  });
});
