// Flatten moves no number: a row already holds [C, H, W] in channel, row, column order,
// which is torch.flatten's order, so the primitive hands its matrices on unchanged.
import { expect, it } from 'vitest';
import { Flatten } from '../../../src/engine/layers/flatten';
import { Rng } from '../../../src/engine/random';
import { randomArray } from '../gradcheck';

it('is the identity on our buffers: forward and backward hand on the same matrices', () => {
  const flatten = new Flatten(2 * 3 * 3);
  const x = { rows: 2, cols: 18, data: randomArray(36, new Rng(1)) };
  expect(flatten.forward(x)).toBe(x);
  expect(flatten.backward(x)).toBe(x);
  expect([flatten.inputs, flatten.outputs, flatten.params.length]).toEqual([18, 18, 0]);
});
