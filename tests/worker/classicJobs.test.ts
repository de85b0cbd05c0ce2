// The classic-methods worker's jobs in Node: a method fitted on the playground's data, its
// accuracies, its picture on the boundary's grid, the support vectors, and bad requests
// refused naming the field.
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { defaultExperiment, parseExperiment } from '../../src/spec';
import { ClassicJobs } from '../../src/worker/classicJobs';

const moons = () => {
  const base = defaultExperiment();
  const layers = [
    ...base.model.layers.slice(0, -1),
    { type: 'dense', units: 2, activation: 'softmax' },
  ];
  return parseExperiment({ ...base, data: { kind: 'moons' }, model: { ...base.model, layers } });
};

describe('ClassicJobs', () => {
  it('fits kNN on the moons and draws it on the 64×64 grid, each cell’s shares summing to 1', async () => {
    const jobs = new ClassicJobs(readDatasetFile);
    const fit = await jobs.fit(moons(), { name: 'knn', k: 5 });
    expect(fit.method).toEqual({ name: 'knn', k: 5, metric: 'euclidean' });
    expect(fit.trainAccuracy).toBeGreaterThan(0.95);
    expect(fit.validationAccuracy).toBeGreaterThan(0.95);
    const { resolution, outputs, values } = fit.boundary!;
    expect([resolution, outputs, values.length]).toEqual([64, 2, 64 * 64 * 2]);
    for (let cell = 0; cell < 64 * 64; cell++)
      expect(values[2 * cell] + values[2 * cell + 1]).toBeCloseTo(1, 6);
    // The picture is not one colour: the moons' two classes both appear.
    const first = Array.from({ length: 64 * 64 }, (_, c) => values[2 * c + 1] > 0.5);
    expect(new Set(first).size).toBe(2);
    expect(fit.supportVectors).toEqual([]);
  });

  it('gives an SVM its support vectors, and defaults the settings not sent', async () => {
    const fit = await new ClassicJobs(readDatasetFile).fit(moons(), { name: 'rbfSvm' });
    expect(fit.method).toEqual({ name: 'rbfSvm', C: 1, gamma: 1 });
    expect(fit.supportVectors.length).toBeGreaterThan(0);
    expect(fit.supportVectors.length).toBeLessThan(320);
  });

  it('refuses what it cannot do, naming the field or saying why', async () => {
    const jobs = new ClassicJobs(readDatasetFile);
    await expect(jobs.fit(moons(), { name: 'knn', k: 0 })).rejects.toThrow('method.k must be');
    await expect(jobs.fit(moons(), { name: 'rbfSvm', gamma: -1 })).rejects.toThrow(
      'method.gamma must be',
    );
    await expect(jobs.fit(moons(), { name: 'forest' })).rejects.toThrow('method.name');
    const threeArms = parseExperiment({
      ...defaultExperiment(),
      data: { kind: 'spiral', classes: 3 },
      model: { layers: [{ type: 'dense', units: 3, activation: 'softmax' }] },
    });
    await expect(jobs.fit(threeArms, { name: 'linearSvm' })).rejects.toThrow(
      'the SVM here separates two classes; this data set has 3',
    );
  });
});
