import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/engine/random';

describe('Rng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = new Rng(7),
      b = new Rng(7),
      c = new Rng(8);
    const draw = (r: Rng) => Array.from({ length: 5 }, () => r.uint32());
    const first = draw(a);
    expect(draw(b)).toEqual(first);
    expect(draw(c)).not.toEqual(first);
  });

  it('pins its sequence, so a change to the generator is a visible, deliberate change', () => {
    // Saved experiments promise the same numbers for the same seed: these values must not move.
    const r = new Rng(1);
    expect(Array.from({ length: 3 }, () => r.uint32())).toMatchInlineSnapshot(`
      [
        1828152527,
        3394835397,
        2967886022,
      ]
    `);
  });

  it('gives independent streams per purpose', () => {
    expect(Rng.stream(1, 'init').uint32()).not.toBe(Rng.stream(1, 'shuffle').uint32());
    expect(Rng.stream(1, 'init').uint32()).toBe(Rng.stream(1, 'init').uint32());
  });

  it('pairs its normals as Box–Muller: r·cos(2πv) first, then the spare r·sin(2πv)', () => {
    // The PyTorch export replays this order for augmentation's jitter: it must not drift.
    const uniforms = Rng.stream(1, 'augment-jitter');
    const [u, v] = [uniforms.next(), uniforms.next()];
    const r = Math.sqrt(-2 * Math.log(u));
    const normals = Rng.stream(1, 'augment-jitter');
    expect(normals.normal()).toBeCloseTo(r * Math.cos(2 * Math.PI * v), 14);
    expect(normals.normal()).toBeCloseTo(r * Math.sin(2 * Math.PI * v), 14);
    // The third is a new pair's first: two more uniforms.
    const [u2, v2] = [uniforms.next(), uniforms.next()];
    expect(normals.normal()).toBeCloseTo(
      Math.sqrt(-2 * Math.log(u2)) * Math.cos(2 * Math.PI * v2),
      14,
    );
  });

  it('draws uniforms in [0, 1) with mean ½ and normals with mean 0 and std 1', () => {
    const r = new Rng(3);
    const n = 100000;
    let su = 0,
      sn = 0,
      sq = 0,
      lo = 1,
      hi = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      su += u;
      const z = r.normal();
      sn += z;
      sq += z * z;
    }
    // Standard errors: uniform mean 0.0009, normal mean 0.003, normal variance 0.0045.
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(Math.abs(su / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sn / n)).toBeLessThan(0.015);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.025);
  });

  it('shuffles into a permutation', () => {
    const a = Int32Array.from({ length: 100 }, (_, i) => i);
    new Rng(4).shuffle(a);
    expect(Array.from(a).sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(Array.from(a)).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});
