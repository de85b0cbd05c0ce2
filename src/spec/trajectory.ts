// The trajectory document (the contract's section 2): optimizers raced on a 2-D surface
// from SURFACES, each resolved with its defaults as in an experiment.
import { SURFACES } from '../engine/surfaces';
import { fail, get, int, item, list, num, oneOf, plural, record } from './check';
import { checkHeader } from './header';
import { LIMITS } from './limits';
import { parseOptimizer } from './optimizer';
import type { TrajectorySpec } from './types';

const FIELDS = ['version', 'kind', 'surface', 'start', 'steps', 'optimizers'];

/**
 * Validates a trajectory document and returns it resolved. `kind` may be left out, as in
 * an experiment: whoever calls this already knows it reads a trajectory.
 */
export function parseTrajectory(input: unknown): TrajectorySpec {
  return resolveTrajectory(input, 'a trajectory document was expected');
}

/** As parseTrajectory; `expectation` words a kind mismatch ("the command is trajectory"). */
export function resolveTrajectory(input: unknown, expectation: string): TrajectorySpec {
  const raw = record(checkHeader(input, 'trajectory', expectation), '', {
    owner: 'a trajectory file',
    fields: FIELDS,
  });
  const surface = oneOf(get(raw, 'surface'), 'surface', Object.keys(SURFACES));
  const start = list(get(raw, 'start'), 'start');
  if (start.length !== 2) {
    fail('start', `must be two numbers [x, y] (got ${plural(start.length, 'value')})`);
  }
  const optimizers = list(get(raw, 'optimizers'), 'optimizers', {
    min: 1,
    max: LIMITS.trajectoryOptimizers,
    noun: 'optimizers',
  });
  const [x, y] = [num(start[0], item('start', 0)), num(start[1], item('start', 1))];
  // The output promises the start as the first point: a start where f overflows has none.
  if (!Number.isFinite(SURFACES[surface].f(x, y))) {
    fail('start', `[${x}, ${y}] is too far out: ${surface} is not finite there`);
  }
  return {
    version: 1,
    kind: 'trajectory',
    surface,
    start: [x, y],
    steps: int(get(raw, 'steps'), 'steps', 1, LIMITS.steps),
    optimizers: optimizers.map((o, i) => parseOptimizer(o, item('optimizers', i))),
  };
}
