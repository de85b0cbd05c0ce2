import { describe, expect, it } from 'vitest';
import {
  COLOR_PROTOTYPES,
  nearestColor,
  srgbToLab,
} from '../../../../src/engine/data/generators/colors';
import { draw, row } from '../helpers';

describe('srgbToLab', () => {
  it('matches the standard values for white, black and red', () => {
    const close = (got: number[], want: number[]) =>
      got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 1));
    close(srgbToLab(1, 1, 1), [100, 0, 0]);
    close(srgbToLab(0, 0, 0), [0, 0, 0]);
    close(srgbToLab(1, 0, 0), [53.24, 80.09, 67.2]); // the usual sRGB red in CIELAB (D65)
  });
});

describe('nearestColor', () => {
  it('names every prototype after itself and obvious colours sensibly', () => {
    const all = COLOR_PROTOTYPES.length;
    COLOR_PROTOTYPES.forEach(([, r, g, b], c) =>
      expect(nearestColor(r / 255, g / 255, b / 255, all)).toBe(c),
    );
    const name = (r: number, g: number, b: number) =>
      COLOR_PROTOTYPES[nearestColor(r, g, b, all)][0];
    expect(name(0.5, 0.52, 0.5)).toBe('gray');
    expect(name(0.95, 0.55, 0.05)).toBe('orange');
    expect(name(0.05, 0.05, 0.1)).toBe('black');
  });
});

describe('colors', () => {
  it('labels each clean colour by its nearest of the first k prototypes', async () => {
    const ds = await draw('colors', { noise: 0, classes: 5, samples: 500 });
    expect(ds.classNames).toEqual(['red', 'green', 'blue', 'yellow', 'cyan']);
    expect(ds.featureNames).toEqual(['R', 'G', 'B']);
    for (let i = 0; i < ds.n; i++) {
      const [r, g, b] = row(ds, i);
      expect(nearestColor(r, g, b, 5)).toBe(ds.labels![i]);
    }
  });

  it('keeps noisy colours inside [0, 1]', async () => {
    const ds = await draw('colors', { noise: 0.5 });
    expect(Math.min(...ds.x)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ds.x)).toBeLessThanOrEqual(1);
  });
});
