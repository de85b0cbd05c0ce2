// Units with a twin (engine/coach/twins.ts): exact and near copies are found, random units
// never, in a dense layer's columns and a convolution's filters, and a very wide layer of
// identical units is counted in a few passes, not in the square of its width.
import { describe, expect, it } from 'vitest';
import type { Param } from '../../../src/engine/layers/layer';
import { Rng } from '../../../src/engine/random';
import { twinUnits } from '../../../src/engine/coach/twins';

/** A dense layer's W, [inputs, units], unit j's weights down column j. */
function dense(inputs: number, units: number, fill: (i: number, j: number) => number): Param {
  const value = new Float32Array(inputs * units);
  for (let i = 0; i < inputs; i++)
    for (let j = 0; j < units; j++) value[i * units + j] = fill(i, j);
  const filters = { count: units, size: inputs, filterStride: 1, elementStride: units };
  return {
    name: 'W',
    value,
    grad: value.slice(),
    shape: [inputs, units],
    penalized: true,
    filters,
  };
}

const random = (seed: number) => {
  const rng = new Rng(seed);
  return () => rng.uniform(-1, 1);
};

describe('twinUnits', () => {
  it('finds none among random units', () => {
    const draw = random(1);
    expect(
      twinUnits(
        dense(8, 64, () => draw()),
        undefined,
      ),
    ).toBe(0);
  });

  it('counts every unit with a copy: a pair is 2, two pairs 4, three alike 3', () => {
    const draw = random(2);
    const table = Array.from({ length: 8 }, () => Array.from({ length: 10 }, () => draw()));
    const copy: Record<number, number> = { 3: 1, 7: 5, 9: 5 }; // unit 3 = 1; 7 and 9 = 5
    const W = dense(8, 10, (i, j) => table[i][copy[j] ?? j]);
    expect(twinUnits(W, undefined)).toBe(5); // units 1, 3, 5, 7, 9
  });

  it('tells units apart by their bias too', () => {
    const W = dense(4, 3, () => 0.5);
    const b: Param = {
      name: 'b',
      value: Float32Array.from([0, 0, 1]),
      grad: new Float32Array(3),
      shape: [3],
      penalized: false,
    };
    expect(twinUnits(W, b)).toBe(2);
  });

  it('takes units a millionth of the largest weight apart as twins, a thousandth not', () => {
    const draw = random(3);
    const column = Array.from({ length: 6 }, () => draw());
    const near = dense(6, 2, (i, j) => column[i] + (j === 1 ? 1e-8 : 0));
    const far = dense(6, 2, (i, j) => column[i] + (j === 1 ? 1e-3 : 0));
    expect(twinUnits(near, undefined)).toBe(2);
    expect(twinUnits(far, undefined)).toBe(0);
  });

  it("finds a convolution's copied filters, stored filter by filter", () => {
    const draw = random(4);
    const size = 9; // one channel, 3×3
    const value = new Float32Array(4 * size);
    for (let k = 0; k < size; k++) value[k] = value[2 * size + k] = draw(); // filters 0 and 2
    for (let k = 0; k < size; k++) value[size + k] = draw();
    for (let k = 0; k < size; k++) value[3 * size + k] = draw();
    const filters = { count: 4, size, filterStride: size, elementStride: 1 };
    const W: Param = {
      name: 'W',
      value,
      grad: value.slice(),
      shape: [4, 1, 3, 3],
      penalized: true,
      filters,
    };
    expect(twinUnits(W, undefined)).toBe(2);
  });

  it('counts 4096 identical units of 256 inputs each (a zero initialisation) in a few passes', () => {
    // Compared pair by pair this is 4096² · 256 ≈ 4·10⁹ comparisons: minutes, past the
    // test's limit. Two comparisons a unit make it 2·10⁶.
    expect(
      twinUnits(
        dense(256, 4096, () => 0),
        undefined,
      ),
    ).toBe(4096);
  });
});
