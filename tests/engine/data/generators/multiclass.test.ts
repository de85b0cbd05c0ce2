import { describe, expect, it } from 'vitest';
import {
  BLOB_BOX,
  blobCentres,
  spiralPoint,
} from '../../../../src/engine/data/generators/multiclass';
import { Rng } from '../../../../src/engine/random';
import { draw, mean, row } from '../helpers';

describe('spiral', () => {
  it('puts each clean point on its own arm, at radius t along it', async () => {
    const classes = 5;
    const ds = await draw('spiral', { noise: 0, classes, samples: 500 });
    for (let i = 0; i < ds.n; i++) {
      const [a, b] = row(ds, i);
      const t = Math.hypot(a, b);
      expect(t).toBeLessThan(1);
      const [ea, eb] = spiralPoint(ds.labels![i], classes, t);
      expect(Math.hypot(a - ea, b - eb)).toBeLessThan(1e-5);
    }
  });

  it('makes arm c the first arm turned by 2π·c/k, so the arms interleave', () => {
    const [a, b] = spiralPoint(0, 3, 0.6);
    const turn = (2 * Math.PI) / 3;
    const [c, d] = spiralPoint(1, 3, 0.6);
    expect(c).toBeCloseTo(a * Math.cos(turn) - b * Math.sin(turn), 12);
    expect(d).toBeCloseTo(a * Math.sin(turn) + b * Math.cos(turn), 12);
  });
});

describe('blobs', () => {
  it('places the centres in the box, apart from one another', () => {
    for (const k of [2, 3, 6, 10]) {
      const centres = blobCentres(k, new Rng(k));
      for (let c = 0; c < k; c++) {
        expect(Math.abs(centres[2 * c])).toBeLessThanOrEqual(BLOB_BOX);
        expect(Math.abs(centres[2 * c + 1])).toBeLessThanOrEqual(BLOB_BOX);
        for (let o = 0; o < c; o++) {
          const gap = Math.hypot(
            centres[2 * c] - centres[2 * o],
            centres[2 * c + 1] - centres[2 * o + 1],
          );
          expect(gap).toBeGreaterThan(0.25); // 1.2/√10 = 0.38 unless the rng needed to relax it
        }
      }
    }
  });

  it('draws each class around its centre (the centres come first from the data stream)', async () => {
    const ds = await draw('blobs', { noise: 0, classes: 4, samples: 4000 }, 3);
    const centres = blobCentres(4, Rng.stream(3, 'data'));
    for (let c = 0; c < 4; c++) {
      const members = Array.from({ length: ds.n }, (_, i) => i).filter((i) => ds.labels![i] === c);
      expect(mean(members.map((i) => ds.x[2 * i]))).toBeCloseTo(centres[2 * c], 1);
      expect(mean(members.map((i) => ds.x[2 * i + 1]))).toBeCloseTo(centres[2 * c + 1], 1);
    }
  });
});
