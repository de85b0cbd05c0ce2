import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../src/engine/optimizers';
import { SURFACES } from '../../src/engine/surfaces';
import {
  createRacer,
  RECORD,
  RECORD_STRIDE,
  recordRace,
  runTrajectory,
} from '../../src/engine/trajectory';
import type { OptimizerName, OptimizerSpec, TrajectorySpec } from '../../src/spec/types';

/** A spec as validation hands it over: every optimizer's defaults filled in. */
function spec(
  surface: string,
  start: [number, number],
  steps: number,
  optimizers: Partial<OptimizerSpec>[],
): TrajectorySpec {
  return {
    version: 1,
    kind: 'trajectory',
    surface,
    start,
    steps,
    optimizers: optimizers.map((o) => {
      const name = o.name ?? 'sgd';
      return { name, ...OPTIMIZERS[name].defaults, ...o };
    }),
    gradientNoise: 0,
    seed: 0,
  };
}

describe('runTrajectory', () => {
  it('gives steps + 1 points per run, the start first, and passes the optimizer through', () => {
    const s = spec('rosenbrock', [-1.5, 2], 200, [
      { name: 'sgd', lr: 0.001 },
      { name: 'adam', lr: 0.05 },
    ]);
    const result = runTrajectory(s);
    expect(result.surface).toBe('rosenbrock');
    expect(result.runs).toHaveLength(2);
    result.runs.forEach((run, i) => {
      expect(run.optimizer).toBe(s.optimizers[i]);
      expect(run.points).toHaveLength(201);
      // f(−1.5, 2) = (1 + 1.5)² + 100·(2 − 2.25)² = 6.25 + 6.25 = 12.5
      expect(run.points[0]).toEqual([-1.5, 2, 12.5]);
      expect('diverged' in run).toBe(false);
    });
  });

  it('follows θ ← 0.8·θ for SGD with lr 0.1 on the bowl, converging to 0', () => {
    // ∇(x² + y²) = 2θ, so θ − 0.1·2θ = 0.8·θ and after t steps θ = 0.8ᵗ·θ₀.
    const { runs } = runTrajectory(spec('bowl', [1.5, -2], 100, [{ name: 'sgd', lr: 0.1 }]));
    const points = runs[0].points;
    for (const t of [1, 2, 10, 100]) {
      expect(points[t][0]).toBeCloseTo(1.5 * 0.8 ** t, 12);
      expect(points[t][1]).toBeCloseTo(-2 * 0.8 ** t, 12);
    }
    for (let t = 1; t < points.length; t++) expect(points[t][2]).toBeLessThan(points[t - 1][2]);
    expect(points[100][2]).toBeLessThan(1e-18); // 6.25·0.64¹⁰⁰ ≈ 2e-19
  });

  it('stops a diverging run at its last finite point and marks it', () => {
    // lr 1 on Rosenbrock: ∇f(−1.5, 2) = [−155, −50], so the first step lands on
    // (153.5, 52); from there |x| grows about
    // cubically per step until it overflows.
    const { runs } = runTrajectory(spec('rosenbrock', [-1.5, 2], 200, [{ name: 'sgd', lr: 1 }]));
    const run = runs[0];
    expect(run.diverged).toBe(true);
    expect(run.points.length).toBeGreaterThan(1);
    expect(run.points.length).toBeLessThan(201);
    for (const p of run.points) for (const v of p) expect(Number.isFinite(v)).toBe(true);
    // JSON carries it unchanged (no NaN turned into null).
    expect(JSON.parse(JSON.stringify(run.points))).toEqual(run.points);
  });

  it('marks a run whose start value already overflows as diverged, with no points', () => {
    const { runs } = runTrajectory(spec('bowl', [1e200, 0], 10, [{ name: 'sgd' }]));
    expect(runs[0]).toEqual({ optimizer: runs[0].optimizer, points: [], diverged: true });
  });

  it('is deterministic', () => {
    const names: OptimizerName[] = [
      'sgd',
      'momentum',
      'nesterov',
      'adagrad',
      'adadelta',
      'rmsprop',
      'adam',
      'adamw',
    ];
    const s = spec(
      'beale',
      [1, 1.5],
      300,
      names.map((name) => ({ name, lr: 0.01 })),
    );
    expect(JSON.stringify(runTrajectory(s))).toBe(JSON.stringify(runTrajectory(s)));
  });

  it('lets every optimizer descend the bowl with its defaults and lr 0.1', () => {
    for (const name of Object.keys(OPTIMIZERS) as OptimizerName[]) {
      const { runs } = runTrajectory(spec('bowl', [1.5, -2], 200, [{ name, lr: 0.1 }]));
      const points = runs[0].points;
      expect(points).toHaveLength(201);
      expect(points[200][2]).toBeLessThan(points[0][2]);
    }
  });
});

