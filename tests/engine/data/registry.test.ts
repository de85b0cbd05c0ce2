// The registry rows that validation and the page read must agree with what loading gives.
import { describe, expect, it } from 'vitest';
import { classCount } from '../../../src/spec/catalog/datasets';
import { COLOR_PROTOTYPES } from '../../../src/engine/data/generators/colors';
import { DATASETS } from '../../../src/engine/data/registry';

const REAL = ['iris', 'wine', 'breast_cancer', 'digits'];
/** Image sets: real too, but unnormalised pixels in [0, 1] and a default short of the file. */
const IMAGES = ['fashion_mnist'];

describe('DATASETS', () => {
  it('lists the generators and the real sets', () => {
    // prettier-ignore
    expect(Object.keys(DATASETS)).toEqual([
      'circle', 'xor', 'gauss', 'spiral', 'moons', 'blobs', 'plane', 'sine', 'colors', ...REAL,
      ...IMAGES,
    ]);
  });

  it.each(Object.keys(DATASETS))('%s: metadata is consistent', (kind) => {
    const e = DATASETS[kind];
    const image = IMAGES.includes(kind);
    const real = REAL.includes(kind) || image;
    expect(e.options).toEqual(real ? ['samples'] : expect.arrayContaining(['samples', 'noise']));
    expect(e.defaults.normalize).toBe(real && !image ? 'standardize' : 'none');
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
    if (real && !image) expect(e.defaults.samples).toBe(e.maxSamples);
    if (image) expect(e.defaults.samples).toBeLessThan(e.maxSamples!);
    // An image's C·H·W numbers are the features a dense network reads.
    if (e.image) expect(e.image.reduce((a, b) => a * b)).toBe(e.features);
  });

  it('knows the image sets by their shape', () => {
    expect(DATASETS.digits.image).toEqual([1, 8, 8]);
    expect(DATASETS.fashion_mnist.image).toEqual([1, 28, 28]);
    expect(Object.keys(DATASETS).filter((k) => DATASETS[k].image)).toEqual([
      'digits',
      'fashion_mnist',
    ]);
  });

  it("ends colors' class range at the colour table's length", () => {
    expect(DATASETS.colors.classRange).toEqual([2, COLOR_PROTOTYPES.length]);
  });
});
