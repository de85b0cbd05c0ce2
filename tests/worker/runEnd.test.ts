// How a run's end is told to the page: the one family of run messages (run.…), and the
// playground's words for a run that trained its epochs. Whether it ended is the run
// driver's to say (tests/engine/runDriver.test.ts).
import { describe, expect, it } from 'vitest';
import type { RunEnd } from '../../src/engine/runDriver';
import type { EpochResult, Trainer } from '../../src/engine/train';
import { en, type MessageKey } from '../../src/ui/i18n/dictionaries/en';
import { format } from '../../src/ui/i18n/translate';
import { endStatus, finishMessage, stopMessage } from '../../src/worker/runEnd';

/** A trainer as finishMessage reads it: epochs done, the limit, the loss, the rate. */
const trainer = (done: number, epochs: number, loss: 'cross_entropy' | 'bce' | 'mse') =>
  ({
    epoch: done,
    learningRate: 1000,
    experiment: { training: { epochs }, model: { loss } },
  }) as unknown as Trainer;

const last = (loss: number) => ({ train: { loss } }) as EpochResult;

describe('finishMessage', () => {
  it('says finished at the limit, nothing to train at 0, and past a lowered limit', () => {
    expect(finishMessage(trainer(10, 10, 'cross_entropy'), 2, last(0.3))).toEqual({
      key: 'run.finished',
      vars: { epochs: 10 },
    });
    expect(finishMessage(trainer(0, 0, 'cross_entropy'), 2, null).key).toBe('run.noEpochs');
    expect(finishMessage(trainer(33, 10, 'cross_entropy'), 2, null)).toEqual({
      key: 'run.pastLimit',
      vars: { epoch: 33, epochs: 10 },
    });
  });

  it('says a run that ends well above the loss of guessing is worse than a guess', () => {
    // Two classes: guessing scores ln 2 = 0.693; 197 is a rate far too large.
    expect(finishMessage(trainer(50, 50, 'cross_entropy'), 2, last(197.1))).toEqual({
      key: 'run.finishedAboveChance',
      vars: { epochs: 50, loss: 197, chance: 0.693, lr: 1000 },
    });
    // Ten classes: ln 10 = 2.30, and 2.5 is no more than a network that learned nothing.
    expect(finishMessage(trainer(50, 50, 'cross_entropy'), 10, last(2.5)).key).toBe('run.finished');
    expect(finishMessage(trainer(50, 50, 'bce'), 2, last(1.2)).key).toBe('run.finishedAboveChance');
    // A regression's loss has no such yardstick.
    expect(finishMessage(trainer(50, 50, 'mse'), 0, last(1e6)).key).toBe('run.finished');
  });
});

describe('stopMessage and endStatus', () => {
  const english = (end: Exclude<RunEnd, { how: 'finished' }>) => {
    const { key, vars } = stopMessage(end);
    return format(en.messages[key as MessageKey], vars);
  };

  it('says where a run diverged and the learning rate to lower', () => {
    const atStep = {
      how: 'diverged',
      at: 'step',
      step: 7,
      epoch: 2,
      loss: Infinity,
      lr: 10,
    } as const;
    expect(stopMessage(atStep)).toEqual({
      key: 'run.diverged.step',
      vars: { loss: Infinity, step: 7, epoch: 2, lr: 10 },
    });
    expect(english(atStep)).toMatch(/^The loss became Infinity at step 7 \(epoch 2\)\./);
    const atEpoch = {
      how: 'diverged',
      at: 'epoch',
      step: 40,
      epoch: 4,
      loss: NaN,
      lr: 10,
    } as const;
    expect(stopMessage(atEpoch)).toEqual({
      key: 'run.diverged.epoch',
      vars: { epoch: 4, step: 40, lr: 10 },
    });
    expect(english(atEpoch)).toMatch(/after epoch 4 \(step 40\).*learning rate \(10\)/);
    expect(endStatus(atStep)).toBe('diverged');
  });

  it('says why early stopping ended a run, which counts as finished', () => {
    const end = { how: 'stoppedEarly', epoch: 3, patience: 2 } as const;
    expect(english(end)).toBe(
      'Stopped early after epoch 3: the validation loss had not improved for 2 epochs.',
    );
    expect(endStatus(end)).toBe('finished');
    expect(endStatus({ how: 'finished', last: null })).toBe('finished');
  });

  it("puts an engine error's own words in the message of a failed run", () => {
    const end = { how: 'failed', error: new Error('out of buffers') } as const;
    expect(stopMessage(end)).toEqual({ key: 'run.failed', vars: { message: 'out of buffers' } });
    expect(endStatus(end)).toBe('failed');
  });
});
