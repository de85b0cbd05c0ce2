// The Trainer with training.augment: null trains exactly as before, augmentation changes the
// training batches and nothing else (evaluation, the statistics' probe and the data sets see
// the data as it is), and the batches' border is the normalised raw 0.
import { describe, expect, it } from 'vitest';
import { drawMap, identityMap } from '../../src/engine/augment';
import { exportParams } from '../../src/engine/params';
import { prepareData } from '../../src/engine/prepare';
import { layerStatistics } from '../../src/engine/probe';
import { Rng } from '../../src/engine/random';
import { Trainer, type TrainingData } from '../../src/engine/train';
import { parseExperiment } from '../../src/spec';
import type { AugmentSpec, Experiment } from '../../src/spec/types';
import { experiment, XOR_NET, xorData } from './fixtures';

const OFF: AugmentSpec = { jitter: 0, shift: 0, rotate: 0, flip: false, crop: 1 };

function withAugment(augment: AugmentSpec | null, base: Experiment = experiment(XOR_NET)) {
  return { ...base, training: { ...base.training, augment } };
}

/** Every step loss of `epochs` epochs, and the parameters after them. */
function run(exp: Experiment, data: TrainingData, epochs = 3) {
  const trainer = new Trainer(exp, data);
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) trainer.trainEpoch((r) => losses.push(r.loss));
  return { losses, params: exportParams(trainer.model), trainer };
}

describe('Trainer with augmentation', () => {
  const data = () => ({ train: xorData(64), validation: xorData(16) });

  it('null, or every field off, trains bit for bit as without the field', () => {
    const none = run(withAugment(null), data());
    expect(run(withAugment(OFF), data())).toEqual({ ...none, trainer: expect.anything() });
    // Image transforms set on points do nothing (validation refuses them; the engine agrees).
    const inert = run(withAugment({ ...OFF, shift: 3, flip: true }), data());
    expect(inert.losses).toEqual(none.losses);
  });

  it('changes the training batches but never evaluation, nor the statistics, nor the data', () => {
    const set = data();
    const copy = Float32Array.from(set.train.x);
    const plain = run(withAugment(null), set, 2);
    const shaken = run(withAugment({ ...OFF, jitter: 3 }), set, 2);
    // The same first weights and batches, but noise of σ 3 on points in [−2, 2].
    expect(shaken.losses[0]).not.toBe(plain.losses[0]);
    expect(set.train.x).toEqual(copy);
    // The trained weights, loaded into a run without augmentation, score exactly the same:
    // had evaluation or the probe seen noise, they would not (and not twice alike).
    const trained = shaken.trainer;
    const loaded = new Trainer({ ...withAugment(null), params: exportParams(trained.model) }, set);
    const metrics = trained.endEpoch();
    expect(metrics.train).toEqual(loaded.evaluate('train'));
    expect(metrics.validation).toEqual(loaded.evaluate('validation'));
    expect(trained.evaluate('train')).toEqual(metrics.train);
    expect(layerStatistics(trained)).toEqual(layerStatistics(loaded));
  });

  it('fills a shifted image’s border with the normalised raw 0, from the seed’s own draws', async () => {
    // Eight identical 4×4 images of ones, standardised: every pixel becomes 0 and a raw 0
    // becomes (0 − 1)/1 = −1. One linear unit summing the pixels, target 0: each sample's
    // squared error is (−1 · the pixels the shift brought in)², the loss their mean.
    const ones = Array.from({ length: 16 }, () => 1);
    const document = {
      version: 1,
      seed: 5,
      data: {
        kind: 'inline',
        task: 'regression',
        shape: [1, 4, 4],
        x: Array.from({ length: 8 }, () => ones),
        y: Array.from({ length: 8 }, () => 0),
        normalize: 'standardize',
      },
      validation: 0,
      model: { layers: [{ type: 'dense', units: 1 }], loss: 'mse' },
      training: { batchSize: 8, augment: { shift: 1 } },
      params: [{ W: ones.map(() => [1]), b: [0] }],
    };
    const exp = parseExperiment(document);
    const prepared = await prepareData(exp, () => Promise.reject(new Error('inline only')));
    const loss = new Trainer(exp, prepared).trainStep().loss;
    const rng = Rng.stream(5, 'augment'),
      map = identityMap([1, 4, 4]);
    let expected = 0;
    for (let i = 0; i < 8; i++) {
      drawMap(rng, exp.training.augment!, [1, 4, 4], map);
      const border = 4 * Math.abs(map.dx) + 4 * Math.abs(map.dy) - Math.abs(map.dx * map.dy);
      expected += border ** 2 / 8;
    }
    expect(expected).toBeGreaterThan(0);
    expect(loss).toBeCloseTo(expected, 5);
    // Without augmentation every pixel is 0: no loss at all.
    const still = parseExperiment({ ...document, training: { batchSize: 8 } });
    expect(new Trainer(still, prepared).trainStep().loss).toBe(0);
  });
});
