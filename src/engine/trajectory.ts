// Optimizers racing down a 2-D surface. A Racer is one optimizer on one surface, stepped
// one point at a time: the loss-surface page drives racers frame by frame, and
// runTrajectory (the `trajectory` command) drives them to the end. One code path, in
// double precision, through the very same `update` the training loop uses.
import type { OptimizerSpec, TrajectorySpec } from '../spec/types';
import { OPTIMIZERS } from './optimizers';
import type { OptimizerState } from './optimizers/optimizer';
import type { Surface } from './surfaces';
import { SURFACES } from './surfaces';

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

export interface Racer {
  readonly optimizer: OptimizerSpec;
  /** [x, y], updated in place by the optimizer. */
  readonly position: Float64Array;
  /** The gradient the last step used (zeros before the first step). */
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
): Racer {
  const rule = OPTIMIZERS[optimizer.name];
  const position = Float64Array.from(start);
  const grad = new Float64Array(2);
  const state = rule.init(2, 'float64');
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

/** Runs every optimizer of an already validated spec from the same start. */
export function runTrajectory(spec: TrajectorySpec): TrajectoryResult {
  const surface = SURFACES[spec.surface];
  const runs = spec.optimizers.map((optimizer): TrajectoryRun => {
    const racer = createRacer(surface, optimizer, spec.start);
    if (racer.diverged) return { optimizer, points: [], diverged: true };
    const points = [racer.point()];
    for (let t = 0; t < spec.steps; t++) {
      const p = racer.step();
      // JSON cannot carry NaN or Infinity: the run ends at its last finite point.
      if (p === null) return { optimizer, points, diverged: true };
      points.push(p);
    }
    return { optimizer, points };
  });
  return { surface: spec.surface, runs };
}
