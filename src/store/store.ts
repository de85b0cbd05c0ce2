// The store itself: what the page knows (State), what it knows on opening (initialState,
// from the saved experiment and settings), and the zustand hook that holds it. Components
// read it through `useStore` with a selector. What changes it lives beside: actions.ts (the
// user's actions), worker.ts (what the worker streams back), and one file of actions per view.
import { create } from 'zustand';
import type { Message } from '../spec/message';
import type { EditError } from './editError';
import type { RunStatus } from '../spec/protocol/runStatus';
import { DEFAULT_SPEED, type DataSummary, type Snapshot } from '../spec/protocol/training';
import type { Experiment } from '../spec/types';
import type { Hideable } from './classroomLink';
import { initialClassic, type ClassicState } from './classicState';
import { initialDimensions, type DimensionsState } from './dimensionsState';
import { initialKMeans, type KMeansState } from './kmeansState';
import { initialCompare, type CompareState } from './compareState';
import { initialGlass, type GlassState } from './glassState';
import { initialLandscape, type LandscapeState } from './landscapeState';
import { savedExperiment } from './persistence';
import { browserStorage } from './storage';
import { initialRace, type RaceState } from './raceState';
import { initialSearch, type SearchState } from './searchState';
import { HOME_VIEW, VIEWS, type View } from './views';

export type { View } from './views';
export const VIEW_KEY = 'descent.view';
export const LANGUAGE_KEY = 'descent.language';

/** Paces the run can play at, in optimizer steps per second (Infinity: as fast as it goes). */
export const SPEEDS: readonly { label: string; stepsPerSecond: number }[] = [
  { label: 'Slow', stepsPerSecond: 30 },
  { label: 'Normal', stepsPerSecond: DEFAULT_SPEED },
  { label: 'Fast', stepsPerSecond: 600 },
  { label: 'Very fast', stepsPerSecond: 3000 },
  { label: 'Fastest', stepsPerSecond: Infinity },
];

/** A snapshot's views; the rest of it is the run's progress. */
type Views = 'epochs' | 'steps' | 'layers' | 'boundary' | 'network' | 'confusion' | 'diagnoses';

/** What the run has shown so far: every epoch, the step losses, every finding of the coach,
 *  the latest of the rest. */
type RunViews = Pick<Snapshot, Views>;

/**
 * The run's progress as the last snapshot told it, and 'loading' while a run is built, with
 * how much of its data file has arrived while the worker fetches one (bytes; total 0 when
 * unknown). The first snapshot of the built run replaces it all.
 */
export type RunState = Omit<Snapshot, Views | 'status'> & {
  status: RunStatus | 'loading';
  download?: { loaded: number; total: number };
};

/** No run to drive: loading, failed to load, diverged, failed or finished. */
export function isStopped(status: RunState['status']): boolean {
  return status !== 'running' && status !== 'paused';
}

export function runOf(s: Snapshot): RunState {
  const { epochs, steps, layers, boundary, network, confusion, diagnoses, ...run } = s;
  return run;
}

export type { EditError };

export interface State extends RunViews {
  view: View;
  /** The lesson whose banner is shown (store/lessons.ts), or null. */
  lesson: string | null;
  /** The language the user chose (a code such as "ja"); null follows the browser. */
  language: string | null;
  experiment: Experiment;
  /** Optimizer steps per second while playing (Infinity: as fast as the machine allows). */
  speed: number;
  /** What the user should read, shown together: a link that failed, a change that reset the run. */
  notices: Message[];
  /** Why the last edit was refused (the experiment stays as it was); null if it was not. */
  editError: EditError | null;
  data: DataSummary | null;
  run: RunState;
  race: RaceState;
  landscape: LandscapeState;
  compare: CompareState;
  search: SearchState;
  /** The classic methods beside the network (store/classic.ts). */
  classic: ClassicState;
  /** k-means step by step, a random start against k-means++ (store/kmeans.ts). */
  kmeans: KMeansState;
  /** PCA to two dimensions and the curse of dimensionality (store/dimensions.ts). */
  dimensions: DimensionsState;
  /** The glass box: one training step opened up for one sample. */
  glass: GlassState;
  /** What the teacher's link hides from this page (store/classroom.ts); [] without one. */
  hidden: Hideable[];
  /** Presentation mode: large type, thick lines, high contrast (ui/classroom). */
  present: boolean;
  /** Answers the question a pasted link asks (linkQuestion.ts); null when none is asked. */
  linkQuestion: ((replace: boolean) => void) | null;
}

/** A run being built: no progress, nothing shown yet. */
export function freshRun(generation: number): { run: RunState } & RunViews {
  return {
    run: {
      generation,
      status: 'loading',
      epoch: 0,
      step: 0,
      learningRate: 0,
      stepsPerSecond: 0,
      message: null,
    },
    epochs: [],
    steps: [],
    layers: null,
    boundary: null,
    network: null,
    confusion: null,
    diagnoses: [],
  };
}

function initialState(): State {
  // The link's experiment, if any, replaces this one before the page shows (classroom.ts).
  const storage = browserStorage();
  const { experiment, notice } = savedExperiment(storage);
  const race = initialRace(storage);
  return {
    view: VIEWS.find((v) => v.name === storage?.getItem(VIEW_KEY))?.name ?? HOME_VIEW,
    lesson: null,
    language: storage?.getItem(LANGUAGE_KEY) ?? null,
    experiment,
    notices: [notice, race.notice].filter((n) => n !== null),
    race: race.race,
    speed: DEFAULT_SPEED,
    editError: null,
    data: null,
    ...freshRun(0),
    landscape: initialLandscape(),
    compare: initialCompare(),
    search: initialSearch(),
    classic: initialClassic(),
    kmeans: initialKMeans(),
    dimensions: initialDimensions(),
    glass: initialGlass(),
    hidden: [],
    present: false,
    linkQuestion: null,
  };
}

export const useStore = create<State>()(() => initialState());
