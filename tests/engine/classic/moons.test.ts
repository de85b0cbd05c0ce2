// What the classic-methods view is for, on the moons: logistic regression (the network with no
// hidden layer, trained by the same engine) and the linear SVM cannot bend around the moons;
// the RBF SVM, kNN and the network can; kNN's boundary changes with k; and the curse of
// dimensionality, as irrelevant dimensions are added.
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../../src/cli/readDatasetFile';
import { accuracy, fitClassifier } from '../../../src/engine/classic/classifiers';
import { curseOfDimensionality } from '../../../src/engine/classic/curse';
import { pointsOf } from '../../../src/engine/classic/points';
import { prepareData, type PreparedData } from '../../../src/engine/prepare';
import { Rng } from '../../../src/engine/random';
import { trainRun } from '../../../src/engine/runs';
import { Trainer, type EpochResult } from '../../../src/engine/train';
import { defaultExperiment, parseExperiment } from '../../../src/spec';
import { logisticExperiment } from '../../../src/spec/logistic';
import type { Experiment } from '../../../src/spec/types';

/** The default network on the moons, as the page makes it when the set is chosen. */
function moons(): Experiment {
  const base = defaultExperiment();
  const hidden = base.model.layers.slice(0, -1);
  const output = { type: 'dense', units: 2, activation: 'softmax' };
  return parseExperiment({
    ...base,
    data: { kind: 'moons' },
    model: { ...base.model, layers: [...hidden, output] },
  });
}

function validationAccuracy(experiment: Experiment, data: PreparedData): number {
  const epochs: EpochResult[] = [];
  trainRun(new Trainer(experiment, data), experiment.training.epochs, (r) => epochs.push(r));
  return epochs.at(-1)!.validation!.accuracy!;
}

describe('the classic methods on the moons', () => {
  it('logistic regression and the linear SVM fail; the RBF SVM, kNN and the network succeed', async () => {
    const network = moons();
    const data = await prepareData(network, readDatasetFile);
    const train = pointsOf(data.train),
      validation = pointsOf(data.validation!);
    const labels = data.train.labels!,
      validationLabels = data.validation!.labels!;
    const fitted = (name: 'knn' | 'linearSvm' | 'rbfSvm', params: object) =>
      accuracy(
        fitClassifier(name, train, labels, 2, params as never),
        validation,
        validationLabels,
      );

    // Measured: logistic 85%, linear SVM 86%, RBF SVM 96%, kNN (k 5) 99%, network 99%.
    expect(validationAccuracy(parseExperiment(logisticExperiment(network)), data)).toBeLessThan(
      0.9,
    );
    expect(fitted('linearSvm', { C: 1 })).toBeLessThan(0.9);
    expect(fitted('rbfSvm', { C: 1, gamma: 1 })).toBeGreaterThan(0.95);
    expect(fitted('knn', { k: 5, metric: 'euclidean' })).toBeGreaterThan(0.95);
    expect(validationAccuracy(network, data)).toBeGreaterThan(0.95);
    // k 150 of 320 training points averages the moons away: 85%.
    expect(fitted('knn', { k: 150, metric: 'euclidean' })).toBeLessThan(0.9);
  });

  it('shows the curse of dimensionality: nearest and farthest alike, kNN towards guessing', async () => {
    const data = await prepareData(moons(), readDatasetFile);
    const curve = curseOfDimensionality(
      pointsOf(data.train),
      data.train.labels!,
      pointsOf(data.validation!),
      data.validation!.labels!,
      2,
      [2, 5, 10, 50, 100, 500],
      5,
      new Rng(1),
    );
    // Measured: ratio 50, 6.5, 3.3, 1.6, 1.4, 1.15; accuracy 99%, 85%, 80%, 66%, 65%, 65%.
    curve.slice(1).forEach((p, i) => expect(p.ratio).toBeLessThan(curve[i].ratio));
    expect(curve.at(-1)!.ratio).toBeLessThan(1.3);
    expect(curve[0].accuracy).toBeGreaterThan(0.95);
    expect(curve.at(-1)!.accuracy).toBeLessThan(0.75);
  });

  it('fits an SVM per pair on three classes, each point to the class with the most votes', () => {
    // One point per class at 0, 1 and 3: each pair's SVM puts its boundary halfway (0.5, 1.5
    // and 2), so the point at 1 wins pair (0, 1) and (1, 2) and loses (0, 2) to class 0.
    const points = { n: 3, d: 1, x: Float64Array.from([0, 1, 3]) };
    const svm = fitClassifier('linearSvm', points, Int32Array.from([0, 1, 2]), 3, { C: 10 });
    const expected = [2 / 3, 1 / 3, 0, 1 / 3, 2 / 3, 0, 0, 1 / 3, 2 / 3];
    Array.from(svm.scores(points)).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
    expect(svm.supportVectors).toEqual([0, 1, 2]);
  });
});
