// The lessons of the classic-methods view (src/lessons/19–22): each open in that view, and
// each shows what it tells the student to look for, computed by the worker's own jobs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { prepareData } from '../../src/engine/prepare';
import { trainRun } from '../../src/engine/runs';
import { Trainer } from '../../src/engine/train';
import { parseLesson, type Lesson } from '../../src/spec';
import type { Experiment } from '../../src/spec/types';
import { ClassicData } from '../../src/worker/classicData';
import { ClassicJobs } from '../../src/worker/classicJobs';
import { DimensionJobs } from '../../src/worker/dimensionJobs';
import { KMeansJobs } from '../../src/worker/kmeansJobs';

const DIR = join(__dirname, '../../src/lessons');
const lessons: Lesson[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => parseLesson(JSON.parse(readFileSync(join(DIR, f), 'utf8'))));
const experimentOf = (id: string): Experiment => {
  const lesson = lessons.find((l) => l.id === id)!;
  expect(lesson.view).toBe('classic');
  if (lesson.preset.kind !== 'train') throw new Error(`${id} is not a train lesson`);
  return lesson.preset.document;
};
const data = () => new ClassicData(readDatasetFile);

describe('what the classic-methods lessons show', () => {
  it('logistic regression: about 85% on the moons, where the network passes 95%', async () => {
    const experiment = experimentOf('logistic-regression');
    const fit = await new ClassicJobs(data()).fit(experiment, { name: 'logistic' });
    // Measured: 85.0% validation, log-likelihood about −82 over 320 labels.
    expect(fit.validationAccuracy).toBeGreaterThan(0.8);
    expect(fit.validationAccuracy).toBeLessThan(0.9);
    expect(fit.logLikelihood).toBeLessThan(0);
    const trainer = new Trainer(experiment, await prepareData(experiment, readDatasetFile));
    let last = 0;
    trainRun(trainer, experiment.training.epochs, (r) => (last = r.validation!.accuracy!));
    expect(last).toBeGreaterThan(0.95);
  });

  it('margins: 16 support vectors at C = 1, nearly all at C = 0.01, two at C = 100', async () => {
    const experiment = experimentOf('svm-margins');
    const jobs = new ClassicJobs(data());
    const count = async (C: number) =>
      (await jobs.fit(experiment, { name: 'linearSvm', C })).supportCount;
    expect(await count(1)).toBe(16);
    expect(await count(0.01)).toBeGreaterThan(250);
    expect(await count(100)).toBe(2);
    // The question's moons: γ 0.1 too smooth, 10 best, 100 fits points on their own.
    const moons = { ...experiment, data: { kind: 'moons' } } as Experiment;
    const rbf = (gamma: number) => jobs.fit(moons, { name: 'rbfSvm', C: 1, gamma });
    const [smooth, best, wild] = await Promise.all([rbf(0.1), rbf(10), rbf(100)]);
    expect(smooth.validationAccuracy).toBeLessThan(0.9);
    expect(best.validationAccuracy).toBeGreaterThan(0.97);
    expect(wild.trainAccuracy).toBe(1);
    expect(wild.supportCount).toBeGreaterThan(2 * best.supportCount);
  });

  it('k-means: three steps place k-means++’s three centroids, then both converge', async () => {
    const jobs = new KMeansJobs(data());
    await jobs.start({ experiment: experimentOf('kmeans-start'), k: 3, seed: 1 });
    const placed = [1, 2, 3].map(() => jobs.step()[1]);
    expect(placed.map((p) => [p.phase, p.placed])).toEqual([
      ['seed', 1],
      ['seed', 2],
      ['seed', 3],
    ]);
    // While placing, the points far from the chosen centroids are the likelier next draws.
    expect(placed[0].chances).not.toBeNull();
    let runs = jobs.step();
    for (let i = 0; i < 60 && !runs.every((r) => r.phase === 'converged'); i++) runs = jobs.step();
    expect(runs.map((r) => r.phase)).toEqual(['converged', 'converged']);
  });

  it('the curse: the farthest-to-nearest ratio falls from about 50 to about 1.15, kNN towards guessing', async () => {
    const jobs = new DimensionJobs(readDatasetFile, data());
    const points = await jobs.curse({
      experiment: experimentOf('curse-of-dimensionality'),
      dimensions: [2, 500],
      k: 5,
    });
    // Measured: 50.4 → 1.15, 98.8% → 41.3%.
    expect(points[0].ratio).toBeGreaterThan(30);
    expect(points[1].ratio).toBeLessThan(1.3);
    expect(points[0].accuracy).toBeGreaterThan(0.95);
    expect(points[1].accuracy).toBeLessThan(0.7);
  });
});
