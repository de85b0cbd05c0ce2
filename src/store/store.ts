// The one store. State is read through hooks with selectors; actions are module-level
// functions that validate, talk to the worker and then setState. Snapshots from the worker
// arrive here, and one from a run that has been replaced (an older generation) is dropped.
import { create } from 'zustand';
import type { LayerStatistics } from '../engine/probe';
import { parseExperiment } from '../spec';
import type { Experiment } from '../spec/types';
import { startTrainingWorker, type TrainingWorker } from '../worker/client';
import type {
  BoundaryGrid,
  ConfusionSummary,
  DataSummary,
  EpochPoint,
  LandscapeUpdate,
  NetworkPicture,
  RunStatus,
  Snapshot,
  StepSize,
} from '../worker/protocol';
import { DEFAULT_SPEED } from '../worker/protocol';
import { fitModelToData } from './adapt';
import { initialLandscape, landscapeAfter, type LandscapeState } from './landscapeState';
import { setAsideStaleParams } from './loadedWeights';
import type { Notice } from './notice';
import { persist, savedExperiment } from './persistence';
import type { Hideable } from './classroomLink';
import { initialCompare, type CompareState } from './compareState';
import { initialRace, type RaceState } from './raceState';
import { initialSearch, type SearchState } from './searchState';

export type { Notice };

/** The page's views, one shown at a time. */
export type View = 'lessons' | 'playground' | 'race' | 'compare' | 'search';
const VIEWS: readonly View[] = ['lessons', 'playground', 'race', 'compare', 'search'];
const VIEW_KEY = 'descent.view';
const LANGUAGE_KEY = 'descent.language';

/** A snapshot's views; the rest of it is the run's progress. */
type Views = 'epochs' | 'steps' | 'layers' | 'boundary' | 'network' | 'confusion';

/** The run's progress as the last snapshot told it, and 'loading' while a run is built. */
export type RunState = Omit<Snapshot, Views | 'status'> & { status: RunStatus | 'loading' };

function runOf(s: Snapshot): RunState {
  const { epochs, steps, layers, boundary, network, confusion, ...run } = s;
  return run;
}

export interface State {
  view: View;
  /** The lesson whose banner is shown (store/lessons.ts), or null. */
  lesson: string | null;
  /** The language the user chose (a code such as "ja"); null follows the browser. */
  language: string | null;
  experiment: Experiment;
  /** Optimizer steps per second while playing (Infinity: as fast as the machine allows). */
  speed: number;
  /** What the user should read, shown together: a link that failed, a change that reset the run. */
  notices: Notice[];
  /** Why the last edit was refused (the experiment stays as it was). */
  editError: string | null;
  data: DataSummary | null;
  run: RunState;
  epochs: EpochPoint[];
  steps: [number, number][];
  layers: LayerStatistics[] | null;
  boundary: BoundaryGrid | null;
  network: NetworkPicture | null;
  confusion: ConfusionSummary | null;
  race: RaceState;
  landscape: LandscapeState;
  compare: CompareState;
  search: SearchState;
  /** What the teacher's link hides from this page (store/classroom.ts); [] without one. */
  hidden: Hideable[];
  /** Presentation mode: large type, thick lines, high contrast (ui/classroom). */
  present: boolean;
}

/** Step losses kept for the chart; when it fills, the whole history is thinned to half. */
const STEP_HISTORY = 4000;

function initialRun(generation: number): RunState {
  return {
    generation,
    status: 'loading',
    epoch: 0,
    step: 0,
    learningRate: 0,
    stepsPerSecond: 0,
    message: null,
  };
}

