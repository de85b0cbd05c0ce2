// k-means one step at a time: the random start places all k at once, k-means++ one per step
// with each draw's chances shown first; then assignments and moves alternate until one
// changes nothing. Run to its end it is runKMeans from the same start, and its k-means++
// start is plusPlusStart's, draw for draw.
import { describe, expect, it } from 'vitest';
import {
  plusPlusStart,
  randomStart,
  runKMeans,
  startKMeans,
} from '../../../src/engine/classic/kmeans';
import { KMeansSteps } from '../../../src/engine/classic/kmeansSteps';
import { placeNext, plusPlusChances, startPlusPlus } from '../../../src/engine/classic/plusPlus';
import type { Points } from '../../../src/engine/classic/points';
import { Rng } from '../../../src/engine/random';

/** Three clumps of 30 points around (0, 0), (10, 0) and (5, 9). */
function clumps(): Points {
  const rng = new Rng(5);
  const centres = [
    [0, 0],
    [10, 0],
    [5, 9],
  ];
  const x = centres.flatMap(([cx, cy]) =>
    Array.from({ length: 30 }, () => [cx + rng.normal(), cy + rng.normal()]).flat(),
  );
  return { n: 90, d: 2, x: Float64Array.from(x) };
}

/** Steps until converged (at most `limit`), returning each step's phase. */
function runToEnd(run: KMeansSteps, limit = 100): string[] {
  const phases: string[] = [];
  while (run.phase !== 'converged' && phases.length < limit) {
    run.step();
    phases.push(run.phase);
  }
  return phases;
}

describe('k-means++ one centroid at a time', () => {
  it('draws as plusPlusStart does, and shows each draw’s chances: D² over its sum', () => {
    const points = clumps();
    for (let seed = 1; seed <= 5; seed++) {
      const rng = new Rng(seed);
      const placing = startPlusPlus(points, rng);
      for (let next = 1; next < 4; next++) {
        const chances = plusPlusChances(placing);
        expect(chances.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (const c of placing.chosen) expect(chances[c]).toBe(0);
        placeNext(points, placing, rng);
      }
      const start = plusPlusStart(points, 4, new Rng(seed));
      const rows = placing.chosen.flatMap((r) => [points.x[2 * r], points.x[2 * r + 1]]);
      expect(Array.from(start)).toEqual(rows);
    }
  });

  it('weighs each point by its squared distance: 0, 1 and 3 from a first centroid at 0 give 0, 1/10, 9/10', () => {
    const line: Points = { n: 3, d: 1, x: Float64Array.from([0, 1, 3]) };
    // A generator whose first uniform draw picks row 0: the first centroid sits at 0.
    const startAtZero = () => startPlusPlus(line, { int: () => 0 } as unknown as Rng);
    const chances = Array.from(plusPlusChances(startAtZero()));
    expect(chances[0]).toBe(0);
    expect(chances[1]).toBeCloseTo(1 / 10, 15);
    expect(chances[2]).toBeCloseTo(9 / 10, 15);
    // And the draws follow them: about nine in ten land on the far point (D, not D², would
    // give three in four).
    const rng = new Rng(7);
    let far = 0;
    for (let trial = 0; trial < 2000; trial++) if (placeNext(line, startAtZero(), rng) === 2) far++;
    expect(far / 2000).toBeGreaterThan(0.87);
    expect(far / 2000).toBeLessThan(0.93);
  });

  it('puts all the chance on the first point not chosen when every point sits on a centroid', () => {
    const same: Points = { n: 3, d: 1, x: Float64Array.from([2, 2, 2]) };
    const placing = startPlusPlus(same, new Rng(1));
    const chances = Array.from(plusPlusChances(placing));
    const expected = [0, 0, 0];
    expected[[0, 1, 2].find((i) => i !== placing.chosen[0])!] = 1;
    expect(chances).toEqual(expected);
  });
});

describe('KMeansSteps', () => {
  it('places the random start’s k at once, then assigns and moves until nothing changes', () => {
    const points = clumps();
    const run = new KMeansSteps(points, 3, 'random', new Rng(2));
    expect([run.phase, run.placed, run.steps, run.chances()]).toEqual(['none', 0, 0, null]);
    expect(Array.from(run.assignment()).every((c) => c === -1)).toBe(true);
    const phases = runToEnd(run);
    expect(phases[0]).toBe('seed');
    expect(phases.at(-1)).toBe('converged');
    // seed, then assign/move pairs, then the assignment that changed nothing.
    phases.slice(1, -1).forEach((phase, i) => expect(phase).toBe(i % 2 === 0 ? 'assign' : 'move'));
    expect(run.steps).toBe(phases.length);
    // One inertia per assignment: m + 1 of them in 1 + 2m + 1 steps.
    expect(run.inertia.length).toBe(phases.length / 2);
  });

  it('places k-means++’s centroids one per step, chances shown until the last is placed', () => {
    const points = clumps();
    const run = new KMeansSteps(points, 3, 'plusPlus', new Rng(2));
    run.step();
    expect([run.phase, run.placed]).toEqual(['seed', 1]);
    expect(run.chances()!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    run.step();
    expect([run.phase, run.placed]).toEqual(['seed', 2]);
    expect(run.centroids().length).toBe(4);
    run.step();
    expect([run.phase, run.placed, run.chances()]).toEqual(['seed', 3, null]);
    run.step();
    expect(run.phase).toBe('assign');
  });

  it('ends where runKMeans ends from the same start, inertia never rising; then stays', () => {
    const points = clumps();
    for (const start of ['random', 'plusPlus'] as const) {
      const run = new KMeansSteps(points, 3, start, new Rng(9));
      runToEnd(run);
      const initial =
        start === 'random'
          ? randomStart(points, 3, new Rng(9))
          : plusPlusStart(points, 3, new Rng(9));
      const whole = runKMeans(points, startKMeans(points, initial, 3));
      expect(Array.from(run.assignment())).toEqual(Array.from(whole.assignment));
      expect(Array.from(run.centroids())).toEqual(Array.from(whole.centroids));
      expect(run.inertia.at(-1)).toBe(whole.inertia);
      run.inertia.slice(1).forEach((v, i) => expect(v).toBeLessThanOrEqual(run.inertia[i]));
      const steps = run.steps;
      run.step();
      expect([run.phase, run.steps]).toEqual(['converged', steps]);
    }
  });

  it('refuses a k it cannot have', () => {
    expect(() => new KMeansSteps(clumps(), 91, 'random', new Rng(1))).toThrow(
      'k must be a whole number from 1 to the 90 points (got 91)',
    );
  });
});
