// The whole network's gradient against finite differences, for each loss (fused with its
// output activation or not) and with every layer type in the stack, in float64.
import { describe, expect, it } from 'vitest';
import { fromRows, type Matrix } from '../../src/engine/matrix';
import { Model } from '../../src/engine/model';
import { Rng } from '../../src/engine/random';
import type { LayerSpec, LossName, ModelSpec } from '../../src/spec/types';
import { expectClose, numericGradient, randomArray } from './gradcheck';

const XAVIER = { name: 'xavier_uniform' } as const;

function build(layers: LayerSpec[], loss: LossName, inputs = 3): Model {
  const spec: ModelSpec = { inputs, layers, loss };
  return new Model(spec, {
    capacity: 8,
    dtype: 'float64',
    initRng: new Rng(1),
    dropoutRng: new Rng(2),
  });
}

const hidden: LayerSpec[] = [
  { type: 'dense', units: 5, activation: 'tanh', init: XAVIER },
  { type: 'batchnorm' },
  { type: 'activation', activation: 'gelu' },
  { type: 'dense', units: 4, activation: 'sigmoid', init: XAVIER },
];

const CASES: { loss: LossName; head: LayerSpec; target: number[][] }[] = [
  {
    loss: 'cross_entropy',
    head: { type: 'dense', units: 3, activation: 'softmax', init: XAVIER },
    target: [
      [1, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
      [0, 0, 1],
    ],
  },
  {
    loss: 'bce',
    head: { type: 'dense', units: 1, activation: 'sigmoid', init: XAVIER },
    target: [[1], [0], [0], [1]],
  },
  {
    loss: 'mse',
    head: { type: 'dense', units: 2, activation: 'linear', init: XAVIER },
    target: [
      [0.5, -1],
      [2, 0],
      [1, 1],
      [-1, 0.3],
    ],
  },
];

describe('model gradient (float64, every layer type, each loss)', () => {
  for (const { loss, head, target } of CASES) {
    it(loss, () => {
      const model = build([...hidden, head], loss);
      const x: Matrix = { rows: 4, cols: 3, data: randomArray(12, new Rng(7)) };
      const t = fromRows('float64', target);
      model.lossAndGradient(x, t, true);
      const analytic = model.params.map((p) => Float64Array.from(p.grad));
      const lossOf = () => model.lossAndGradient(x, t, true);
      model.params.forEach((p, i) => expectClose(analytic[i], numericGradient(p.value, lossOf)));
    });
  }

  it('the fused loss sees logits: forward output is probabilities, loss uses log-sum-exp', () => {
    const model = build(
      [{ type: 'dense', units: 3, activation: 'softmax', init: XAVIER }],
      'cross_entropy',
    );
    const x: Matrix = { rows: 2, cols: 3, data: randomArray(6, new Rng(3)) };
    const out = model.forward(x, false);
    for (let i = 0; i < 2; i++)
      expect(out.data[i * 3] + out.data[i * 3 + 1] + out.data[i * 3 + 2]).toBeCloseTo(1, 12);
    const t = fromRows('float64', [
      [1, 0, 0],
      [0, 1, 0],
    ]);
    const expected = -(Math.log(out.data[0]) + Math.log(out.data[4])) / 2;
    expect(model.lossOfLastForward(t)).toBeCloseTo(expected, 12);
  });

  it('refuses a fused loss without its output activation', () => {
    expect(() =>
      build([{ type: 'dense', units: 3, activation: 'relu', init: XAVIER }], 'cross_entropy'),
    ).toThrow(/softmax/);
  });

  it('records which primitives make up each document layer', () => {
    const model = build([...hidden, CASES[0].head], 'cross_entropy');
    // dense+tanh, batchnorm, gelu, dense+sigmoid, dense+softmax
    expect(model.primitivesOf).toEqual([[0, 1], [2], [3], [4, 5], [6, 7]]);
    expect(model.outputOf).toEqual([1, 2, 3, 5, 7]);
    expect(model.params.map((p) => p.name)).toEqual([
      'W',
      'b',
      'gamma',
      'beta',
      'W',
      'b',
      'W',
      'b',
    ]);
  });
});
