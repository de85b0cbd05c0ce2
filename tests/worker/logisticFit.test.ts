// Logistic regression beside the network: the network without its hidden layers, trained by
// the same engine to the end of its epochs. A straight line cannot bend round the moons
// (measured: 85% on the validation part), and its log-likelihood is −n × the engine's final
// training loss, the mean cross-entropy.
import { describe, expect, it } from 'vitest';
import { trainRun } from '../../src/engine/runs';
import { Trainer, type EpochResult } from '../../src/engine/train';
import { parseExperiment } from '../../src/spec';
import { logisticExperiment } from '../../src/spec/logistic';
import type { Experiment } from '../../src/spec/types';
import { ClassicJobs } from '../../src/worker/classicJobs';
import { classicData, moons, planeExperiment, prepared } from './classicFixtures';

/** The logistic model trained as the page's run trains it: its last epoch. */
async function lastEpoch(experiment: Experiment): Promise<EpochResult> {
  const logistic = parseExperiment(logisticExperiment(experiment));
  const trainer = new Trainer(logistic, await prepared(experiment));
  const epochs: EpochResult[] = [];
  trainRun(trainer, logistic.training.epochs, (r) => epochs.push(r));
  return epochs.at(-1)!;
}

describe('logistic regression', () => {
  it('fails to bend round the moons: about 85% on the validation part, after all its epochs', async () => {
    const experiment = moons();
    const fit = await new ClassicJobs(classicData()).fit(experiment, { name: 'logistic' });
    expect(fit.method).toEqual({ name: 'logistic' });
    expect(fit.validationAccuracy).toBeGreaterThan(0.8);
    expect(fit.validationAccuracy).toBeLessThan(0.9);
    expect(fit.epochs).toBe(experiment.training.epochs);
    expect(fit.trainCount).toBe(320);
    // The softmax's two outputs per cell, on the network's grid.
    expect(fit.boundary).toMatchObject({ resolution: 64, outputs: 2 });
    expect(fit.boundary!.values.length).toBe(64 * 64 * 2);
    expect(fit).toMatchObject({ decision: null, supportCount: 0, supportPoints: null });
  });

  it('reports the log-likelihood −n × the mean cross-entropy, the accuracies as the engine measured them', async () => {
    const experiment = moons();
    const fit = await new ClassicJobs(classicData()).fit(experiment, { name: 'logistic' });
    const last = await lastEpoch(experiment);
    expect(fit.logLikelihood).toBe(-320 * last.train.loss);
    expect(fit.trainAccuracy).toBe(last.train.accuracy);
    expect(fit.validationAccuracy).toBe(last.validation!.accuracy);
    // Better than a coin, whose log-likelihood is n·ln ½ = −222.
    expect(fit.logLikelihood).toBeLessThan(0);
    expect(fit.logLikelihood).toBeGreaterThan(320 * Math.log(0.5));
  });

  it('takes a single sigmoid output with BCE as it is: one output per cell, one term per sample', async () => {
    const base = moons({ training: { epochs: 5 } });
    const layers = [
      ...base.model.layers.slice(0, -1),
      { type: 'dense', units: 1, activation: 'sigmoid' },
    ];
    const sigmoid = parseExperiment({ ...base, model: { layers, loss: 'bce' } });
    const fit = await new ClassicJobs(classicData()).fit(sigmoid, { name: 'logistic' });
    expect(fit.boundary).toMatchObject({ outputs: 1 });
    expect(fit.boundary!.values.length).toBe(64 * 64);
    expect(fit.logLikelihood).toBe(-320 * (await lastEpoch(sigmoid)).train.loss);
    expect(fit.epochs).toBe(5);
  });

  it('has no limit on the training part, and draws no boundary off the plane', async () => {
    const classic = new ClassicJobs(classicData());
    const many = moons({ data: { kind: 'moons', samples: 7000 }, training: { epochs: 1 } });
    expect((await classic.fit(many, { name: 'logistic' })).trainCount).toBe(5600);
    const colours = planeExperiment({ kind: 'colors' }, 8, { training: { epochs: 2 } });
    const fit = await classic.fit(colours, { name: 'logistic' });
    expect(fit.boundary).toBeNull();
    expect(fit.trainAccuracy).toBeGreaterThan(0);
  });
});
