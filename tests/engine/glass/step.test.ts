// The glass box's numbers are the engine's: its minibatch gradients equal Model's own
// backward on the same minibatch, its sample and minibatch gradients equal finite differences
// of the losses it reports, for every layer type and loss, and opening it changes nothing in
// the run. In float64, so that the finite differences can be held to 1e-6.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/engine/data/dataset';
import { glassStep, type GlassSample } from '../../../src/engine/glass/step';
import { matrix } from '../../../src/engine/matrix';
import { Model } from '../../../src/engine/model';
import { Rng } from '../../../src/engine/random';
import { Trainer } from '../../../src/engine/train';
import type { Experiment, LayerSpec, LossName } from '../../../src/spec/types';
import { classification, experiment, regression } from '../fixtures';
import { expectClose, numericGradient } from '../gradcheck';

const INIT = { name: 'xavier_uniform' } as const;

/** 12 samples on a 1×4×4 image (16 features), three classes; deterministic. */
function images(): Dataset {
  const x = Array.from({ length: 12 }, (_, s) =>
    Array.from({ length: 16 }, (_, i) => Math.sin(s * 1.7 + i * 0.9) + ((s * i) % 3) / 3),
  );
  return classification(
    x,
    x.map((_, s) => s % 3),
  );
}

function points(loss: LossName): Dataset {
  const x = Array.from({ length: 10 }, (_, s) => [Math.cos(s * 2.4), Math.sin(s * 1.3), s / 10]);
  if (loss === 'mse')
    return regression(
      x,
      x.map(([a, b]) => a - 2 * b),
    );
  return classification(
    x,
    x.map(([a, b], s) => (loss === 'bce' ? Number(a * b > 0) : s % 3)),
  );
}

interface Case {
  name: string;
  loss: LossName;
  inputs: number | [number, number, number];
  layers: LayerSpec[];
  data: Dataset;
}

const CASES: Case[] = [
  {
    name: 'dense, batch norm, an activation layer, dropout; cross-entropy',
    loss: 'cross_entropy',
    inputs: 3,
    layers: [
      { type: 'dense', units: 5, activation: 'relu', init: INIT, bias: false },
      { type: 'batchnorm' },
      { type: 'activation', activation: 'tanh' },
      { type: 'dropout', rate: 0.3 },
      { type: 'dense', units: 4, activation: 'gelu', init: INIT },
      { type: 'dense', units: 3, activation: 'softmax', init: INIT },
    ],
    data: points('cross_entropy'),
  },
  {
    name: 'sigmoid and ELU; binary cross-entropy',
    loss: 'bce',
    inputs: 3,
    layers: [
      { type: 'dense', units: 4, activation: 'elu', init: INIT },
      { type: 'dense', units: 3, activation: 'sigmoid', init: INIT },
      { type: 'dense', units: 1, activation: 'sigmoid', init: INIT },
    ],
    data: points('bce'),
  },
  {
    name: 'leaky ReLU and a linear output; mean squared error',
    loss: 'mse',
    inputs: 3,
    layers: [
      { type: 'dense', units: 4, activation: 'leaky_relu', init: INIT },
      { type: 'dense', units: 1, activation: 'linear', init: INIT },
    ],
    data: points('mse'),
  },
  {
    name: 'convolution, both poolings, batch norm over channels, flatten',
    loss: 'cross_entropy',
    inputs: [1, 4, 4],
    layers: [
      {
        type: 'conv2d',
        filters: 2,
        kernelSize: [3, 3],
        stride: 1,
        padding: 1,
        activation: 'relu',
        init: INIT,
        bias: true,
      },
      { type: 'batchnorm' },
      { type: 'maxpool2d', size: 2, stride: 2 },
      {
        type: 'conv2d',
        filters: 2,
        kernelSize: [2, 1],
        stride: 1,
        padding: 0,
        activation: 'tanh',
        init: INIT,
        bias: true,
      },
      { type: 'avgpool2d', size: 1, stride: 1 },
      { type: 'flatten' },
      { type: 'dense', units: 3, activation: 'softmax', init: INIT },
    ],
    data: images(),
  },
];

