// The classic classifiers' jobs in Node: a method fitted on the playground's data, its
// accuracies, its picture on the boundary's grid, an SVM's decision values and support
// points, kNN's neighbours of a clicked point, and bad requests refused naming the field.
import { describe, expect, it } from 'vitest';
import { BOUNDARY_RESOLUTION } from '../../src/worker/views';
import { checkKnnWork, checkSvmWork } from '../../src/worker/classicData';
import { ClassicJobs } from '../../src/worker/classicJobs';
import { classicData, moons, planeExperiment, prepared } from './classicFixtures';

const jobs = () => new ClassicJobs(classicData());
const cells = BOUNDARY_RESOLUTION * BOUNDARY_RESOLUTION;

describe('ClassicJobs.fit', () => {
  it('fits kNN on the moons and draws it on the 64×64 grid, each cell’s shares summing to 1', async () => {
    const fit = await jobs().fit(moons(), { name: 'knn', k: 5 });
    expect(fit.method).toEqual({ name: 'knn', k: 5, metric: 'euclidean' });
    expect(fit.trainAccuracy).toBeGreaterThan(0.95);
    expect(fit.validationAccuracy).toBeGreaterThan(0.95);
    // 400 moons, a fifth held out.
    expect(fit.trainCount).toBe(320);
    const { resolution, outputs, values } = fit.boundary!;
    expect([resolution, outputs, values.length]).toEqual([64, 2, cells * 2]);
    for (let cell = 0; cell < cells; cell++)
      expect(values[2 * cell] + values[2 * cell + 1]).toBeCloseTo(1, 6);
    // The picture is not one colour: the moons' two classes both appear.
    const first = Array.from({ length: cells }, (_, c) => values[2 * c + 1] > 0.5);
    expect(new Set(first).size).toBe(2);
    expect(fit).toMatchObject({
      decision: null,
      supportCount: 0,
      supportPoints: null,
      converged: true,
      logLikelihood: null,
      epochs: null,
    });
  });

  it('gives an SVM its decision values on the same grid: f > 0 where class 1’s share passes ½', async () => {
    const fit = await jobs().fit(moons(), { name: 'rbfSvm' });
    expect(fit.method).toEqual({ name: 'rbfSvm', C: 1, gamma: 1 });
    expect(fit.converged).toBe(true);
    const f = fit.decision!;
    const shares = fit.boundary!.values;
    expect(f.length).toBe(cells);
    let positive = 0;
    for (let cell = 0; cell < cells; cell++) {
      // The share is σ(f) in float32: within 1e-6 of the boundary it may round to ½.
      if (Math.abs(f[cell]) < 1e-6) continue;
      expect(shares[2 * cell + 1] > 0.5).toBe(f[cell] > 0);
      if (f[cell] > 0) positive++;
    }
    // Both sides of the boundary are on the picture, and the margins beyond it.
    expect(positive).toBeGreaterThan(cells / 5);
    expect(positive).toBeLessThan((cells * 4) / 5);
    expect(Math.max(...f)).toBeGreaterThan(1);
    expect(Math.min(...f)).toBeLessThan(-1);
  });

  it('puts the support points on training points, in raw coordinates', async () => {
    // Standardised, so that raw and normalised coordinates differ.
    const experiment = planeExperiment({ kind: 'moons', normalize: 'standardize' }, 2);
    const fit = await jobs().fit(experiment, { name: 'linearSvm', C: 1 });
    const raw = (await prepared(experiment)).raw.train;
    const training = new Set(
      Array.from({ length: raw.n }, (_, i) => `${raw.x[2 * i]},${raw.x[2 * i + 1]}`),
    );
    const points = fit.supportPoints!;
    expect(fit.supportCount).toBeGreaterThan(0);
    expect(fit.supportCount).toBeLessThan(raw.n);
    expect(points.length).toBe(2 * fit.supportCount);
    for (let i = 0; i < fit.supportCount; i++)
      expect(training.has(`${points[2 * i]},${points[2 * i + 1]}`)).toBe(true);
  });

  it('refuses what it cannot do, naming the field or saying why', async () => {
    const classic = jobs();
    await expect(classic.fit(moons(), { name: 'knn', k: 0 })).rejects.toThrow('method.k must be');
    await expect(classic.fit(moons(), { name: 'rbfSvm', gamma: -1 })).rejects.toThrow(
      'method.gamma must be',
    );
    await expect(classic.fit(moons(), { name: 'forest' })).rejects.toThrow('method.name');
    const plane = planeExperiment({ kind: 'plane' }, 0);
    await expect(classic.fit(plane, { name: 'knn' })).rejects.toThrow(
      'this data set is a regression',
    );
  });

  it('refuses kNN and the SVMs a training part over CLASSIC_TRAIN_LIMIT, naming both sizes', async () => {
    // 7000 moons, a fifth held out: 5600 to train on.
    const many = moons({ data: { kind: 'moons', samples: 7000 } });
    const classic = jobs();
    for (const name of ['knn', 'linearSvm', 'rbfSvm']) {
      await expect(classic.fit(many, { name })).rejects.toThrow(
        /at most 5000 training samples, and this training part has 5600 \(choose fewer samples/,
      );
    }
  });

  it('fits an SVM per pair of classes on three spiral arms, and draws their vote', async () => {
    const threeArms = planeExperiment({ kind: 'spiral', classes: 3 }, 3);
    const fit = await jobs().fit(threeArms, { name: 'rbfSvm', C: 10, gamma: 10 });
    expect(fit.boundary!.outputs).toBe(3);
    expect(fit.decision).toBeNull(); // each pair has its own margin: none is drawn
    expect(fit.supportCount).toBeGreaterThan(0);
    expect(fit.validationAccuracy).toBeGreaterThan(0.8);
    // Every cell's vote shares sum to 1 over the three pairs.
    const { values } = fit.boundary!;
    for (let cell = 0; cell < 64 * 64; cell += 97)
      expect(values[3 * cell] + values[3 * cell + 1] + values[3 * cell + 2]).toBeCloseTo(1, 6);
  });

  it('refuses kNN more work than a few seconds, saying how many samples would fit', async () => {
    // Digits, 1797 samples of 64 pixels: 1437 × 1797 × 64 = 1.7·10⁸ numbers, well in.
    expect(() => checkKnnWork(1437, 1797, 64)).not.toThrow();
    // Fashion-MNIST's default 6000: 4800 × 6000 × 784 = 2.3·10¹⁰.
    expect(() => checkKnnWork(4800, 6000, 784)).toThrow(
      /kNN compares each of the 6000 samples it judges with each of the 4800 training samples, 784 numbers each: 2\.3e\+10 numbers.*choose at most about 1785 samples/,
    );
    // At that count the work fits.
    expect(() => checkKnnWork(0.8 * 1785, 1785, 784)).not.toThrow();
  });

  it('refuses SVMs more work than a few seconds, counting one SVM per pair of classes', () => {
    // Digits: 2 · 9/10 · 1437² · 64 = 2.4·10⁸, in.
    expect(() => checkSvmWork(1437, 1797, 10, 64)).not.toThrow();
    // Fashion-MNIST's 6000: 3.3·10¹⁰.
    expect(() => checkSvmWork(4800, 6000, 10, 784)).toThrow(
      /the SVMs would compare 4800 training samples pairwise, 784 numbers each, in one SVM per pair of the 10 classes: 3\.3e\+10 numbers.*choose at most about \d+ samples/,
    );
    // Two classes: one SVM, n² d.
    expect(() => checkSvmWork(5000, 6250, 2, 2)).not.toThrow();
  });
});

describe('ClassicJobs.neighbours', () => {
  it('finds the k nearest training points, nearest first: brute force in raw space for unnormalised data', async () => {
    const experiment = moons(); // normalize 'none': raw and normalised alike
    const raw = (await prepared(experiment)).raw.train;
    const point: [number, number] = [0.3, -0.1];
    for (const metric of ['euclidean', 'manhattan'] as const) {
      const found = await jobs().neighbours(experiment, { name: 'knn', k: 7, metric }, point);
      const distance = (i: number) => {
        const dx = raw.x[2 * i] - point[0],
          dy = raw.x[2 * i + 1] - point[1];
        return metric === 'euclidean' ? Math.hypot(dx, dy) : Math.abs(dx) + Math.abs(dy);
      };
      const order = Array.from({ length: raw.n }, (_, i) => i).sort(
        (a, b) => distance(a) - distance(b),
      );
      const nearest = order.slice(0, 7);
      expect(Array.from(found.points)).toEqual(
        nearest.flatMap((i) => [raw.x[2 * i], raw.x[2 * i + 1]]),
      );
      expect(Array.from(found.labels)).toEqual(nearest.map((i) => raw.labels![i]));
    }
  });

  it('refuses another method, a point that is not a pair of numbers, and data off the plane', async () => {
    const classic = jobs();
    const knn = { name: 'knn', k: 3 };
    await expect(classic.neighbours(moons(), { name: 'rbfSvm' }, [0, 0])).rejects.toThrow(
      'method.name must be knn',
    );
    await expect(classic.neighbours(moons(), knn, [Number.NaN, 0])).rejects.toThrow(
      'point[0] must be a finite number',
    );
    await expect(classic.neighbours(moons(), knn, [1])).rejects.toThrow(
      'point must be an [x, y] pair',
    );
    await expect(classic.neighbours(moons(), knn, '0,0')).rejects.toThrow('point must be an array');
    const colours = planeExperiment({ kind: 'colors' }, 8);
    await expect(classic.neighbours(colours, knn, [0, 0])).rejects.toThrow(
      'this data set has 3 inputs, not 2',
    );
  });
});
