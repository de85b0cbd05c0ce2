// The registry rows that validation and the page read must agree with what loading gives.
import { describe, expect, it } from 'vitest';
import { classCount } from '../../../src/spec/catalog/datasets';
import { COLOR_PROTOTYPES } from '../../../src/engine/data/generators/colors';
import { DATASETS } from '../../../src/engine/data/registry';

const REAL = ['iris', 'wine', 'breast_cancer', 'digits'];

describe('DATASETS', () => {
  it('lists the generators and the real sets', () => {
    // prettier-ignore
    expect(Object.keys(DATASETS)).toEqual([
      'circle', 'xor', 'gauss', 'spiral', 'moons', 'blobs', 'plane', 'sine', 'colors', ...REAL,
    ]);
  });

  it.each(Object.keys(DATASETS))('%s: metadata is consistent', (kind) => {
    const e = DATASETS[kind];
    const real = REAL.includes(kind);
    expect(e.options).toEqual(real ? ['samples'] : expect.arrayContaining(['samples', 'noise']));
    expect(e.defaults.normalize).toBe(real ? 'standardize' : 'none');
    expect(e.maxSamples === undefined).toBe(!real);
    expect(e.view === undefined).toBe(real);
    expect(e.options.includes('classes')).toBe(e.classRange !== undefined);
    if (e.task === 'regression') {
      expect([e.targetDims, classCount(e, e.defaults)]).toEqual([1, 0]);
    } else {
      expect(e.targetDims).toBe(0);
      const [low, high] = e.classRange ?? [2, Infinity];
      expect(classCount(e, e.defaults)).toBeGreaterThanOrEqual(low);
      expect(classCount(e, e.defaults)).toBeLessThanOrEqual(high);
    }
    if (real) expect(e.defaults.samples).toBe(e.maxSamples);
  });

  it("ends colors' class range at the colour table's length", () => {
    expect(DATASETS.colors.classRange).toEqual([2, COLOR_PROTOTYPES.length]);
  });
});