function initialState(): State {
  // The link's experiment, if any, replaces this one before the page shows (classroom.ts).
  const { experiment, notice } = savedExperiment(localStorage);
  const race = initialRace(localStorage);
  return {
    view: VIEWS.find((v) => v === localStorage.getItem(VIEW_KEY)) ?? 'playground',
    lesson: null,
    language: localStorage.getItem(LANGUAGE_KEY),
    experiment,
    notices: [notice, race.notice].filter((n) => n !== null),
    race: race.race,
    speed: DEFAULT_SPEED,
    editError: null,
    data: null,
    run: initialRun(0),
    epochs: [],
    steps: [],
    layers: null,
    boundary: null,
    network: null,
    confusion: null,
    landscape: initialLandscape(),
    compare: initialCompare(),
    search: initialSearch(),
    hidden: [],
    present: false,
  };
}

export const useStore = create<State>()(() => initialState());

let worker: TrainingWorker | null = null;

/** The page's one training worker, started on first use. */
export function trainingWorker(): TrainingWorker {
  worker ??= startTrainingWorker(receive, receiveLandscape);
  return worker;
}

/** Landscape updates come ~10 a second at most: applied as they arrive. */
function receiveLandscape(update: LandscapeUpdate): void {
  const state = useStore.getState();
  const landscape = landscapeAfter(state.landscape, state.run.generation, update);
  if (landscape !== null) useStore.setState({ landscape });
}

/**
 * Charts and histograms redraw when the store changes; the worker sends up to ~30
 * snapshots a second, more than the eye needs and enough to crowd the main thread. So
 * snapshots are folded together and applied at most ten times a second, and at once when
 * the run stops (a pause, a divergence) so the page never shows a stale state.
 */
const APPLY_MS = 100;
let pending: Snapshot[] = [];
let applyTimer: ReturnType<typeof setTimeout> | null = null;

function receive(s: Snapshot): void {
  if (s.generation !== useStore.getState().run.generation) return; // from a replaced run
  pending.push(s);
  if (s.status !== 'running') applyPending();
  else applyTimer ??= setTimeout(applyPending, APPLY_MS);
}

function applyPending(): void {
  if (applyTimer !== null) clearTimeout(applyTimer);
  applyTimer = null;
  const state = useStore.getState();
  const batch = pending.filter((s) => s.generation === state.run.generation);
  pending = [];
  const last = batch.at(-1);
  if (last === undefined) return;
  let steps = state.steps.concat(...batch.map((s) => s.steps));
  while (steps.length > STEP_HISTORY) steps = steps.filter((_, i) => i % 2 === 1);
  const epochs = batch.flatMap((s) => s.epochs);
  useStore.setState({
    run: runOf(last),
    epochs: epochs.length > 0 ? state.epochs.concat(epochs) : state.epochs,
    steps,
    boundary: latest(batch, (s) => s.boundary) ?? state.boundary,
  });
  // The heavier views (histograms, the network diagram, the confusion matrix) in a task of
  // their own, so that one frame never has to redraw everything at once.
  const layers = latest(batch, (s) => s.layers);
  const network = latest(batch, (s) => s.network);
  const confusion = latest(batch, (s) => s.confusion);
  if (layers === null && network === null && confusion === null) return;
  const generation = last.generation;
  setTimeout(() => {
    const now = useStore.getState();
    if (now.run.generation !== generation) return;
    useStore.setState({
      layers: layers ?? now.layers,
      network: network ?? now.network,
      confusion: confusion ?? now.confusion,
    });
  }, 0);
}

/** The newest non-null value of `pick` among the snapshots. */
function latest<T>(batch: Snapshot[], pick: (s: Snapshot) => T | null): T | null {
  for (let i = batch.length - 1; i >= 0; i--) {
    const value = pick(batch[i]);
    if (value !== null) return value;
  }
  return null;
}

/** Builds a fresh run of the current experiment: new initial weights, empty charts. */
export async function reset(): Promise<void> {
  const generation = useStore.getState().run.generation + 1;
  useStore.setState({
    run: initialRun(generation),
    epochs: [],
    steps: [],
    layers: null,
    boundary: null,
    network: null,
    confusion: null,
    // The worker drops the old network's landscape too; later ids stay unique.
    landscape: { ...initialLandscape(), id: useStore.getState().landscape.id },
  });
  try {
    const data = await trainingWorker().load(useStore.getState().experiment, generation);
    if (useStore.getState().run.generation === generation) useStore.setState({ data });
  } catch (e) {
    if (useStore.getState().run.generation !== generation) return; // a newer run replaced it
    useStore.setState({
      data: null,
      run: {
        ...initialRun(generation),
        status: 'idle',
        // Only the reason (English, from validation): the notice around it is translated.
        message: { key: 'run.reason', vars: { message: (e as Error).message } },
      },
    });
  }
}

