// The worker's session driven in Node with a fake clock and a manual scheduler: slices,
// snapshots, generations, stepping, live hyperparameters, divergence.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { Model } from '../../src/engine/model';
import { Trainer } from '../../src/engine/train';
import { parseExperiment } from '../../src/spec';
import type { Snapshot } from '../../src/spec/protocol/training';
import { TrainingSession } from '../../src/worker/session';
import { DIVERGING, sessionHarness, xorExperiment } from './fixtures';

const XOR = xorExperiment(5);

describe('TrainingSession', () => {
  it('loads the data and a first snapshot, and trains nothing until play', async () => {
    const { session, snapshots } = sessionHarness();
    const summary = await session.load(XOR, 7);
    expect(summary.trainCount + summary.validationCount).toBe(200);
    expect(summary.view).toEqual([-1.5, 1.5]);
    expect(summary.trainPoints.length).toBe(summary.trainCount * 2);
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ generation: 7, status: 'paused', step: 0 });
    expect(snapshots[0].boundary?.values.length).toBe(64 * 64 * 2);
    expect(snapshots[0].layers).toHaveLength(2);
    // The diagram's pictures: both dense layers' weights, each unit's 16×16 response.
    const network = snapshots[0].network!;
    expect(network.weights.map((w) => w?.length)).toEqual([2 * 8, 8 * 2]);
    expect(network.unitGrids!.map((g) => g.length)).toEqual([16 * 16 * 8, 16 * 16 * 2]);
    // The confusion matrix counts every validation sample once.
    const confusion = snapshots[0].confusion!;
    expect(confusion.part).toBe('validation');
    expect(confusion.matrix.reduce((a, b) => a + b, 0)).toBe(summary.validationCount);
    expect(confusion.predicted).toHaveLength(summary.validationCount);
  });

  it('trains in slices when playing, streams epochs, and finishes after the last epoch', async () => {
    const { session, snapshots, runTasks } = sessionHarness();
    await session.load(XOR, 1);
    session.play();
    runTasks(10_000);
    const last = snapshots[snapshots.length - 1];
    expect(last.status).toBe('finished');
    expect(last.epoch).toBe(5);
    const epochs = snapshots.flatMap((s) => s.epochs.map((e) => e.epoch));
    expect(epochs).toEqual([1, 2, 3, 4, 5]);
    const firstLoss = snapshots.flatMap((s) => s.epochs)[0].loss;
    expect(snapshots.flatMap((s) => s.epochs)[4].loss).toBeLessThan(firstLoss);
  });

  it('steps one batch or one epoch while paused', async () => {
    const { session, snapshots } = sessionHarness();
    await session.load(XOR, 1);
    session.step('batch');
    expect(snapshots.at(-1)).toMatchObject({ step: 1, epoch: 0, status: 'paused' });
    session.step('epoch');
    expect(snapshots.at(-1)).toMatchObject({ epoch: 1, status: 'paused' });
    expect(snapshots.at(-1)!.epochs).toHaveLength(1);
  });

  it('pauses a diverging run with an explanation naming the learning rate', async () => {
    const { session, snapshots, runTasks } = sessionHarness();
    await session.load(DIVERGING, 1);
    session.play();
    runTasks(10_000);
    // The coach pauses it first, as the loss explodes (engine/coach), and says why.
    expect(snapshots.at(-1)!.status).toBe('paused');
    const found = snapshots.flatMap((s) => s.diagnoses);
    expect(found.map((d) => d.name)).toEqual(['exploding']);
    expect(found[0]).toMatchObject({ cause: 'learningRateTooLarge', pause: true });
    // Played on, it diverges.
    session.play();
    runTasks(10_000);
    const last = snapshots.at(-1)!;
    expect(last.status).toBe('diverged');
    // The page words it (run.diverged.*): what happened, where, and the rate to lower.
    expect(last.message?.key).toMatch(/^run\.diverged\.(step|epoch)$/);
    expect(last.message?.vars).toMatchObject({ lr: 1_000_000 });
    expect(last.boundary).toBeNull();
  });

  it('lets the coach speak again once the rate changes: an explosion at the new rate pauses too', async () => {
    const { session, snapshots, runTasks } = sessionHarness();
    const adam = (lr: number) =>
      parseExperiment({
        ...XOR,
        optimizer: { name: 'adam', lr },
        training: { ...XOR.training, epochs: 500 },
      });
    await session.load(adam(100), 1);
    session.play();
    runTasks(10_000);
    expect(snapshots.at(-1)!.status).toBe('paused');
    const said = () => snapshots.flatMap((s) => s.diagnoses).filter((d) => d.name === 'exploding');
    expect(said()).toHaveLength(1);
    // The slider moves the rate, still far too large: the coach is told, and says it again.
    expect(session.retune(adam(50), 1)).toBe(true);
    session.play();
    runTasks(10_000);
    expect(said()).toHaveLength(2);
    expect(said()[1].evidence.lr).toBe(50);
    expect(snapshots.at(-1)!.status).not.toBe('running');
  });

  it('plots the epoch whose validation loss overflowed, then pauses as diverged', async () => {
    const { session, snapshots } = sessionHarness();
    await session.load(XOR, 1);
    session.step('epoch');
    // The second epoch's evaluation overflows; its training loss is still a number.
    const endEpoch = Trainer.prototype.endEpoch;
    const spy = vi.spyOn(Trainer.prototype, 'endEpoch').mockImplementation(function (
      this: Trainer,
    ) {
      const r = endEpoch.call(this);
      return { ...r, validation: { loss: Infinity, accuracy: 0.5 } };
    });
    session.step('epoch');
    spy.mockRestore();
    const last = snapshots.at(-1)!;
    expect(last).toMatchObject({ status: 'diverged', message: { key: 'run.diverged.epoch' } });
    const epochs = snapshots.flatMap((s) => s.epochs);
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2]);
    expect(Number.isFinite(epochs[1].loss)).toBe(true);
  });

  it('applies new hyperparameters at the next step', async () => {
    const { session, snapshots } = sessionHarness();
    await session.load(XOR, 1);
    expect(session.retune({ ...XOR, optimizer: { ...XOR.optimizer, lr: 0.5 } }, 1)).toBe(true);
    session.step('batch');
    expect(snapshots.at(-1)!.learningRate).toBe(0.5);
  });

  it('retunes a run live, and lets a finished run go on when given more epochs', async () => {
    const { session, snapshots, runTasks } = sessionHarness();
    await session.load(XOR, 1);
    session.play();
    runTasks(10_000);
    expect(snapshots.at(-1)!.status).toBe('finished');
    const more = parseExperiment({
      ...XOR,
      training: { ...XOR.training, epochs: 8 },
      optimizer: { ...XOR.optimizer, lr: 0.01 },
    });
    expect(session.retune(more, 1)).toBe(true);
    expect(snapshots.at(-1)).toMatchObject({ status: 'paused', epoch: 5, learningRate: 0.01 });
    session.play();
    runTasks(10_000);
    expect(snapshots.at(-1)).toMatchObject({ status: 'finished', epoch: 8 });
    // Another optimizer is another run.
    expect(session.retune(parseExperiment({ ...XOR, optimizer: { name: 'sgd' } }), 1)).toBe(false);
    // …and so is a retune meant for another generation.
    expect(session.retune(more, 2)).toBe(false);
  });

  it('lets only the newest of overlapping loads install its run', async () => {
    let release: (text: string) => void = () => {};
    const snapshots: Snapshot[] = [];
    const session = new TrainingSession({
      // The real set's file arrives late, as over a slow network.
      read: (file) =>
        new Promise((resolve) => (release = () => void readDatasetFile(file).then(resolve))),
      now: () => 0,
      defer: () => {},
      emit: (s) => snapshots.push(s),
      emitLandscape: () => {},
    });
    const slow = session.load(
      parseExperiment({
        version: 1,
        data: { kind: 'iris' },
        model: { layers: [{ type: 'dense', units: 3, activation: 'softmax' }] },
      }),
      1,
    );
    await session.load(XOR, 2);
    release('');
    await expect(slow).rejects.toThrow(/superseded/);
    session.step('batch');
    expect(snapshots.at(-1)!.generation).toBe(2);
  });

  it('trains no further than its epochs: none for 0, and stops at once when they are lowered', async () => {
    const { session, snapshots, runTasks } = sessionHarness();
    await session.load({ ...XOR, training: { ...XOR.training, epochs: 0 } }, 1);
    session.play();
    runTasks(10_000);
    expect(snapshots.at(-1)).toMatchObject({ status: 'finished', step: 0, epoch: 0 });
    expect(snapshots.at(-1)!.message).toEqual({ key: 'run.noEpochs', vars: {} });

    const long = xorExperiment(40);
    await session.load(long, 2);
    for (let e = 0; e < 3; e++) session.step('epoch');
    expect(session.retune({ ...long, training: { ...long.training, epochs: 2 } }, 2)).toBe(true);
    expect(snapshots.at(-1)).toMatchObject({ status: 'finished', epoch: 3 });
    expect(snapshots.at(-1)!.message).toEqual({
      key: 'run.pastLimit',
      vars: { epoch: 3, epochs: 2 },
    });
    // Raised again, it goes on.
    expect(session.retune(long, 2)).toBe(true);
    expect(snapshots.at(-1)!.status).toBe('paused');
  });

  describe('an error from the engine', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('ends a playing run as failed, saying why; a new run trains again', async () => {
      const { session, snapshots, runTasks, queue } = sessionHarness();
      await session.load(XOR, 1);
      vi.spyOn(Trainer.prototype, 'trainStep').mockImplementationOnce(() => {
        throw new Error('out of buffers');
      });
      session.play();
      runTasks(10);
      expect(snapshots.at(-1)).toMatchObject({
        status: 'failed',
        message: { key: 'run.failed', vars: { message: 'out of buffers' } },
        boundary: null,
      });
      expect(queue).toHaveLength(0); // no loop left behind
      session.play(); // a failed run does not go on
      expect(queue).toHaveLength(0);

      await session.load(XOR, 2);
      session.play();
      runTasks(10_000);
      expect(snapshots.at(-1)).toMatchObject({ generation: 2, status: 'finished' });
    });

    it('ends a stepped run as failed, and one whose views cannot be computed', async () => {
      const { session, snapshots } = sessionHarness();
      await session.load(XOR, 1);
      vi.spyOn(Trainer.prototype, 'trainStep').mockImplementationOnce(() => {
        throw new Error('stepped into a bug');
      });
      session.step('epoch');
      expect(snapshots.at(-1)).toMatchObject({ status: 'failed' });

      // The first snapshot of a new run draws its views (a forward pass for the boundary).
      vi.spyOn(Model.prototype, 'forward').mockImplementation(() => {
        throw new Error('a view failed');
      });
      await session.load(XOR, 2);
      expect(snapshots.at(-1)).toMatchObject({
        generation: 2,
        status: 'failed',
        message: { key: 'run.failed', vars: { message: 'a view failed' } },
        layers: null,
        boundary: null,
      });
    });
  });
});

