// The surface worker's jobs: the race it sends the page is the trajectory command's, and
// whatever it is sent is validated.
import { describe, expect, it } from 'vitest';
import { SURFACES } from '../../src/engine/surfaces';
import { RECORD_STRIDE, runTrajectory } from '../../src/engine/trajectory';
import { parseTrajectory } from '../../src/spec';
import { grid, MAX_RESOLUTION, race } from '../../src/worker/surfaceJobs';

const DOC = {
  version: 1,
  kind: 'trajectory',
  surface: 'custom',
  expression: 'sin(x)*y^2 + 0.1*x^4',
  start: [1.5, -1],
  steps: 150,
  optimizers: [{ name: 'sgd', lr: 0.05 }, { name: 'adam', lr: 0.1 }, 'momentum'],
  gradientNoise: 0.2,
  seed: 4,
};

describe('race', () => {
  it('gives the page exactly the points the trajectory command prints', () => {
    const { runs } = race(DOC);
    const command = runTrajectory(parseTrajectory(DOC)).runs;
    expect(runs).toHaveLength(3);
    runs.forEach((run, k) => {
      expect(run.count).toBe(command[k].points.length);
      command[k].points.forEach((p, i) =>
        expect(Array.from(run.data.subarray(i * RECORD_STRIDE, i * RECORD_STRIDE + 3))).toEqual(p),
      );
    });
  });

  it('refuses a bad document with the field named', () => {
    expect(() => race({ ...DOC, expression: 'sin(x' })).toThrow(
      /^expression is not a formula: missing '\)' for the '\(' at column 4/,
    );
    expect(() => race({ ...DOC, steps: -1 })).toThrow(/^steps must be a positive integer/);
    // A start where f is not finite: the engine's check, as the CLI makes it.
    expect(() => race({ ...DOC, surface: 'custom', expression: '1/x', start: [0, 0] })).toThrow(
      'start [0, 0] is too far out: custom is not finite there',
    );
  });
});

describe('grid', () => {
  const view = SURFACES.rosenbrock.view;

  it('samples the surface at cell centres, row 0 at the top', () => {
    const g = grid({ surface: 'rosenbrock' }, view, 50);
    expect(g.values).toHaveLength(2500);
    const dx = (view.x[1] - view.x[0]) / 50,
      dy = (view.y[1] - view.y[0]) / 50;
    const f = SURFACES.rosenbrock.f(view.x[0] + 0.5 * dx, view.y[1] - 0.5 * dy);
    expect(g.values[0]).toBe(Math.fround(f));
    expect(g.min).toBeGreaterThanOrEqual(0);
    expect(g.max).toBeGreaterThan(100);
  });

  it('keeps blow-ups out of the range and bounds the resolution', () => {
    // Three cells: the middle column's centre is x = 0, where 1/x is infinite.
    const g = grid({ surface: 'custom', expression: '1/x' }, { x: [-1, 1], y: [-1, 1] }, 3);
    expect(g.values.some((v) => v === Infinity)).toBe(true);
    expect(g.max).toBeCloseTo(1.5, 5);
    expect(grid({ surface: 'bowl' }, view, 1e9).resolution).toBe(MAX_RESOLUTION);
  });

  it('refuses a bad surface or window', () => {
    expect(() => grid({ surface: 'banana' }, view, 10)).toThrow(/^surface "banana" is unknown/);
    expect(() => grid({ surface: 'bowl', expression: 'x' }, view, 10)).toThrow(/only for/);
    expect(() => grid({ surface: 'bowl' }, { x: [1, -1], y: [0, 1] }, 10)).toThrow(
      /view window must be two ranges/,
    );
    expect(() => grid({ surface: 'bowl' }, { x: [0, NaN], y: [0, 1] }, 10)).toThrow(/view window/);
  });
});
