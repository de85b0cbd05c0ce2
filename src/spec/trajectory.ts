// The trajectory document (the contract's section 2): optimizers raced on a 2-D surface
// of the catalog, each resolved with its defaults as in an experiment. Extensions: a
// surface typed as a formula (`"surface": "custom"` with `expression`), and seeded
// gradient noise (`gradientNoise`, `seed`). Whether f is finite at the start needs the
// surface's math: the engine checks it before it races (engine/customSurface.ts checkStart).
import { CUSTOM_SURFACE, SURFACE_NAMES } from './catalog/surfaces';
import { ExpressionError, parseExpression } from './expression';
import { fail, get, int, item, list, num, oneOf, plural, record, reject, valueOr } from './check';
import { checkHeader } from './header';
import { LIMITS } from './limits';
import { parseOptimizer } from './optimizer';
import type { TrajectorySpec } from './types';

const FIELDS = [
  'version',
  'kind',
  'surface',
  'expression',
  'start',
  'steps',
  'optimizers',
  'gradientNoise',
  'seed',
];

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
  const { surface, expression } = parseSurface(get(raw, 'surface'), get(raw, 'expression'));
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
  return {
    version: 1,
    kind: 'trajectory',
    surface,
    ...(expression === undefined ? {} : { expression }),
    start: [x, y],
    steps: int(get(raw, 'steps'), 'steps', 1, LIMITS.steps),
    optimizers: optimizers.map((o, i) => parseOptimizer(o, item('optimizers', i))),
    gradientNoise: num(valueOr(raw, 'gradientNoise', 0), 'gradientNoise', {
      ge: 0,
      le: LIMITS.gradientNoise,
    }),
    seed: int(valueOr(raw, 'seed', 0), 'seed', 0, LIMITS.seed),
  };
}

/** A surface as a document names it: a built-in name, or 'custom' with its formula. */
export function parseSurface(
  name: unknown,
  expression: unknown,
): { surface: string; expression?: string } {
  const surface = oneOf(name, 'surface', [...SURFACE_NAMES, CUSTOM_SURFACE]);
  const formula = parseExpressionField(expression, surface);
  return formula === undefined ? { surface } : { surface, expression: formula };
}

/** The custom surface's formula, parsed here so a bad one is refused with its column. */
function parseExpressionField(value: unknown, surface: string): string | undefined {
  if (surface !== CUSTOM_SURFACE) {
    if (value !== undefined) fail('expression', `is only for "surface": "${CUSTOM_SURFACE}"`);
    return undefined;
  }
  if (typeof value !== 'string') reject('expression', 'a formula in x and y, as a string', value);
  try {
    parseExpression(value);
  } catch (e) {
    if (e instanceof ExpressionError) fail('expression', `is not a formula: ${e.message}`);
    throw e;
  }
  return value;
}