/** No run to drive: loading, failed to load, diverged or finished. */
function stopped(): boolean {
  const status = useStore.getState().run.status;
  return (
    status === 'loading' || status === 'idle' || status === 'diverged' || status === 'finished'
  );
}

export function play(): void {
  if (stopped()) return;
  void trainingWorker().play();
}

export function pause(): void {
  void trainingWorker().pause();
}

export function togglePlay(): void {
  if (useStore.getState().run.status === 'running') pause();
  else play();
}

export function step(size: StepSize): void {
  if (stopped()) return;
  void trainingWorker().step(size);
}

/**
 * Applies an edit to the experiment. The result is validated first: if it is refused, the
 * experiment stays as it was and `editError` says why. The optimizer's numbers and the
 * training settings (batch size, epochs, schedule, penalties, early stopping) change the
 * running network from its next step; anything else starts a new run, and says so.
 * With `fitToData`, the network's ends then follow the data (see adapt.ts): for edits of
 * the data or of the loss. With `restart`, a new run starts whatever changed, and that
 * notice says why (a file was opened). Loaded weights (`params`) stay with their network
 * and are set aside when it changes (loadedWeights.ts).
 */
export function editExperiment(
  edit: (draft: Experiment) => unknown,
  { fitToData = false, restart }: { fitToData?: boolean; restart?: Notice } = {},
): void {
  const current = useStore.getState().experiment;
  const draft = structuredClone(current);
  const result = edit(draft);
  const adapted = fitToData
    ? fitModelToData(result === undefined ? draft : (result as Experiment))
    : null;
  const setAside = setAsideStaleParams(current, result === undefined ? draft : result);
  let next: Experiment;
  try {
    next = parseExperiment(result === undefined ? draft : result);
  } catch (e) {
    useStore.setState({ editError: (e as Error).message });
    return;
  }
  useStore.setState({ experiment: next, editError: null });
  void persist(next);
  void apply(current, next, [adapted, setAside], restart);
}

async function apply(
  current: Experiment,
  next: Experiment,
  said: (Notice | null)[],
  restart: Notice | undefined,
): Promise<void> {
  // Tagged with the run it was made for: during a load it cannot apply, and a new run starts.
  const generation = useStore.getState().run.generation;
  if (
    restart === undefined &&
    sameNetwork(current, next) &&
    (await trainingWorker().retune(next, generation))
  )
    return;
  const restarted: Notice = restart ?? {
    key: next.params === null ? 'notice.restarted' : 'notice.restartedFromLoaded',
  };
  useStore.setState({ notices: [...said.filter((n) => n !== null), restarted] });
  await reset();
}

/** True when the two differ at most in what a running network can take: see editExperiment. */
function sameNetwork(a: Experiment, b: Experiment): boolean {
  const strip = (e: Experiment) => ({ ...e, optimizer: e.optimizer.name, training: null });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

export function setSpeed(stepsPerSecond: number): void {
  useStore.setState({ speed: stepsPerSecond });
  void trainingWorker().setSpeed(stepsPerSecond);
}

export function dismissNotice(): void {
  useStore.setState({ notices: [] });
}

export function setView(view: View): void {
  if ((useStore.getState().hidden as string[]).includes(view)) return; // the teacher hid it
  useStore.setState({ view });
  try {
    localStorage.setItem(VIEW_KEY, view);
  } catch {
    // Not kept across visits, then; the page works the same.
  }
}

export function setLanguage(language: string): void {
  useStore.setState({ language });
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not kept across visits, then.
  }
}
