import { describe, expect, it } from 'vitest';
import { LOSSES } from '../../src/engine/losses';
import { fromRows, type Matrix } from '../../src/engine/matrix';
import { Rng } from '../../src/engine/random';
import type { LossName } from '../../src/spec/types';
import { expectClose, numericGradient, randomArray } from './gradcheck';

function oneHot(labels: number[], classes: number): Matrix {
  return fromRows(
    'float64',
    labels.map((l) => Array.from({ length: classes }, (_, j) => (j === l ? 1 : 0))),
  );
}

const TARGETS: Record<LossName, Matrix> = {
  cross_entropy: oneHot([0, 2, 1, 2], 3),
  bce: fromRows('float64', [
    [1, 0, 1],
    [0, 0, 1],
    [1, 1, 0],
    [0, 1, 1],
  ]),
  mse: fromRows('float64', [
    [0.5, -1, 2],
    [0, 0, 1],
    [3, 1, 0],
    [-2, 1, 1],
  ]),
};

describe('losses', () => {
  for (const name of Object.keys(LOSSES) as LossName[]) {
    it(`${name}: gradient matches finite differences`, () => {
      const target = TARGETS[name];
      const input: Matrix = { rows: 4, cols: 3, data: randomArray(12, new Rng(3), 2) };
      const grad: Matrix = { rows: 0, cols: 3, data: new Float64Array(12) };
      LOSSES[name].compute(input, target, grad);
      expect(grad.rows).toBe(4);
      const numeric = numericGradient(input.data, () => LOSSES[name].compute(input, target, null));
      expectClose(grad.data, numeric);
    });
  }

  it('cross-entropy of uniform logits is log(classes); gradient is (p − t)/n', () => {
    const input = fromRows('float64', [[0, 0, 0]]);
    const grad: Matrix = { rows: 0, cols: 3, data: new Float64Array(3) };
    expect(LOSSES.cross_entropy.compute(input, oneHot([1], 3), grad)).toBeCloseTo(Math.log(3), 12);
    expect(Array.from(grad.data)).toEqual(
      [1 / 3, 1 / 3 - 1, 1 / 3].map((v) => expect.closeTo(v, 12)),
    );
  });

  it('stay finite where a naive log(softmax) would take log(0)', () => {
    const huge = fromRows('float64', [[1000, -1000, 0]]);
    const ce = LOSSES.cross_entropy.compute(huge, oneHot([1], 3), null);
    expect(ce).toBeCloseTo(2000, 9);
    const bce = LOSSES.bce.compute(fromRows('float64', [[-800]]), fromRows('float64', [[1]]), null);
    expect(bce).toBeCloseTo(800, 9);
  });

  it('bce equals −t·log σ(z) − (1−t)·log(1−σ(z)) at moderate z', () => {
    const z = 0.7,
      t = 1;
    const s = 1 / (1 + Math.exp(-z));
    const expected = -(t * Math.log(s) + (1 - t) * Math.log(1 - s));
    expect(
      LOSSES.bce.compute(fromRows('float64', [[z]]), fromRows('float64', [[t]]), null),
    ).toBeCloseTo(expected, 12);
  });

  it('mse is a mean over batch and outputs', () => {
    const y = fromRows('float64', [
      [1, 2],
      [3, 4],
    ]);
    const t = fromRows('float64', [
      [0, 0],
      [0, 0],
    ]);
    expect(LOSSES.mse.compute(y, t, null)).toBe((1 + 4 + 9 + 16) / 4);
  });
});
