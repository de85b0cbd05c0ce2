// When a playground run ends, and what it says then.
import { describe, expect, it } from 'vitest';
import type { EpochResult, Trainer } from '../../src/engine/train';
import { endMessage } from '../../src/worker/runEnd';

/** A trainer as endMessage reads it: epochs done, the limit, the loss, the rate. */
const trainer = (done: number, epochs: number, loss: 'cross_entropy' | 'bce' | 'mse') =>
  ({
    epoch: done,
    learningRate: 1000,
    experiment: { training: { epochs }, model: { loss } },
  }) as unknown as Trainer;

const last = (loss: number) => ({ train: { loss } }) as EpochResult;

describe('endMessage', () => {
  it('lets a run with epochs to go go on', () => {
    expect(endMessage(trainer(3, 10, 'cross_entropy'), 2, last(0.3))).toBeNull();
  });

  it('says finished at the limit, nothing to train at 0, and past a lowered limit', () => {
    expect(endMessage(trainer(10, 10, 'cross_entropy'), 2, last(0.3))).toEqual({
      key: 'run.finished',
      vars: { epochs: 10 },
    });
    expect(endMessage(trainer(0, 0, 'cross_entropy'), 2)?.key).toBe('run.noEpochs');
    expect(endMessage(trainer(33, 10, 'cross_entropy'), 2)).toEqual({
      key: 'run.pastLimit',
      vars: { epoch: 33, epochs: 10 },
    });
  });

  it('says a run that ends well above the loss of guessing is worse than a guess', () => {
    // Two classes: guessing scores ln 2 = 0.693; 197 is a rate far too large.
    expect(endMessage(trainer(50, 50, 'cross_entropy'), 2, last(197.1))).toEqual({
      key: 'run.finishedAboveChance',
      vars: { epochs: 50, loss: 197, chance: 0.693, lr: 1000 },
    });
    // Ten classes: ln 10 = 2.30, and 2.5 is no more than a network that learned nothing.
    expect(endMessage(trainer(50, 50, 'cross_entropy'), 10, last(2.5))?.key).toBe('run.finished');
    expect(endMessage(trainer(50, 50, 'bce'), 2, last(1.2))?.key).toBe('run.finishedAboveChance');
    // A regression's loss has no such yardstick.
    expect(endMessage(trainer(50, 50, 'mse'), 0, last(1e6))?.key).toBe('run.finished');
  });
});
