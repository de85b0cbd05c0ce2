// What the optimizer race shows: a surface, a start, a step budget and up to eight racers.
// The settings are a trajectory document plus what only the page needs (the formula kept
// while a built-in surface is shown, a view window); the document is what the worker and
// `cli trajectory` run, so the page and the command give the same points.
import { OPTIMIZERS } from '../engine/optimizers';
import { parseTrajectory } from '../spec';
import type { OptimizerName, OptimizerSpec, TrajectorySpec } from '../spec/types';
import type { SurfaceWindow } from '../worker/surfaceProtocol';
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
  return parseTrajectory(raceDocument(s));
}

export function surfaceWindow(s: RaceSettings): SurfaceWindow {
  if (s.window !== null) return s.window;
  const view = SURFACE_CHOICES.find((c) => c.name === s.surface)?.view;
  return view ?? { x: [-4, 4], y: [-4, 4] };
}

/** An optimizer with its defaults, then `overrides`. */
export function racer(name: OptimizerName, overrides: Partial<OptimizerSpec> = {}): OptimizerSpec {
  return { name, ...OPTIMIZERS[name].defaults, ...overrides } as OptimizerSpec;
}
