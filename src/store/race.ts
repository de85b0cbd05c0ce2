// The optimizer race's actions. Settings are validated here as the worker will validate
// them, so a refused edit is explained at once and the last good race stays on screen.
// The worker records every racer to the step budget in one go (a few milliseconds); the
// animation then only moves `step` forward, once per frame.
import type { TrajectorySpec } from '../spec/types';
import type { Message } from '../spec/message';
import { startSurfaceWorker, type SurfaceWorker } from '../worker/clients';
import { deathOf } from '../worker/guard';
import { SILENCE_MS } from '../worker/heartbeat';
import { CUSTOM_SURFACE } from './catalog';
import { DEFAULT_PRESET, RACE_PRESETS } from './racePresets';
import {
  checkRace,
  raceDocument,
  raceRefusal,
  surfaceWindow,
  type RaceSettings,
} from './raceSettings';
import { saveRace, type Arrows, type RaceState } from './raceState';
import { useStore } from './store';

/** Heatmap cells per axis. */
const GRID_RESOLUTION = 200;

let worker: SurfaceWorker | null = null;

function surfaceWorker(): SurfaceWorker {
  // A worker that died is replaced on the next call; the call that saw it die says why.
  worker ??= startSurfaceWorker(() => (worker = null));
  return worker;
}

function setRace(patch: Partial<RaceState>): void {
  useStore.setState((s) => ({ race: { ...s.race, ...patch } }));
}

const race = () => useStore.getState().race;

/**
 * Applies an edit to the race's settings; an edit that does not validate leaves them as
 * they were and says why. `restart` puts the animation back at the start (a new start
 * point); otherwise it stays at its step, and the trails redraw as the new settings run.
 * Returns whether the edit was applied (the formula field says so when it was not).
 */
export function editRace(edit: (draft: RaceSettings) => void, restart = false): boolean {
  const draft = structuredClone(race().settings);
  try {
    edit(draft);
    checkRace(draft);
  } catch (e) {
    setRace({ error: raceRefusal(draft, e) });
    return false;
  }
  setRace({ settings: draft, preset: null, error: null, ...(restart ? { step: 0 } : {}) });
  saveRace(draft);
  refresh();
  return true;
}

export function loadPreset(name: string): void {
  const preset = RACE_PRESETS.find((p) => p.name === name) ?? DEFAULT_PRESET;
  const settings = structuredClone(preset.settings);
  setRace({ settings, preset: preset.name, error: null, step: 0, playing: false });
  saveRace(settings);
  refresh();
}

/** Races a trajectory document (a lesson's): its surface, start, budget, noise and racers. */
export function loadTrajectory(spec: TrajectorySpec): void {
  const current = race().settings;
  const settings: RaceSettings = {
    surface: spec.surface,
    expression: spec.expression ?? current.expression,
    window: null,
    start: spec.start,
    steps: spec.steps,
    gradientNoise: spec.gradientNoise,
    seed: spec.seed,
    racers: spec.optimizers,
  };
  // Validation read the document; whether f is finite at its start needs the surface's math.
  try {
    checkRace(settings);
  } catch (e) {
    setRace({ error: raceRefusal(settings, e) });
    return;
  }
  setRace({ settings, preset: null, error: null, step: 0, playing: false });
  saveRace(settings);
  refresh();
}

/** Sets the shared start point (a click on the surface) and restarts the race there. */
export function setStart(x: number, y: number): void {
  editRace((s) => {
    s.start = [x, y];
  }, true);
}

export function dismissRaceError(): void {
  setRace({ error: null });
}

export function setArrows(arrows: Partial<Arrows>): void {
  setRace({ arrows: { ...race().arrows, ...arrows } });
}

export function setRaceSpeed(stepsPerSecond: number): void {
  setRace({ speed: stepsPerSecond });
}

/** The last step any racer reached (its budget, or where it diverged). */
export function lastStep(r: RaceState): number {
  if (r.runs === null) return 0;
  return Math.max(0, ...r.runs.map((run) => run.count - 1));
}

let frame: number | null = null;
let frameTime = 0;

export function playRace(): void {
  const r = race();
  if (r.runs === null) return;
  setRace({ playing: true, step: r.step >= lastStep(r) ? 0 : r.step });
  frameTime = performance.now();
  frame ??= requestAnimationFrame(tick);
}

function tick(now: number): void {
  frame = null;
  const r = race();
  if (!r.playing) return;
  const end = lastStep(r);
  const step = Math.min(end, r.step + (r.speed * (now - frameTime)) / 1000);
  frameTime = now;
  setRace({ step, playing: step < end });
  if (step < end) frame = requestAnimationFrame(tick);
}

export function pauseRace(): void {
  setRace({ playing: false, step: Math.floor(race().step) });
}

export function toggleRace(): void {
  if (race().playing) pauseRace();
  else playRace();
}

/** One step forward, paused. */
export function stepRace(): void {
  const r = race();
  setRace({ playing: false, step: Math.min(lastStep(r), Math.floor(r.step) + 1) });
}

/** Back to the start point, paused; after the worker died, the race computed again by a new one. */
export function resetRace(): void {
  setRace({ playing: false, step: 0 });
  if (worker === null) {
    setRace({ error: null });
    refresh();
  }
}

// Requests to the worker: one of each kind in flight; edits that arrive meanwhile are
// folded into one more request when it returns, so dragging a slider never queues work.
let racing = false,
  raceAgain = false,
  sampling = false,
  sampleAgain = false,
  sampledKey = '';

/** Recomputes what the current settings need: always the runs, the heatmap if it changed. */
export function refresh(): void {
  void requestRuns();
  void requestGrid();
}

/** The worker's refusal in its own words, or its death (it was stopped, and is replaced). */
function workerFailure(e: unknown): Message {
  const { message } = e as Error;
  const death = deathOf(e);
  if (death === 'silent') return { key: 'race.workerSilent', vars: { seconds: SILENCE_MS / 1000 } };
  if (death !== null) return { key: 'race.workerCrashed', vars: { message } };
  return { key: 'race.refused', vars: { message } };
}

async function requestRuns(): Promise<void> {
  if (racing) {
    raceAgain = true;
    return;
  }
  racing = true;
  try {
    do {
      raceAgain = false;
      try {
        const { runs } = await surfaceWorker().race(raceDocument(race().settings));
        setRace({ runs });
      } catch (e) {
        setRace({ error: workerFailure(e) });
      }
    } while (raceAgain);
  } finally {
    racing = false;
  }
}

async function requestGrid(): Promise<void> {
  const key = () => {
    const s = race().settings;
    return JSON.stringify([
      s.surface,
      s.surface === CUSTOM_SURFACE ? s.expression : '',
      surfaceWindow(s),
    ]);
  };
  if (key() === sampledKey && race().grid !== null) return;
  if (sampling) {
    sampleAgain = true;
    return;
  }
  sampling = true;
  try {
    do {
      sampleAgain = false;
      const wanted = key();
      const s = race().settings;
      try {
        const grid = await surfaceWorker().grid(
          s.surface === CUSTOM_SURFACE
            ? { surface: s.surface, expression: s.expression }
            : { surface: s.surface },
          surfaceWindow(s),
          GRID_RESOLUTION,
        );
        sampledKey = wanted;
        setRace({ grid });
      } catch (e) {
        setRace({ error: workerFailure(e) });
      }
    } while (sampleAgain && key() !== sampledKey);
  } finally {
    sampling = false;
  }
}
