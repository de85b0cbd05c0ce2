// Finite-difference checks of every layer's backward, in float64, for both the input
// gradient and every parameter gradient. The scalar is L = Σ r ⊙ forward(x) for a fixed
// random r, whose gradient with respect to the output is r itself.
import { describe, expect, it } from 'vitest';
import { Activation } from '../../../src/engine/layers/activation';
import { BatchNorm } from '../../../src/engine/layers/batchNorm';
import { Dense } from '../../../src/engine/layers/dense';
import { Dropout } from '../../../src/engine/layers/dropout';
import type { Layer } from '../../../src/engine/layers/layer';
import type { Matrix } from '../../../src/engine/matrix';
import { Rng } from '../../../src/engine/random';
import { expectClose, numericGradient, randomArray, weightedSum } from '../gradcheck';

const ROWS = 6;

function checkLayer(layer: Layer, training: boolean, seed = 1): void {
  const rng = new Rng(seed);
  const x: Matrix = { rows: ROWS, cols: layer.inputs, data: randomArray(ROWS * layer.inputs, rng) };
  const r: Matrix = {
    rows: ROWS,
    cols: layer.outputs,
    data: randomArray(ROWS * layer.outputs, rng),
  };
  const loss = () => weightedSum(layer.forward(x, training).data, r.data, ROWS * layer.outputs);
  loss();
  const dx = layer.backward(r);
  const analytic = layer.params.map((p) => Float64Array.from(p.grad));
  expect(dx).not.toBeNull();
  expectClose(dx!.data.subarray(0, ROWS * layer.inputs), numericGradient(x.data, loss));
  layer.params.forEach((p, i) => expectClose(analytic[i], numericGradient(p.value, loss)));
}

describe('layer gradients (float64, central differences)', () => {
  it('dense', () => {
    const dense = new Dense(4, 3, ROWS, 'float64', true);
    dense.W.value.set(randomArray(12, new Rng(9)));
    dense.b?.value.set(randomArray(3, new Rng(10)));
    checkLayer(dense, true);
  });

  it('dense without a bias', () => {
    const dense = new Dense(4, 3, ROWS, 'float64', true, 'js', false);
    expect(dense.b).toBeNull();
    expect(dense.params.map((p) => p.name)).toEqual(['W']);
    dense.W.value.set(randomArray(12, new Rng(9)));
    checkLayer(dense, true);
  });

  it('batch norm per channel of an image (BatchNorm2d), in training and evaluation', () => {
    // 3 channels of 2×3 pixels: statistics over the batch and the 6 positions of each.
    const train = new BatchNorm(3, ROWS, 'float64', 6);
    expect([train.inputs, train.gamma.value.length]).toEqual([18, 3]);
    train.gamma.value.set([1.5, -0.5, 2]);
    train.beta.value.set([0.1, 0.2, -0.3]);
    checkLayer(train, true);
    const evaluate = new BatchNorm(3, ROWS, 'float64', 6);
    evaluate.gamma.value.set([1.5, -0.5, 2]);
    evaluate.runningMean.set([0.3, -0.2, 1]);
    evaluate.runningVar.set([0.5, 2, 1.5]);
    checkLayer(evaluate, false);
  });

  it('activation layers (tanh, softmax)', () => {
    checkLayer(new Activation('tanh', 5, ROWS, 'float64'), true);
    checkLayer(new Activation('softmax', 5, ROWS, 'float64'), true);
  });

  it('batch norm in training mode (batch statistics)', () => {
    const bn = new BatchNorm(3, ROWS, 'float64');
    bn.gamma.value.set([1.5, -0.5, 2]);
    bn.beta.value.set([0.1, 0.2, -0.3]);
    checkLayer(bn, true);
  });

  it('batch norm in evaluation mode (running statistics)', () => {
    const bn = new BatchNorm(3, ROWS, 'float64');
    bn.gamma.value.set([1.5, -0.5, 2]);
    bn.runningMean.set([0.3, -0.2, 1]);
    bn.runningVar.set([0.5, 2, 1.5]);
    checkLayer(bn, false);
  });

  it('dropout: the gradient flows through the kept units only, with their scale', () => {
    // A fresh mask is drawn on every training forward, so finite differences across calls
    // would compare different functions. With the mask fixed, y = x ⊙ mask is linear, so
    // dL/dx = r ⊙ mask = r ⊙ y / x exactly.
    const layer = new Dropout(50, 0.3, ROWS, 'float64', new Rng(5));
    const rng = new Rng(6);
    const x: Matrix = { rows: ROWS, cols: 50, data: randomArray(ROWS * 50, rng) };
    const r: Matrix = { rows: ROWS, cols: 50, data: randomArray(ROWS * 50, rng) };
    const y = Float64Array.from(layer.forward(x, true).data);
    const dx = layer.backward(r).data;
    for (let i = 0; i < ROWS * 50; i++)
      expect(dx[i]).toBeCloseTo((r.data[i] * y[i]) / x.data[i], 12);
  });
});

