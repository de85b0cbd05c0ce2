// Optimizers racing down a 2-D surface. A Racer is one optimizer on one surface, stepped
// one point at a time; recordRace drives every racer of a trajectory document to its step
// budget and keeps, per point, what the surface view draws (position, value, gradient,
// moments). runTrajectory (the `trajectory` command) reads its points from that same
// record: the page and the command share one code path, in double precision, through the
// very same `update` the training loop uses.
import { RECORD, RECORD_STRIDE } from '../spec/protocol/surface';
import type { OptimizerSpec, TrajectorySpec } from '../spec/types';
import { surfaceOf } from './customSurface';
import { OPTIMIZERS } from './optimizers';
import type { OptimizerState } from './optimizers/optimizer';
import { Rng } from './random';
import type { Surface } from './surfaces';

/** [x, y, f(x, y)]. */
export type TrajectoryPoint = [number, number, number];

export interface TrajectoryRun {
  optimizer: OptimizerSpec;
  points: TrajectoryPoint[];
  diverged?: true;
}

export interface TrajectoryResult {
  surface: string;
  runs: TrajectoryRun[];
}

/** Gaussian noise added to every gradient component, from its own seeded stream. */
export interface GradientNoise {
  std: number;
  seed: number;
}

export interface Racer {
  readonly optimizer: OptimizerSpec;
  /** [x, y], updated in place by the optimizer. */
  readonly position: Float64Array;
  /** The gradient the last step used, noise included (zeros before the first step). */
  readonly grad: Float64Array;
  /** The optimizer's state (momentum buffer, moments, …), e.g. for drawing velocity arrows. */
  readonly state: OptimizerState;
  /** Steps taken so far, the diverging one included. */
  readonly steps: number;
  /** The position or value became non-finite; step() does nothing from then on. */
  readonly diverged: boolean;
  /** The current point; meaningless once diverged. */
  point(): TrajectoryPoint;
  /** One optimizer step: the new point, or null if it is non-finite (the racer has diverged). */
  step(): TrajectoryPoint | null;
}

export function createRacer(
  surface: Surface,
  optimizer: OptimizerSpec,
  start: readonly [number, number],
  noise: GradientNoise = { std: 0, seed: 0 },
): Racer {
  const rule = OPTIMIZERS[optimizer.name];
  const position = Float64Array.from(start);
  const grad = new Float64Array(2);
  const state = rule.init(2, 'float64');
  // Every racer draws the same sequence: the comparison stays fair under noise.
  const rng = noise.std > 0 ? Rng.stream(noise.seed, 'gradient-noise') : null;
  let steps = 0;

  const point = (): TrajectoryPoint => [
    position[0],
    position[1],
    surface.f(position[0], position[1]),
  ];
  const finite = (p: TrajectoryPoint) =>
    Number.isFinite(p[0]) && Number.isFinite(p[1]) && Number.isFinite(p[2]);

  // A start whose value already overflows is diverged before any step.
  let diverged = !finite(point());

  return {
    optimizer,
    position,
    grad,
    state,
    get steps() {
      return steps;
    },
    get diverged() {
      return diverged;
    },
    point,
    step() {
      if (diverged) return null;
      surface.grad(position[0], position[1], grad);
      if (rng !== null) {
        grad[0] += noise.std * rng.normal();
        grad[1] += noise.std * rng.normal();
      }
      steps++;
      // The spec object carries `name` too; the rule reads only its own fields.
      rule.update(position, grad, state, optimizer, steps);
      const p = point();
      if (finite(p)) return p;
      diverged = true;
      return null;
    },
  };
}

// Each point's layout in a recorded run is the protocol's (the page reads it as it is).
export { RECORD, RECORD_STRIDE };

export interface RecordedRun {
  optimizer: OptimizerSpec;
  /** `count` points of RECORD_STRIDE numbers each, the start first. */
  data: Float64Array;
  count: number;
  /** The step after the last point was non-finite (the run ends there). */
  diverged: boolean;
}

/** Every optimizer of an already validated document, from the same start, to its budget. */
export function recordRace(spec: TrajectorySpec): RecordedRun[] {
  const surface = surfaceOf(spec);
  const noise = { std: spec.gradientNoise, seed: spec.seed };
  return spec.optimizers.map((optimizer) => {
    const racer = createRacer(surface, optimizer, spec.start, noise);
    const data = new Float64Array((spec.steps + 1) * RECORD_STRIDE);
    if (racer.diverged) return { optimizer, data: data.subarray(0, 0), count: 0, diverged: true };
    const { first, second } = OPTIMIZERS[optimizer.name].moments;
    const m1 = first === undefined ? null : racer.state[first];
    const m2 = second === undefined ? null : racer.state[second];
    let count = 0;
    /** Keeps point `p` (the racer's, f already computed) and the moments that reached it. */
    const keep = (p: TrajectoryPoint) => {
      const o = count++ * RECORD_STRIDE;
      data[o] = p[0];
      data[o + 1] = p[1];
      data[o + 2] = p[2];
      data[o + 5] = m1?.[0] ?? 0;
      data[o + 6] = m1?.[1] ?? 0;
      data[o + 7] = m2?.[0] ?? 0;
      data[o + 8] = m2?.[1] ?? 0;
    };
    keep(racer.point());
    let diverged = false;
    for (let t = 0; t < spec.steps; t++) {
      const p = racer.step();
      // The gradient this step used belongs to the point it left.
      const o = (count - 1) * RECORD_STRIDE;
      data[o + 3] = racer.grad[0];
      data[o + 4] = racer.grad[1];
      if (p === null) {
        diverged = true;
        break;
      }
      keep(p);
    }
    if (!diverged) {
      // The last point's gradient, never used by a step, for its arrow.
      const o = (count - 1) * RECORD_STRIDE;
      surface.grad(data[o], data[o + 1], racer.grad);
      data[o + 3] = racer.grad[0];
      data[o + 4] = racer.grad[1];
    }
    return { optimizer, data: data.subarray(0, count * RECORD_STRIDE), count, diverged };
  });
}

/** The `trajectory` command's result: each recorded run's points. */
export function runTrajectory(spec: TrajectorySpec): TrajectoryResult {
  const runs = recordRace(spec).map(({ optimizer, data, count, diverged }): TrajectoryRun => {
    const points = Array.from({ length: count }, (_, i): TrajectoryPoint => {
      const o = i * RECORD_STRIDE;
      return [data[o], data[o + 1], data[o + 2]];
    });
    // JSON cannot carry NaN or Infinity: a diverged run ends at its last finite point.
    return diverged ? { optimizer, points, diverged: true } : { optimizer, points };
  });
  return { surface: spec.surface, runs };
}
