// k-means step by step in the worker: two runs side by side on the playground's training
// part, the random start and k-means++'s, each from its own stream of the request's seed;
// pictures in raw units; the same seed, the same steps; bad requests refused naming the field.
import { describe, expect, it } from 'vitest';
import {
  plusPlusStart,
  randomStart,
  runKMeans,
  startKMeans,
} from '../../src/engine/classic/kmeans';
import { pointsOf } from '../../src/engine/classic/points';
import type { KMeansPicture } from '../../src/spec/protocol/classic';
import { rawValues } from '../../src/worker/classicData';
import { KMeansJobs, kmeansRng } from '../../src/worker/kmeansJobs';
import { classicData, planeExperiment, prepared } from './classicFixtures';

/** Three blobs with their defaults (400 points, 320 to cluster), standardised so that the
 *  raw and normalised coordinates differ. */
const blobs = () => planeExperiment({ kind: 'blobs', normalize: 'standardize' }, 3);

/** Steps both runs until both have converged (at most `limit` steps); every answer. */
function stepToEnd(jobs: KMeansJobs, limit = 60): KMeansPicture[][] {
  const answers: KMeansPicture[][] = [];
  while (answers.length < limit && !answers.at(-1)?.every((r) => r.phase === 'converged'))
    answers.push(jobs.step());
  return answers;
}