describe('batch norm behaviour', () => {
  it('normalises each unit to mean 0 and (biased) variance 1 in training', () => {
    const bn = new BatchNorm(2, 4, 'float64');
    const x: Matrix = { rows: 4, cols: 2, data: Float64Array.from([1, 10, 2, 20, 3, 30, 4, 40]) };
    const y = bn.forward(x, true).data;
    const col = (j: number) => [0, 1, 2, 3].map((i) => y[i * 2 + j]);
    for (const [j, variance] of [
      [0, 1.25],
      [1, 125],
    ]) {
      const v = col(j);
      const mean = v.reduce((a, b) => a + b) / 4;
      expect(mean).toBeCloseTo(0, 12);
      // The biased variance of (1,2,3,4) is 1.25 (of the second column, 125); x̂ = (x − mean)/√(var + 1e-5)
      expect(v.reduce((a, b) => a + (b - mean) ** 2, 0) / 4).toBeCloseTo(
        variance / (variance + 1e-5),
        12,
      );
    }
    // running mean = 0.9·0 + 0.1·2.5; running var = 0.9·1 + 0.1·(1.25·4/3) (unbiased)
    expect(bn.runningMean[0]).toBeCloseTo(0.25, 12);
    expect(bn.runningVar[0]).toBeCloseTo(0.9 + (0.1 * (1.25 * 4)) / 3, 12);
    expect(bn.runningVar[1]).toBeCloseTo(0.9 + (0.1 * (125 * 4)) / 3, 10);
  });

  it('uses running statistics outside training and leaves them alone', () => {
    const bn = new BatchNorm(1, 2, 'float64');
    bn.runningMean[0] = 2;
    bn.runningVar[0] = 4;
    const y = bn.forward({ rows: 2, cols: 1, data: Float64Array.from([2, 6]) }, false).data;
    expect(y[0]).toBeCloseTo(0, 12);
    expect(y[1]).toBeCloseTo(4 / Math.sqrt(4 + 1e-5), 12);
    expect(bn.runningMean[0]).toBe(2);
  });
});

describe('batch norm on images', () => {
  it('normalises each channel over the batch and its positions, with the unbiased running variance', () => {
    // Two samples of 2 channels × 2 positions: channel 0 holds 1..4, channel 1 holds 10·(1..4).
    const bn = new BatchNorm(2, 2, 'float64', 2);
    const x = Float64Array.from([1, 2, 10, 20, 3, 4, 30, 40]);
    const y = bn.forward({ rows: 2, cols: 4, data: x }, true).data;
    const channel = (c: number) => [0, 1].flatMap((i) => [0, 1].map((s) => y[(i * 2 + c) * 2 + s]));
    for (const c of [0, 1]) {
      const v = channel(c);
      expect(v.reduce((a, b) => a + b) / 4).toBeCloseTo(0, 12);
    }
    // Four values per channel: mean 2.5, biased variance 1.25, unbiased 1.25·4/3.
    expect(bn.runningMean[0]).toBeCloseTo(0.25, 12);
    expect(bn.runningVar[0]).toBeCloseTo(0.9 + (0.1 * (1.25 * 4)) / 3, 12);
    expect(bn.runningMean[1]).toBeCloseTo(2.5, 12);
  });
});

describe('dropout behaviour', () => {
  it('keeps about 1 − rate of the units, scaled by 1/(1 − rate), and is the identity in evaluation', () => {
    const n = 10000;
    const layer = new Dropout(n, 0.25, 1, 'float32', new Rng(1));
    const x: Matrix = { rows: 1, cols: n, data: new Float32Array(n).fill(1) };
    const y = layer.forward(x, true).data;
    const kept = y.filter((v) => v !== 0);
    // Binomial(10000, 0.75): std ≈ 43, so ±200 is over 4.5 standard deviations.
    expect(Math.abs(kept.length - 7500)).toBeLessThan(200);
    expect(kept.every((v) => Math.abs(v - 1 / 0.75) < 1e-6)).toBe(true);
    expect(layer.forward(x, false)).toBe(x);
  });
});

describe('batch norm with a one-row batch', () => {
  it('normalises every output to beta and leaves the running statistics alone', () => {
    // One sample has no variance (PyTorch refuses such a batch); a last batch of one row
    // can still happen at the end of an epoch.
    const bn = new BatchNorm(2, 4, 'float64');
    bn.beta.value.set([0.5, -1]);
    const y = bn.forward({ rows: 1, cols: 2, data: Float64Array.from([3, 7]) }, true).data;
    expect(Array.from(y.subarray(0, 2))).toEqual([0.5, -1]);
    expect(Array.from(bn.runningMean)).toEqual([0, 0]);
    expect(Array.from(bn.runningVar)).toEqual([1, 1]);
  });
});