describe('createRacer', () => {
  it('steps one point at a time and exposes position, gradient and optimizer state', () => {
    const optimizer = { name: 'momentum' as const, ...OPTIMIZERS.momentum.defaults, lr: 0.1 };
    const racer = createRacer(SURFACES.bowl, optimizer, [1, -2]);
    expect(racer.point()).toEqual([1, -2, 5]);
    expect(racer.steps).toBe(0);
    // g = 2θ = [2, −4]; b = g; θ = [1 − 0.2, −2 + 0.4] = [0.8, −1.6]; f = 0.64 + 2.56 = 3.2
    const p = racer.step();
    expect(p).not.toBeNull();
    expect(p![0]).toBeCloseTo(0.8, 15);
    expect(p![1]).toBeCloseTo(-1.6, 15);
    expect(p![2]).toBeCloseTo(3.2, 14);
    expect(Array.from(racer.position)).toEqual([p![0], p![1]]);
    expect(Array.from(racer.grad)).toEqual([2, -4]);
    expect(Array.from(racer.state.momentumBuffer)).toEqual([2, -4]);
    expect(racer.steps).toBe(1);
    expect(racer.diverged).toBe(false);
  });

  it('returns null from the diverging step on and stays put', () => {
    const optimizer = { name: 'sgd' as const, ...OPTIMIZERS.sgd.defaults, lr: 1 };
    const racer = createRacer(SURFACES.rosenbrock, optimizer, [-1.5, 2]);
    let steps = 0;
    while (racer.step() !== null) steps++;
    expect(racer.diverged).toBe(true);
    expect(racer.steps).toBe(steps + 1);
    expect(racer.step()).toBeNull();
    expect(racer.steps).toBe(steps + 1);
  });
});

describe('recordRace', () => {
  const row = (data: Float64Array, i: number) =>
    Array.from(data.subarray(i * RECORD_STRIDE, (i + 1) * RECORD_STRIDE));

  it('keeps, per point, the gradient there and the moments after reaching it', () => {
    const [run] = recordRace(spec('rosenbrock', [-1.5, 2], 50, [{ name: 'adam', lr: 0.05 }]));
    expect(run.count).toBe(51);
    const racer = createRacer(SURFACES.rosenbrock, run.optimizer, [-1.5, 2]);
    const grad = new Float64Array(2);
    for (let i = 0; i <= 50; i++) {
      const r = row(run.data, i);
      expect([r[RECORD.x], r[RECORD.y]]).toEqual(Array.from(racer.position));
      SURFACES.rosenbrock.grad(r[RECORD.x], r[RECORD.y], grad);
      expect([r[RECORD.gx], r[RECORD.gy]]).toEqual(Array.from(grad));
      expect([r[RECORD.m1x], r[RECORD.m1y]]).toEqual(Array.from(racer.state.expAvg));
      expect([r[RECORD.m2x], r[RECORD.m2y]]).toEqual(Array.from(racer.state.expAvgSq));
      racer.step();
    }
  });

  it('gives the trajectory command its points, diverged runs included', () => {
    const s = spec('rosenbrock', [-1.5, 2], 200, [
      { name: 'sgd', lr: 1 },
      { name: 'momentum', lr: 0.0005 },
    ]);
    const recorded = recordRace(s);
    const { runs } = runTrajectory(s);
    runs.forEach((run, k) => {
      expect(run.points).toHaveLength(recorded[k].count);
      expect(Boolean(run.diverged)).toBe(recorded[k].diverged);
      run.points.forEach((p, i) => expect(p).toEqual(row(recorded[k].data, i).slice(0, 3)));
    });
    expect(recorded[0].diverged).toBe(true);
  });

  it('adds the same seeded gradient noise to every racer, reproducibly', () => {
    const noisy = (seed: number) => ({
      ...spec('bowl', [1.5, -1], 30, [
        { name: 'sgd', lr: 0.1 },
        { name: 'sgd', lr: 0.1 },
      ]),
      gradientNoise: 0.5,
      seed,
    });
    const [a, b] = recordRace(noisy(1));
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    expect(Array.from(recordRace(noisy(1))[0].data)).toEqual(Array.from(a.data));
    expect(Array.from(recordRace(noisy(2))[0].data)).not.toEqual(Array.from(a.data));
    const [clean] = recordRace(spec('bowl', [1.5, -1], 30, [{ name: 'sgd', lr: 0.1 }]));
    expect(Array.from(clean.data)).not.toEqual(Array.from(a.data));
  });

  it('races a typed formula exactly like the built-in surface it spells', () => {
    const optimizers = [{ name: 'adam' as const, lr: 0.1 }, { name: 'momentum' as const }];
    const bowl = recordRace(spec('bowl', [1.5, -2], 100, optimizers));
    const typed = recordRace({
      ...spec('custom', [1.5, -2], 100, optimizers),
      expression: 'x^2 + y^2',
    });
    typed.forEach((run, k) => expect(Array.from(run.data)).toEqual(Array.from(bowl[k].data)));
  });
});