describe('KMeansJobs', () => {
  it('starts both runs unplaced, with the training points to draw', async () => {
    const jobs = new KMeansJobs(classicData());
    const { data, runs } = await jobs.start({ experiment: blobs(), k: 3, seed: 4 });
    const raw = (await prepared(blobs())).raw.train;
    expect(data.features).toBe(2);
    expect(Array.from(data.points!)).toEqual(Array.from(raw.x));
    expect(Array.from(data.labels!)).toEqual(Array.from(raw.labels!));
    expect(data).toMatchObject({ view: [-1.5, 1.5], image: null, pixelRange: null });
    expect(runs.map((r) => r.start)).toEqual(['random', 'plusPlus']);
    for (const run of runs) {
      expect(run).toMatchObject({ phase: 'none', placed: 0, chances: null, inertia: [], steps: 0 });
      expect(run.centroids.length).toBe(0);
      expect(run.assignment.length).toBe(320);
      expect(run.assignment.every((c) => c === -1)).toBe(true);
    }
  });

  it('steps each run as the page shows it: the random start at once, k-means++ one centroid a step', async () => {
    const jobs = new KMeansJobs(classicData());
    await jobs.start({ experiment: blobs(), k: 3, seed: 4 });
    const answers = stepToEnd(jobs);
    const [random, plusPlus] = [0, 1].map((r) => answers.map((a) => a[r]));
    expect(random.slice(0, 3).map((p) => [p.phase, p.placed])).toEqual([
      ['seed', 3],
      ['assign', 3],
      ['move', 3],
    ]);
    expect(plusPlus.slice(0, 5).map((p) => [p.phase, p.placed])).toEqual([
      ['seed', 1],
      ['seed', 2],
      ['seed', 3],
      ['assign', 3],
      ['move', 3],
    ]);
    // k-means++'s chances while placing: a distribution, nothing on a centroid placed.
    for (const picture of plusPlus.slice(0, 2)) {
      const chances = picture.chances!;
      expect(chances.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      const points = (await prepared(blobs())).raw.train.x;
      for (let c = 0; c < picture.placed; c++) {
        const at = Array.from({ length: 320 }, (_, i) => i).filter(
          (i) =>
            Math.abs(points[2 * i] - picture.centroids[2 * c]) < 1e-5 &&
            Math.abs(points[2 * i + 1] - picture.centroids[2 * c + 1]) < 1e-5,
        );
        expect(at.length).toBeGreaterThan(0);
        for (const i of at) expect(chances[i]).toBe(0);
      }
    }
    expect(plusPlus[2].chances).toBeNull();
    expect(random.every((p) => p.chances === null)).toBe(true);
    for (const run of [random, plusPlus]) {
      const last = run.at(-1)!;
      expect(last.phase).toBe('converged');
      expect(last.assignment.every((c) => c >= 0 && c < 3)).toBe(true);
      last.inertia.slice(1).forEach((v, i) => expect(v).toBeLessThanOrEqual(last.inertia[i]));
      // Blobs: three clusters found, each a class's blob.
      expect(new Set(last.assignment).size).toBe(3);
    }
    // Converged: a further step changes nothing.
    const again = jobs.step();
    expect(again).toEqual(answers.at(-1));
  });

  it('ends where runKMeans ends from the same start; the same seed gives the same steps', async () => {
    const experiment = blobs();
    const data = await prepared(experiment);
    const points = pointsOf(data.train);
    const first = new KMeansJobs(classicData());
    const second = new KMeansJobs(classicData());
    await first.start({ experiment, k: 4, seed: 11 });
    await second.start({ experiment, k: 4, seed: 11 });
    const answers = stepToEnd(first);
    expect(stepToEnd(second)).toEqual(answers);
    const initial = {
      random: randomStart(points, 4, kmeansRng(11, 'random')),
      plusPlus: plusPlusStart(points, 4, kmeansRng(11, 'plusPlus')),
    };
    for (const picture of answers.at(-1)!) {
      const whole = runKMeans(points, startKMeans(points, initial[picture.start], 4));
      expect(Array.from(picture.assignment)).toEqual(Array.from(whole.assignment));
      expect(Array.from(picture.centroids)).toEqual(
        Array.from(rawValues(whole.centroids, data.normalizer)),
      );
      expect(picture.inertia.at(-1)).toBe(whole.inertia);
    }
    // Another seed, another start.
    const third = new KMeansJobs(classicData());
    await third.start({ experiment, k: 4, seed: 12 });
    expect(third.step()[0].centroids).not.toEqual(answers[0][0].centroids);
  });

  it('draws image data’s centroids as images, on the pixels’ own range', async () => {
    const digits = planeExperiment({ kind: 'digits', samples: 300 }, 10);
    const jobs = new KMeansJobs(classicData());
    const { data } = await jobs.start({ experiment: digits, k: 10, seed: 1 });
    expect(data).toMatchObject({ features: 64, points: null, view: null, image: [1, 8, 8] });
    expect(data.pixelRange).toEqual([0, 16]);
    const [random] = jobs.step();
    expect(random.centroids.length).toBe(10 * 64);
    // Raw pixels: the normalisation undone.
    expect(Math.min(...random.centroids)).toBeGreaterThanOrEqual(-1e-4);
    expect(Math.max(...random.centroids)).toBeGreaterThan(10);
  });

  it('refuses a bad request naming the field, and a step before any start', async () => {
    const jobs = new KMeansJobs(classicData());
    expect(() => jobs.step()).toThrow('no k-means to step: start one first');
    const experiment = blobs();
    await expect(jobs.start({ experiment, k: 0, seed: 1 })).rejects.toThrow(
      'k must be a positive integer (got 0)',
    );
    await expect(jobs.start({ experiment, k: 17, seed: 1 })).rejects.toThrow(
      'k must be at most 16',
    );
    await expect(jobs.start({ experiment, k: 3, seed: 1.5 })).rejects.toThrow(
      'seed must be a non-negative integer (got 1.5)',
    );
    await expect(jobs.start({ experiment, k: 3 })).rejects.toThrow('seed is required');
    await expect(jobs.start({ experiment, k: 3, seed: 1, extra: 1 })).rejects.toThrow(
      'extra is not a field of a k-means request',
    );
    await expect(jobs.start(null)).rejects.toThrow('request must be an object');
    const few = planeExperiment({ kind: 'blobs', samples: 10 }, 3);
    await expect(jobs.start({ experiment: few, k: 9, seed: 1 })).rejects.toThrow(
      'k is 9, but the training part has only 8 points to cluster',
    );
  });
});