function trainerOf(c: Case, overrides: Partial<Experiment> = {}): Trainer {
  const base = experiment(c.layers, { name: 'adam', lr: 0.01 }, overrides);
  const exp: Experiment = {
    ...base,
    model: { inputs: c.inputs, layers: c.layers, loss: c.loss },
    training: { ...base.training, batchSize: 5, ...overrides.training },
  };
  return new Trainer(exp, { train: c.data, validation: null }, { dtype: 'float64', kernel: 'js' });
}

/** Training sample `i` as the glass box is given it. */
function sampleOf(trainer: Trainer, i: number): GlassSample {
  const { x, features, labels } = trainer.data.train;
  const t = trainer.targets.train;
  return {
    x: Float64Array.from(x.subarray(i * features, (i + 1) * features)),
    target: t.data.slice(i * t.cols, (i + 1) * t.cols),
    label: labels === null ? null : labels[i],
    trainIndex: i,
  };
}

describe('the glass box', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      it("gives the minibatch's gradients of Model's own backward on the same minibatch", () => {
        const trainer = trainerOf(c);
        trainer.trainStep(); // past the initial weights, with optimizer state
        const trace = glassStep(trainer, sampleOf(trainer, 2));
        // The same minibatch through a model built as the glass box builds its copy.
        const model = new Model(trainer.model.spec, {
          capacity: trace.rows,
          dtype: 'float64',
          kernel: 'js',
          initRng: new Rng(9),
          dropoutRng: Rng.stream(trainer.experiment.seed, 'glass'),
        });
        model.params.forEach((p, k) => p.value.set(trainer.model.params[k].value));
        const rows = [2, ...trace.companions];
        expect(trace.companions).toEqual([3, 4, 5, 6]);
        const { train } = trainer.data;
        const x = matrix('float64', rows.length, train.features);
        const t = matrix('float64', rows.length, model.outputs);
        const targets = trainer.targets.train;
        rows.forEach((s, r) => {
          for (let j = 0; j < train.features; j++)
            x.data[r * x.cols + j] = train.x[s * train.features + j];
          for (let j = 0; j < t.cols; j++) t.data[r * t.cols + j] = targets.data[s * t.cols + j];
        });
        const loss = model.lossAndGradient(x, t, true);
        expect(trace.loss.batch).toBe(loss);
        const grads = trace.primitives.flatMap((p) => p.params.map((q) => q.gradient.batch));
        expect(grads).toEqual(model.params.map((p) => p.grad));
      });

      it('gives gradients equal to finite differences of the losses it reports', () => {
        const trainer = trainerOf(c);
        trainer.trainStep();
        const sample = sampleOf(trainer, 1);
        const trace = glassStep(trainer, sample);
        const params = trainer.model.params;
        const flat = trace.primitives.flatMap((p) => p.params);
        expect(flat).toHaveLength(params.length);
        params.forEach((p, k) => {
          // The losses of the same step with one weight moved: glassStep reads the run's weights.
          const sampleLoss = () => glassStep(trainer, sample).loss.sample;
          const batchLoss = () => glassStep(trainer, sample).loss.batch;
          expectClose(flat[k].gradient.sample, numericGradient(p.value, sampleLoss));
          expectClose(flat[k].gradient.batch, numericGradient(p.value, batchLoss));
        });
        // And with respect to the sample's own input, where the first layer passes one back.
        const first = trace.primitives.findIndex((p) => p.gradient.sample.input !== null);
        if (first === 0) {
          const numeric = numericGradient(sample.x, () => glassStep(trainer, sample).loss.sample);
          expectClose(trace.primitives[0].gradient.sample.input!, numeric);
        }
      });

      it("chains each primitive's input to the one before's output, and its gradients back", () => {
        const trainer = trainerOf(c);
        const trace = glassStep(trainer, sampleOf(trainer, 0));
        const { primitives } = trace;
        expect(primitives[0].input).toEqual(trace.input);
        for (let i = 1; i < primitives.length; i++) {
          expect(primitives[i].input).toEqual(primitives[i - 1].output);
          const below = primitives[i - 1].gradient;
          const here = primitives[i].gradient;
          for (const way of ['sample', 'batch'] as const) {
            if (here[way].input !== null) expect(below[way].output).toEqual(here[way].input);
          }
        }
        // The minibatch's mean loss counts the sample once in `rows`: its share of the
        // gradient at the loss is the sample's own over the rows (no batch norm above it).
        const top = primitives.at(-1)!;
        const atLoss = (way: 'sample' | 'batch') =>
          top.gradient[way].output ?? top.gradient[way].input!;
        const share = Array.from(atLoss('sample'), (v) => v / trace.rows);
        expectClose(atLoss('batch'), Float64Array.from(share), 1e-12, 1e-15);
      });
    });
  }

  it('shows what each layer holds inside for the sample', () => {
    const trainer = trainerOf(CASES[0]);
    const { primitives } = glassStep(trainer, sampleOf(trainer, 4));
    // The first dense layer is two primitives (affine, ReLU), then batch norm, tanh, dropout.
    const [dense, relu, bn, tanh, drop] = primitives;
    expect([dense, relu, bn, tanh, drop].map((p) => p.kind)).toEqual([
      'dense',
      'activation',
      'batchnorm',
      'activation',
      'dropout',
    ]);
    expect([relu.activation, tanh.activation, dense.layer, relu.layer, bn.layer]).toEqual([
      'relu',
      'tanh',
      0,
      0,
      1,
    ]);
    // z = x·W (this layer has no bias), term by term, as the page writes it out.
    const W = dense.params[0];
    expect(dense.params.map((p) => p.name)).toEqual(['W']);
    const [inputs, units] = W.shape;
    for (let j = 0; j < units; j++) {
      let z = 0;
      for (let i = 0; i < inputs; i++) z += dense.input[i] * W.value[i * units + j];
      expect(dense.output[j]).toBeCloseTo(z, 12);
    }
    // The ReLU's slope is its mask; tanh's is 1 − tanh².
    relu.input.forEach((z, i) => expect(relu.inside.slope[i]).toBe(z > 0 ? 1 : 0));
    tanh.output.forEach((y, i) => expect(tanh.inside.slope[i]).toBeCloseTo(1 - y * y, 12));
    // Each activation's curve, drawn by its own kernel over a range holding its inputs.
    const curve = relu.curve!;
    expect(curve.z[0]).toBeLessThanOrEqual(Math.min(-4, ...relu.input));
    expect(curve.z.at(-1)).toBeGreaterThanOrEqual(Math.max(4, ...relu.input));
    curve.z.forEach((z, i) => expect(curve.a[i]).toBe(Math.max(0, z)));
    tanh.curve!.z.forEach((z, i) => expect(tanh.curve!.a[i]).toBeCloseTo(Math.tanh(z), 12));
    expect([dense.curve, bn.curve, drop.curve, primitives.at(-1)!.curve]).toEqual([
      null,
      null,
      null,
      null, // softmax: no curve of one variable
    ]);
    // Batch norm: the minibatch's statistics and x̂, then γx̂ + β.
    const { mean, variance, xhat } = bn.inside;
    const [gamma, beta] = bn.params.map((p) => p.value);
    bn.input.forEach((x, u) => {
      expect(xhat[u]).toBeCloseTo((x - mean[u]) / Math.sqrt(variance[u] + 1e-5), 10);
      expect(bn.output[u]).toBeCloseTo(gamma[u] * xhat[u] + beta[u], 12);
    });
    // Dropout: the output is the input times its mask, 0 or 1/(1 − p), some of each here.
    expect(new Set(drop.inside.mask)).toEqual(new Set([0, 1 / 0.7]));
    drop.input.forEach((x, i) => expect(drop.output[i]).toBeCloseTo(x * drop.inside.mask[i], 12));
  });

  it("gives each primitive's shapes and the document's layers", () => {
    const trainer = trainerOf(CASES[3]);
    const trace = glassStep(trainer, sampleOf(trainer, 0));
    expect(trace.layers).toEqual(CASES[3].layers);
    expect(trace.primitives.map((p) => [p.kind, p.layer, p.shapes.input, p.shapes.output])).toEqual(
      [
        ['conv2d', 0, [1, 4, 4], [2, 4, 4]],
        ['activation', 0, [2, 4, 4], [2, 4, 4]],
        ['batchnorm', 1, [2, 4, 4], [2, 4, 4]],
        ['maxpool2d', 2, [2, 4, 4], [2, 2, 2]],
        ['conv2d', 3, [2, 2, 2], [2, 1, 2]],
        ['activation', 3, [2, 1, 2], [2, 1, 2]],
        ['avgpool2d', 4, [2, 1, 2], [2, 1, 2]],
        ['flatten', 5, [2, 1, 2], 4],
        ['dense', 6, 4, 3],
        ['activation', 6, 3, 3],
      ],
    );
    for (const p of trace.primitives) {
      const size = (s: number | readonly number[]) =>
        typeof s === 'number' ? s : s.reduce((a, b) => a * b, 1);
      expect([p.input.length, p.output.length]).toEqual([
        size(p.shapes.input),
        size(p.shapes.output),
      ]);
    }
  });

  it('says which input each max-pooled output took', () => {
    const trainer = trainerOf(CASES[3]);
    const pool = glassStep(trainer, sampleOf(trainer, 7)).primitives.find(
      (p) => p.kind === 'maxpool2d',
    )!;
    pool.output.forEach((y, o) => expect(pool.input[pool.inside.from[o]]).toBe(y));
  });

  it("gives the optimizer's step the run takes next on the same minibatch", () => {
    // The whole set in order as one minibatch: the run's next step is the glass box's.
    const c = CASES[3];
    for (const name of ['sgd', 'momentum', 'adam', 'rmsprop'] as const) {
      const base = experiment(c.layers, { name, lr: 0.05 });
      const trainer = trainerOf(c, {
        optimizer: {
          ...base.optimizer,
          name,
          lr: 0.05,
          ...(name === 'momentum' ? { momentum: 0.9 } : {}),
        },
        training: { ...base.training, batchSize: c.data.n, shuffle: false, l2: 0.01 },
      });
      trainer.trainStep();
      trainer.trainStep();
      const { update } = glassStep(trainer, sampleOf(trainer, 0));
      expect(update.step).toBe(3);
      expect(update.hyperparameters.lr).toBe(0.05);
      const after = update.params.flat().map((p) => p.after);
      trainer.trainStep();
      expect(after).toEqual(trainer.model.params.map((p) => p.value));
    }
  });

  it("writes SGD's rule with the gradient it reports: θ − lr·g", () => {
    const trainer = trainerOf(CASES[0], {
      optimizer: {
        name: 'sgd',
        lr: 0.1,
        momentum: 0,
        dampening: 0,
        nesterov: false,
        weightDecay: 0,
      } as Experiment['optimizer'],
    });
    const { update } = glassStep(trainer, sampleOf(trainer, 3));
    for (const p of update.params.flat()) {
      p.after.forEach((v, i) => expect(v).toBeCloseTo(p.before[i] - 0.1 * p.gradient[i], 14));
    }
  });

  it('changes nothing in the run: its weights, optimizer state and random draws', () => {
    for (const c of CASES) {
      const opened = trainerOf(c);
      const closed = trainerOf(c);
      for (let s = 0; s < 3; s++) {
        opened.trainStep();
        closed.trainStep();
      }
      const before = opened.model.params.map((p) => p.value.slice());
      glassStep(opened, sampleOf(opened, 5));
      expect(opened.model.params.map((p) => p.value)).toEqual(before);
      for (let s = 0; s < 4; s++) {
        expect(opened.trainStep().loss).toBe(closed.trainStep().loss);
      }
      expect(opened.model.params.map((p) => p.value)).toEqual(
        closed.model.params.map((p) => p.value),
      );
    }
  });
});
