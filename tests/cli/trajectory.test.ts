import { describe, expect, it } from 'vitest';
import { cli, example, file } from './run';

describe('cli trajectory', () => {
  it('prints one document with steps + 1 points per run and every optimizer field filled in', () => {
    const r = cli(['trajectory', example('rosenbrock.json')]);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    const doc = r.lines[0] as {
      surface: string;
      runs: { optimizer: Record<string, unknown>; points: number[][] }[];
    };
    expect(doc.surface).toBe('rosenbrock');
    expect(doc.runs).toHaveLength(3);
    expect(doc.runs[0].optimizer).toEqual({
      name: 'sgd',
      lr: 0.001,
      momentum: 0,
      nesterov: false,
      weightDecay: 0,
    });
    expect(doc.runs[2].optimizer).toEqual({
      name: 'adam',
      lr: 0.05,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0,
    });
    for (const run of doc.runs) {
      expect(run.points).toHaveLength(201);
      expect(run.points[0]).toEqual([-1.5, 2, 12.5]); // f(−1.5, 2) = 2.5² + 100·(2 − 2.25)²
    }
  });

  it('marks a diverging run and keeps only its finite points', () => {
    const spec = {
      version: 1,
      kind: 'trajectory',
      surface: 'rosenbrock',
      start: [-1.5, 2],
      steps: 100,
      optimizers: [{ name: 'sgd', lr: 1 }],
    };
    const r = cli(['trajectory', file(spec)]);
    const run = (r.lines[0] as { runs: { diverged?: boolean; points: number[][] }[] }).runs[0];
    expect(run.diverged).toBe(true);
    expect(run.points.length).toBeLessThan(101);
    expect(run.points.flat().every(Number.isFinite)).toBe(true);
  });
});