describe('the sample an image network follows', () => {
  const images = (layers: object[] = []) =>
    parseExperiment({
      version: 1,
      seed: 3,
      data: { kind: 'digits', samples: 120 },
      model: {
        layers: [
          { type: 'conv2d', filters: 2, kernelSize: 3, activation: 'relu' },
          ...layers,
          { type: 'dense', units: 10, activation: 'softmax' },
        ],
      },
      training: { epochs: 2 },
    });

  it('starts at the first validation sample, and traces every layer', async () => {
    const { session, snapshots } = sessionHarness();
    const summary = await session.load(images(), 1);
    expect(summary.image).toEqual([1, 8, 8]);
    const trace = snapshots[0].network!.trace!;
    expect(trace.choice).toEqual({ kind: 'point', part: 'validation', index: 0 });
    // conv 2 × 6 × 6 (its relu is part of the layer), then the 10 class probabilities.
    expect(trace.outputs.map((o) => o.length)).toEqual([2 * 6 * 6, 10]);
  });

  it('a choice sends the picture at once without the costly views, for its run only', async () => {
    const { session, snapshots } = sessionHarness();
    await session.load(images(), 4);
    const before = snapshots.length;
    session.chooseSample({ kind: 'point', part: 'training', index: 5 }, 4);
    expect(snapshots).toHaveLength(before + 1);
    const sent = snapshots.at(-1)!;
    expect(sent.network!.trace!.choice).toEqual({ kind: 'point', part: 'training', index: 5 });
    expect(sent.layers).toBeNull(); // the statistics keep their own pace
    // A choice made for a run since replaced changes nothing.
    session.chooseSample({ kind: 'point', part: 'training', index: 9 }, 3);
    expect(snapshots).toHaveLength(before + 1);
    // And the next run of the same data keeps following the sample.
    await session.load(images([{ type: 'maxpool2d' }]), 5);
    expect(snapshots.at(-1)!.network!.trace!.choice).toEqual({
      kind: 'point',
      part: 'training',
      index: 5,
    });
  });
});
