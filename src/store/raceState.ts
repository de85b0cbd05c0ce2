// The optimizer race's part of the store: its settings (saved between visits) and what the
// surface worker computed from them, plus where the animation is.
import type { SurfaceGrid } from '../spec/protocol/surface';
import type { RaceRun } from '../spec/protocol/surface';
import type { Message } from '../spec/message';
import { DEFAULT_PRESET } from './racePresets';
import { checkRace, type RaceSettings } from './raceSettings';
import { keep, type KeyValueStorage } from './storage';

export interface Arrows {
  /** −lr·∇f at each racer: the step plain SGD would take from there. */
  gradient: boolean;
  /** −lr·(first moment): where momentum is carrying the racer. */
  momentum: boolean;
  /** An ellipse of the per-coordinate step scale lr/(√(second moment) + ε). */
  second: boolean;
}

export interface RaceState {
  settings: RaceSettings;
  /** The preset the settings came from, until they are edited. */
  preset: string | null;
  /** Why the last edit was refused (a bad formula, a start where f overflows), as a message
   *  key for the page to word (raceRefusal); the settings are kept. */
  error: Message | null;
  /** Each racer's recorded run for the current settings (null until the worker answers). */
  runs: RaceRun[] | null;
  grid: SurfaceGrid | null;
  /** The step shown: trails are drawn up to here. Fractional while animating. */
  step: number;
  playing: boolean;
  /** Steps per second while playing. */
  speed: number;
  arrows: Arrows;
}

export const RACE_SPEEDS = [10, 30, 100, 300, 1000];

const STORAGE_KEY = 'descent.race';

/** The saved race if it still validates, else the first preset (and why, for a notice). */
export function initialRace(storage: KeyValueStorage | null): {
  race: RaceState;
  notice: Message | null;
} {
  const fresh = (settings: RaceSettings, preset: string | null): RaceState => ({
    settings,
    preset,
    error: null,
    runs: null,
    grid: null,
    step: 0,
    playing: false,
    speed: 30,
    arrows: { gradient: false, momentum: false, second: false },
  });
  const saved = storage?.getItem(STORAGE_KEY) ?? null;
  if (saved !== null) {
    try {
      return { race: fresh(readSettings(JSON.parse(saved)), null), notice: null };
    } catch (e) {
      return {
        race: fresh(structuredClone(DEFAULT_PRESET.settings), DEFAULT_PRESET.name),
        notice: { key: 'notice.raceRestoreFailed', vars: { message: (e as Error).message } },
      };
    }
  }
  return {
    race: fresh(structuredClone(DEFAULT_PRESET.settings), DEFAULT_PRESET.name),
    notice: null,
  };
}

/** Saved settings, rebuilt from what validation returns: nothing unchecked gets through. */
function readSettings(raw: Partial<RaceSettings>): RaceSettings {
  const spec = checkRace({ ...DEFAULT_PRESET.settings, ...raw });
  const range = (r: unknown) =>
    Array.isArray(r) && r.length === 2 && r.every(Number.isFinite) && r[0] < r[1];
  return {
    surface: spec.surface,
    expression:
      typeof raw.expression === 'string' ? raw.expression : DEFAULT_PRESET.settings.expression,
    window: range(raw.window?.x) && range(raw.window?.y) ? raw.window! : null,
    start: spec.start,
    steps: spec.steps,
    gradientNoise: spec.gradientNoise,
    seed: spec.seed,
    racers: spec.optimizers,
  };
}

export function saveRace(settings: RaceSettings): void {
  keep(STORAGE_KEY, JSON.stringify(settings));
}
