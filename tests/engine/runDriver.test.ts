// The run driver: the one place that says a run ended, and how. Each way (finished, stopped
// early, diverged at a step or after an epoch, failed) is checked against a Trainer stepped
// by hand, and each way of advancing (a step, an epoch, a slice, to the end) against the others.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunDriver, SLICE_MS, type RunEnd } from '../../src/engine/runDriver';
import { Trainer, type EpochResult } from '../../src/engine/train';
import type { LayerSpec } from '../../src/spec';
import { experiment, regression, XOR_NET, xorData } from './fixtures';

const SGD = { name: 'sgd', lr: 0.1, momentum: 0, nesterov: false, weightDecay: 0 } as const;

/** XOR, 32 training samples in batches of 8: 4 steps an epoch. */
function xorTrainer(epochs: number, lr = 0.05): Trainer {
  const exp = experiment(XOR_NET, { lr });
  exp.training.epochs = epochs;
  return new Trainer(exp, { train: xorData(32), validation: xorData(12) });
}

/** Squared error on a linear output with an absurd step: the weights overflow within a few. */
function divergingTrainer(): Trainer {
  const layers: LayerSpec[] = [
    { type: 'dense', units: 8, activation: 'relu', init: { name: 'he_uniform' } },
    { type: 'dense', units: 1, activation: 'linear', init: { name: 'he_uniform' } },
  ];
  const exp = experiment(layers, { ...SGD, lr: 1e6 });
  exp.model.loss = 'mse';
  exp.training.epochs = 50;
  const x = Array.from({ length: 64 }, (_, i) => [i / 64, 1 - i / 64]);
  const data = regression(
    x,
    x.map(([a, b]) => a - b),
  );
  return new Trainer(exp, { train: data, validation: null });
}

