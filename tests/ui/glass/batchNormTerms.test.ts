// Batch norm's three terms as the glass box writes them give the engine's ∂L/∂x, for every
// value of the sample's row, both ways, after features and after an image's channels.
import { describe, expect, it } from 'vitest';
import { glassStep } from '../../../src/engine/glass/step';
import { Trainer } from '../../../src/engine/train';
import type { LayerSpec } from '../../../src/spec/types';
import { batchNormTerms } from '../../../src/ui/glass/batchNormTerms';
import { classification, experiment } from '../../engine/fixtures';

const INIT = { name: 'xavier_uniform' } as const;

function traceOf(layers: LayerSpec[], inputs: number | [number, number, number], features: number) {
  const x = Array.from({ length: 12 }, (_, s) =>
    Array.from({ length: features }, (_, i) => Math.sin(s * 1.3 + i * 0.7) + (s % 3) / 3),
  );
  const data = classification(
    x,
    x.map((_, s) => s % 2),
  );
  const base = experiment(layers, { name: 'sgd', lr: 0.1 });
  const exp = {
    ...base,
    model: { inputs, layers, loss: 'cross_entropy' as const },
    training: { ...base.training, batchSize: 6 },
  };
  const trainer = new Trainer(exp, { train: data, validation: null }, { dtype: 'float64' });
  trainer.trainStep();
  const t = trainer.targets.train;
  return glassStep(trainer, {
    x: Float64Array.from(data.x.subarray(0, features)),
    target: t.data.slice(0, t.cols),
    label: data.labels![0],
    trainIndex: 0,
  });
}

describe("batch norm's three terms, written out", () => {
  const cases = {
    features: traceOf(
      [
        { type: 'dense', units: 4, activation: 'tanh', init: INIT, bias: false },
        { type: 'batchnorm' },
        { type: 'dense', units: 2, activation: 'softmax', init: INIT },
      ],
      3,
      3,
    ),
    channels: traceOf(
      [
        {
          type: 'conv2d',
          filters: 2,
          kernelSize: [2, 2],
          stride: 1,
          padding: 0,
          activation: 'relu',
          init: INIT,
          bias: true,
        },
        { type: 'batchnorm' },
        { type: 'flatten' },
        { type: 'dense', units: 2, activation: 'softmax', init: INIT },
      ],
      [1, 3, 3],
      9,
    ),
  };
  for (const [name, trace] of Object.entries(cases)) {
    it(`give the engine's ∂L/∂x after ${name}`, () => {
      const bn = trace.primitives.find((p) => p.kind === 'batchnorm')!;
      for (const way of ['sample', 'batch'] as const) {
        for (let i = 0; i < bn.output.length; i++) {
          const terms = batchNormTerms(bn, way, i, trace.rows)!;
          expect(terms.engine).not.toBeNull();
          expect(terms.dx).toBeCloseTo(terms.engine!, 10);
        }
      }
    });
  }
});
