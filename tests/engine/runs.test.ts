// Whole runs: the summary's fields, which epoch is best, a trial's score, and evaluation on
// another set giving the Trainer's own numbers.
import { describe, expect, it } from 'vitest';
import {
  beats,
  bestEpoch,
  leads,
  evaluateSet,
  summarizeRun,
  trainRun,
  trialScore,
} from '../../src/engine/runs';
import { Trainer, type EpochResult } from '../../src/engine/train';
import type { LayerSpec } from '../../src/spec';
import { experiment, regression, XOR_NET, xorData } from './fixtures';

const epoch = (
  n: number,
  loss: number,
  val: { loss: number; accuracy: number | null } | null,
  accuracy: number | null = null,
): EpochResult => ({ epoch: n, train: { loss, accuracy }, validation: val, earlyStop: false });

describe('bestEpoch and summarizeRun', () => {
  it('classification with validation: the highest validation accuracy, the first epoch to reach it', () => {
    const results = [
      epoch(1, 0.9, { loss: 0.8, accuracy: 0.6 }, 0.5),
      epoch(2, 0.5, { loss: 0.6, accuracy: 0.8 }, 0.7),
      epoch(3, 0.4, { loss: 0.7, accuracy: 0.8 }, 0.8),
    ];
    expect(bestEpoch(results)).toEqual({ metric: 'valAccuracy', value: 0.8, epoch: 2 });
    expect(summarizeRun(results, false)).toEqual({
      epochs: 3,
      finalLoss: 0.4,
      finalAccuracy: 0.8,
      finalValLoss: 0.7,
      finalValAccuracy: 0.8,
      bestValAccuracy: 0.8,
      bestEpoch: 2,
      diverged: false,
    });
  });

  it('regression: the lowest validation loss; without validation, the lowest training loss', () => {
    const regression = [
      epoch(1, 0.9, { loss: 0.3, accuracy: null }),
      epoch(2, 0.5, { loss: 0.4, accuracy: null }),
    ];
    expect(summarizeRun(regression, false)).toEqual({
      epochs: 2,
      finalLoss: 0.5,
      finalValLoss: 0.4,
      bestValLoss: 0.3,
      bestEpoch: 1,
      diverged: false,
    });
    const plain = [epoch(1, 0.9, null, 0.5), epoch(2, 0.5, null, 0.6)];
    expect(summarizeRun(plain, false)).toEqual({
      epochs: 2,
      finalLoss: 0.5,
      finalAccuracy: 0.6,
      bestLoss: 0.5,
      bestEpoch: 2,
      diverged: false,
    });
  });

  it('a run that diverged before its first epoch has only its count and the flag', () => {
    expect(summarizeRun([], true)).toEqual({ epochs: 0, diverged: true });
  });
});

describe('trialScore and beats', () => {
  const results = [
    epoch(1, 0.9, { loss: 0.8, accuracy: 0.6 }),
    epoch(2, 0.5, { loss: 0.6, accuracy: 0.7 }),
  ];

  it('scores the best validation accuracy; a diverged run or one without validation has none', () => {
    expect(trialScore(results, false)?.value).toBe(0.7);
    expect(trialScore(results, true)).toBeNull();
    expect(trialScore([epoch(1, 0.9, null, 0.5)], false)).toBeNull();
  });

  it('higher accuracy beats, lower loss beats, a tie keeps the earlier, anything beats none', () => {
    const acc = (value: number) => ({ metric: 'valAccuracy' as const, value, epoch: 1 });
    const loss = (value: number) => ({ metric: 'valLoss' as const, value, epoch: 1 });
    expect(beats(acc(0.9), acc(0.8))).toBe(true);
    expect(beats(acc(0.8), acc(0.8))).toBe(false);
    expect(beats(loss(0.1), loss(0.2))).toBe(true);
    expect(beats(acc(0.1), null)).toBe(true);
    expect(beats(null, acc(0.1))).toBe(false);
  });

  it('a tie leads by trial number, whichever trial finished first', () => {
    const acc = (value: number) => ({ metric: 'valAccuracy' as const, value, epoch: 1 });
    // Trial 4 finished first; trial 2 ties it later and takes the lead, as it would have
    // done had the trials run in order.
    expect(leads(acc(0.5), 2, acc(0.5), 4)).toBe(true);
    expect(leads(acc(0.5), 4, acc(0.5), 2)).toBe(false);
    expect(leads(acc(0.4), 1, acc(0.5), 4)).toBe(false);
    expect(leads(acc(0.6), 9, acc(0.5), 4)).toBe(true);
    expect(leads(null, 0, acc(0.5), 4)).toBe(false);
    expect(leads(acc(0.1), 3, null, Infinity)).toBe(true);
  });
});

describe('trainRun and evaluateSet', () => {
  it('trains every epoch, and evaluates another set as the Trainer evaluates its own', () => {
    const data = { train: xorData(64), validation: xorData(40) };
    const trainer = new Trainer(experiment(XOR_NET, { lr: 0.05 }), data);
    const seen: number[] = [];
    expect(trainRun(trainer, 3, (r) => seen.push(r.epoch))).toMatchObject({
      how: 'finished',
      last: { epoch: 3 },
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(evaluateSet(trainer, data.validation)).toEqual(trainer.evaluate('validation'));
  });

  it('stops at a divergence and names its step', () => {
    // Squared error on a linear output with an absurd step: the weights overflow.
    const sgd = { name: 'sgd', lr: 1e6, momentum: 0, nesterov: false, weightDecay: 0 } as const;
    const layers: LayerSpec[] = [
      { type: 'dense', units: 8, activation: 'relu', init: { name: 'he_uniform' } },
      { type: 'dense', units: 1, activation: 'linear', init: { name: 'he_uniform' } },
    ];
    const exp = experiment(layers, sgd);
    const x = Array.from({ length: 64 }, (_, i) => [i / 64, 1 - i / 64]);
    const data = regression(
      x,
      x.map(([a, b]) => a - b),
    );
    const trainer = new Trainer(
      { ...exp, model: { ...exp.model, loss: 'mse' } },
      { train: data, validation: null },
    );
    const seen: number[] = [];
    const end = trainRun(trainer, 20, (r) => seen.push(r.epoch));
    expect(end.how).toBe('diverged');
    expect(end.how === 'diverged' && end.epoch).toBe(seen.length + 1);
  });
});
