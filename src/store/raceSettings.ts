// What the optimizer race shows: a surface, a start, a step budget and up to eight racers.
// The settings are a trajectory document plus what only the page needs (the formula kept
// while a built-in surface is shown, a view window); the document is what the worker and
// `cli trajectory` run, so the page and the command give the same points.
import { checkStart, surfaceOf } from '../engine/customSurface';
import { optimizerEntry } from '../spec/catalog/optimizers';
import { parseTrajectory, SpecError } from '../spec';
import type { Message } from '../spec/message';
import type { OptimizerName, OptimizerSpec, TrajectorySpec } from '../spec/types';
import type { SurfaceWindow } from '../spec/protocol/surface';
import { CUSTOM_SURFACE, SURFACE_CHOICES } from './catalog';

export interface RaceSettings {
  surface: string;
  /** The typed formula; kept while a built-in surface is shown, used when surface is custom. */
  expression: string;
  /** The plotted window; null for the surface's own. */
  window: SurfaceWindow | null;
  start: [number, number];
  steps: number;
  gradientNoise: number;
  seed: number;
  racers: OptimizerSpec[];
}

/** The trajectory document these settings describe (not yet validated). */
export function raceDocument(s: RaceSettings): TrajectorySpec {
  return {
    version: 1,
    kind: 'trajectory',
    surface: s.surface,
    ...(s.surface === CUSTOM_SURFACE ? { expression: s.expression } : {}),
    start: s.start,
    steps: s.steps,
    optimizers: s.racers,
    gradientNoise: s.gradientNoise,
    seed: s.seed,
  };
}

/** Validates the settings as the worker will; throws a SpecError naming the field. */
export function checkRace(s: RaceSettings): TrajectorySpec {
  const spec = parseTrajectory(raceDocument(s));
  checkStart(spec);
  return spec;
}

export function surfaceWindow(s: RaceSettings): SurfaceWindow {
  if (s.window !== null) return s.window;
  const view = SURFACE_CHOICES.find((c) => c.name === s.surface)?.view;
  return view ?? { x: [-4, 4], y: [-4, 4] };
}

/** Whether `point` lies in the window (edges included): a start outside it runs off the plot. */
export function inWindow([x, y]: [number, number], w: SurfaceWindow): boolean {
  return x >= w.x[0] && x <= w.x[1] && y >= w.y[0] && y <= w.y[1];
}

/**
 * Why `checkRace(s)` refused the settings, for the page to word. Validation speaks of the
 * document ("start [-2.4, 0] is too far out: custom is not finite there"), which is right
 * for the CLI but not for the page: a start where f is not finite gets words of its own, and
 * the message travels along as `message`. Anything else is validation's message as it is.
 */
export function raceRefusal(s: RaceSettings, error: unknown): Message {
  const message = error instanceof Error ? error.message : String(error);
  // A start refused with the surface accepted: the formula compiles, so f can be asked here.
  if (!(error instanceof SpecError && error.path === 'start' && s.start.length === 2)) {
    return { key: 'race.refused', vars: { message } };
  }
  const [x, y] = s.start;
  const f = surfaceOf(raceDocument(s)).f;
  if (Number.isFinite(f(x, y))) return { key: 'race.refused', vars: { message } };
  if (s.surface !== CUSTOM_SURFACE) {
    return { key: 'race.startNotFinite.builtIn', vars: { x, y, message } };
  }
  return nowhereFinite(f, surfaceWindow(s))
    ? { key: 'race.formulaNowhereFinite', vars: { formula: s.expression, message } }
    : { key: 'race.startNotFinite.custom', vars: { x, y, message } };
}

/** True when f is not finite at any point of a 21 × 21 grid over the window (1/0, sqrt(-1)). */
function nowhereFinite(f: (x: number, y: number) => number, w: SurfaceWindow): boolean {
  const at = (r: [number, number], i: number) => r[0] + ((r[1] - r[0]) * i) / 20;
  for (let i = 0; i <= 20; i++) {
    for (let j = 0; j <= 20; j++) if (Number.isFinite(f(at(w.x, i), at(w.y, j)))) return false;
  }
  return true;
}

/** An optimizer with its defaults, then `overrides`. */
export function racer(name: OptimizerName, overrides: Partial<OptimizerSpec> = {}): OptimizerSpec {
  return { name, ...optimizerEntry(name).defaults, ...overrides } as OptimizerSpec;
}