/** What a face hears: every applied step and every finished epoch. */
function recorder() {
  const steps: number[] = [];
  const epochs: EpochResult[] = [];
  return {
    steps,
    epochs,
    events: {
      step: (r: { step: number }) => steps.push(r.step),
      epoch: (r: EpochResult) => epochs.push(r),
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('RunDriver', () => {
  it('goes on while epochs are left, then finishes at the end of the last, with its result', () => {
    const { steps, epochs, events } = recorder();
    const driver = new RunDriver(xorTrainer(2), events);
    const ends: (RunEnd | null)[] = [];
    for (let i = 0; i < 8; i++) ends.push(driver.step());
    // 4 steps an epoch: nothing ends before the 8th step, which ends epoch 2, the last.
    expect(ends.slice(0, 7)).toEqual(Array(7).fill(null));
    expect(ends[7]).toEqual({ how: 'finished', last: epochs[1] });
    expect(steps).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2]);
    // Stepped again, it trains nothing and says the same.
    expect(driver.step()).toEqual({ how: 'finished', last: null });
    expect(driver.trainer.step).toBe(8);
  });

  it('is finished before any step with no epoch to train, or fewer than it has done', () => {
    const none = new RunDriver(xorTrainer(0));
    expect(none.outOfEpochs()).toEqual({ how: 'finished', last: null });
    expect(none.step()).toEqual({ how: 'finished', last: null });
    expect(none.trainer.step).toBe(0);

    // Three epochs done of ten: it goes on; the limit lowered to two (a retune): it ends.
    const trainer = xorTrainer(10);
    const driver = new RunDriver(trainer);
    for (let e = 0; e < 3; e++) expect(driver.epoch()).toBeNull();
    expect(driver.outOfEpochs()).toBeNull();
    expect(trainer.retune({ ...trainer.experiment.training, epochs: 2 })).toBe(true);
    expect(driver.outOfEpochs()).toEqual({ how: 'finished', last: null });
    // A budget given to the driver counts instead of the experiment's.
    expect(new RunDriver(trainer, {}, 5).outOfEpochs()).toBeNull();
  });

  it('steps an epoch at a time, to the end, and in slices, to the same numbers', () => {
    // Five epochs of 4 steps.
    const byEpoch = recorder();
    const a = new RunDriver(xorTrainer(5), byEpoch.events);
    for (let e = 1; e < 5; e++) expect(a.epoch()).toBeNull();
    expect(a.trainer.epoch).toBe(4);
    expect(a.epoch()).toMatchObject({ how: 'finished', last: { epoch: 5 } });

    const whole = recorder();
    expect(new RunDriver(xorTrainer(5), whole.events).toEnd()).toMatchObject({ how: 'finished' });

    // A fake clock that moves 1 ms a reading, read once before the steps and once after
    // each: a slice of SLICE_MS (12 ms) holds 12 steps.
    let clock = 0;
    const now = () => clock++;
    const sliced = recorder();
    const c = new RunDriver(xorTrainer(5), sliced.events);
    expect(c.slice(now)).toEqual({ steps: SLICE_MS, end: null, paused: false });
    expect(c.slice(now, { maxSteps: 2 })).toEqual({ steps: 2, paused: false, end: null });
    // The 6 steps left, then the end, however long the slice could have been.
    expect(c.slice(now, { ms: 1000 })).toMatchObject({ steps: 6, end: { how: 'finished' } });

    const losses = (r: ReturnType<typeof recorder>) => r.epochs.map((e) => e.train.loss);
    expect(losses(byEpoch)).toHaveLength(5);
    expect(losses(whole)).toEqual(losses(byEpoch));
    expect(losses(sliced)).toEqual(losses(byEpoch));
    expect(sliced.steps).toEqual(whole.steps);
    expect(whole.steps).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('stops early when early stopping fires, saying after which epoch and its patience', () => {
    // A rate too small to move the loss by minDelta: epoch 1 sets the best, 2 and 3 do not beat it.
    const exp = experiment(XOR_NET, { ...SGD, lr: 1e-9 }, { validation: 0.25 });
    exp.training.earlyStopping = { patience: 2, minDelta: 0.01 };
    const { epochs, events } = recorder();
    const driver = new RunDriver(
      new Trainer(exp, { train: xorData(40), validation: xorData(12) }),
      events,
    );
    expect(driver.toEnd()).toEqual({ how: 'stoppedEarly', epoch: 3, patience: 2 });
    // The epoch that fired it is reported like any other.
    expect(epochs.map((e) => [e.epoch, e.earlyStop])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it('ends a diverging run at the step whose loss was not finite, not applied, with the rate', () => {
    const { steps, epochs, events } = recorder();
    const trainer = divergingTrainer();
    const end = new RunDriver(trainer, events).toEnd();
    expect(end).toMatchObject({ how: 'diverged', at: 'step', lr: 1e6 });
    if (end.how !== 'diverged') return;
    expect(Number.isFinite(end.loss)).toBe(false);
    // The step that diverged is the one after the last applied, in the epoch under way.
    expect(end.step).toBe(steps.length + 1);
    expect(trainer.step).toBe(steps.length);
    expect(end.epoch).toBe(epochs.length + 1);
    expect(end.epoch).toBe(trainer.epoch + 1);
  });

  it('ends a run whose loss over the data is not finite after an epoch, naming its last step', () => {
    const trainer = xorTrainer(5);
    const { epochs, events } = recorder();
    const driver = new RunDriver(trainer, events);
    expect(driver.epoch()).toBeNull();
    // The next epoch's evaluation overflows (the minibatches did not).
    const endEpoch = trainer.endEpoch.bind(trainer);
    vi.spyOn(trainer, 'endEpoch').mockImplementation(() => {
      const r = endEpoch();
      return { ...r, validation: { loss: Infinity, accuracy: 0.5 } };
    });
    const end = driver.epoch();
    expect(end).toEqual({
      how: 'diverged',
      at: 'epoch',
      step: 8,
      epoch: 2,
      loss: expect.any(Number),
      lr: 0.05,
      // The epoch itself, for a face that plots its finite numbers (the playground).
      result: expect.objectContaining({ epoch: 2, validation: { loss: Infinity, accuracy: 0.5 } }),
    });
    // A non-finite epoch is not an epoch a face hears of as one (JSON has no Infinity).
    expect(epochs.map((e) => e.epoch)).toEqual([1]);
  });

  it('reports an error from the engine as a failed end, rather than throwing', () => {
    const trainer = xorTrainer(5);
    const error = new Error('out of buffers');
    vi.spyOn(trainer, 'trainStep').mockImplementationOnce(() => {
      throw error;
    });
    const driver = new RunDriver(trainer);
    // The step that threw was not applied: the slice trained nothing.
    expect(driver.slice(() => 0)).toEqual({
      steps: 0,
      paused: false,
      end: { how: 'failed', error },
    });
    expect(driver.step()).toBeNull(); // the next step trains again: the face decides to stop
  });
});
