import { describe, expect, it } from 'vitest';
import { Trainer } from '../../src/engine/train';
import { exportParams } from '../../src/engine/params';
import { classification, experiment, regression, XOR_NET, xorData } from './fixtures';

const SGD = { name: 'sgd', lr: 0.1, momentum: 0, nesterov: false, weightDecay: 0 } as const;

function stepLosses(trainer: Trainer, epochs: number): number[] {
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) trainer.trainEpoch((r) => losses.push(r.loss));
  return losses;
}

describe('Trainer', () => {
  it('learns XOR: training accuracy above 95% and the loss far below its start', () => {
    const trainer = new Trainer(experiment(XOR_NET, { lr: 0.05 }), {
      train: xorData(200),
      validation: null,
    });
    const before = trainer.evaluate('train');
    for (let e = 0; e < 60; e++) trainer.trainEpoch();
    const after = trainer.evaluate('train');
    expect(before.loss).toBeGreaterThan(0.6);
    expect(after.loss).toBeLessThan(before.loss / 4);
    expect(after.accuracy).toBeGreaterThan(0.95);
  });

  it('is deterministic: same seed same numbers, bit for bit; another seed differs', () => {
    const run = (seed: number) =>
      stepLosses(
        new Trainer(experiment(XOR_NET, {}, { seed }), { train: xorData(64), validation: null }),
        3,
      );
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
  });

  it('takes the samples in order without shuffling, keeping a last smaller batch', () => {
    const exp = experiment(XOR_NET, SGD, {
      training: { ...experiment([]).training, batchSize: 4, shuffle: false },
    });
    const data = xorData(10);
    const trainer = new Trainer(exp, { train: data, validation: null });
    const results: { step: number; epochDone: boolean }[] = [];
    // The result object is reused by the next step: keep copies.
    trainer.trainEpoch((r) => results.push({ ...r }));
    expect(results.map((r) => r.step)).toEqual([1, 2, 3]); // 4 + 4 + 2
    expect(results.map((r) => r.epochDone)).toEqual([false, false, true]);
    // The first step's loss is the untrained model's loss on the first four rows.
    const firstFour = classification(
      Array.from({ length: 4 }, (_, i) => [data.x[2 * i], data.x[2 * i + 1]]),
      Array.from(data.labels!.subarray(0, 4)),
    );
    const fresh = new Trainer(exp, { train: firstFour, validation: null });
    const first = new Trainer(exp, { train: data, validation: null }).trainStep();
    expect(first.loss).toBeCloseTo(fresh.evaluate('train').loss, 6);
  });

  it('stops on a non-finite loss without applying the update, and says at which step', () => {
    const exp = experiment(
      [{ type: 'dense', units: 1, activation: 'linear', init: { name: 'normal', std: 1 } }],
      { ...SGD, lr: 1e6 },
    );
    exp.model.loss = 'mse';
    exp.training.batchSize = 2;
    const data = regression(
      [
        [1, 2],
        [3, 4],
        [5, 6],
        [7, 8],
      ],
      [1, 2, 3, 4],
    );
    const trainer = new Trainer(exp, { train: data, validation: null });
    let last = trainer.trainStep();
    while (!last.diverged && last.step < 100) last = trainer.trainStep();
    expect(last.diverged).toBe(true);
    expect(trainer.diverged).toBe(true);
    expect(trainer.step).toBe(last.step - 1); // the diverging step was not applied
    expect(Number.isFinite(last.loss)).toBe(false);
  });

  it('stops early when the validation loss has not improved for `patience` epochs', () => {
    // A learning rate too small to move the loss by minDelta: the first epoch sets the best,
    // the next two do not beat it, so with patience 2 training stops after epoch 3.
    const exp = experiment(XOR_NET, { ...SGD, lr: 1e-9 }, { validation: 0.25 });
    exp.training.earlyStopping = { patience: 2, minDelta: 0.01 };
    const trainer = new Trainer(exp, { train: xorData(40), validation: xorData(12) });
    const stops: boolean[] = [];
    for (let e = 0; e < 5; e++) {
      trainer.trainEpoch();
      stops.push(trainer.endEpoch().earlyStop);
    }
    expect(stops.slice(0, 3)).toEqual([false, false, true]);
  });

  it('adds L1 and L2 penalties to weight gradients only', () => {
    // With plain SGD, the penalised update differs from the plain one by −lr·(l1·sign(w) + 2·l2·w)
    // for weights, and not at all for biases.
    const base = experiment(XOR_NET, SGD);
    const penalised = experiment(XOR_NET, SGD, {
      training: { ...base.training, l1: 0.01, l2: 0.1 },
    });
    const data = { train: xorData(16), validation: null };
    const a = new Trainer(base, data),
      b = new Trainer(penalised, data);
    const w0 = exportParams(a.model);
    a.trainStep();
    b.trainStep();
    const [pa, pb] = [exportParams(a.model), exportParams(b.model)];
    const W0 = (w0[0] as { W: number[][] }).W,
      Wa = (pa[0] as { W: number[][] }).W,
      Wb = (pb[0] as { W: number[][] }).W;
    for (let i = 0; i < W0.length; i++) {
      for (let j = 0; j < W0[i].length; j++) {
        const w = W0[i][j];
        expect(Wb[i][j] - Wa[i][j]).toBeCloseTo(-0.1 * (0.01 * Math.sign(w) + 2 * 0.1 * w), 6);
      }
    }
    expect((pb[0] as { b: number[] }).b).toEqual((pa[0] as { b: number[] }).b);
  });

  it('follows the learning-rate schedule by epoch', () => {
    const exp = experiment(XOR_NET, SGD);
    exp.training.schedule = { name: 'step', stepSize: 2, gamma: 0.5 };
    const trainer = new Trainer(exp, { train: xorData(16), validation: null });
    const rates: number[] = [];
    for (let e = 0; e < 5; e++) {
      rates.push(trainer.learningRate);
      trainer.trainEpoch();
    }
    expect(rates).toEqual([0.1, 0.1, 0.05, 0.05, 0.025]);
  });

  it('reports classification accuracy with a single sigmoid unit (BCE, output ≥ 0.5 is class 1)', () => {
    const exp = experiment(
      [{ type: 'dense', units: 1, activation: 'sigmoid', init: { name: 'zeros' } }],
      SGD,
    );
    exp.model.loss = 'bce';
    // Zero weights: every output is exactly 0.5, which counts as class 1.
    const trainer = new Trainer(exp, {
      train: classification(
        [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
        [1, 0, 1],
      ),
      validation: null,
    });
    expect(trainer.evaluate('train')).toEqual({
      loss: expect.closeTo(Math.log(2), 6),
      accuracy: 2 / 3,
    });
  });
});

describe('the classic initialisation failures', () => {
  it('zeros: every hidden unit stays identical, so the network never becomes more than one unit wide', () => {
    const zeros = { name: 'zeros' } as const;
    const exp = experiment(
      [
        { type: 'dense', units: 6, activation: 'tanh', init: zeros },
        { type: 'dense', units: 2, activation: 'softmax', init: zeros },
      ],
      { lr: 0.05 },
    );
    const trainer = new Trainer(exp, { train: xorData(100), validation: null });
    for (let e = 0; e < 20; e++) trainer.trainEpoch();
    const [hidden, out] = exportParams(trainer.model) as { W: number[][]; b: number[] }[];
    // Every column of the first layer (one per hidden unit) equals the first column.
    for (const row of hidden.W) for (const w of row) expect(w).toBe(row[0]);
    for (const b of hidden.b) expect(b).toBe(hidden.b[0]);
    // And each output unit weighs every hidden unit alike.
    for (let j = 0; j < 2; j++) for (const row of out.W) expect(row[j]).toBe(out.W[0][j]);
    // XOR needs at least two different hidden units: accuracy stays near chance.
    expect(trainer.evaluate('train').accuracy).toBeLessThan(0.75);
  });
});

describe('retuning a running network', () => {
  it('takes a new batch size and penalties from the next step, keeping the weights', () => {
    const trainer = new Trainer(experiment(XOR_NET, SGD), { train: xorData(64), validation: null });
    trainer.trainEpoch();
    const before = exportParams(trainer.model);
    expect(trainer.retune({ ...trainer.experiment.training, batchSize: 16, l2: 0.01 })).toBe(true);
    expect(exportParams(trainer.model)).toEqual(before);
    const steps: number[] = [];
    trainer.trainEpoch((r) => steps.push(r.step));
    expect(steps).toHaveLength(64 / 16);
  });

  it('refuses a batch larger than the buffers it was built with', () => {
    const trainer = new Trainer(experiment(XOR_NET, SGD), {
      train: xorData(2000),
      validation: null,
    });
    // Buffers hold max(batch 8, evaluation rows 1000) rows.
    expect(trainer.retune({ ...trainer.experiment.training, batchSize: 1500 })).toBe(false);
    expect(trainer.experiment.training.batchSize).toBe(8);
  });
});
