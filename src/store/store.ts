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
  DataSummary,
  EpochPoint,
  RunStatus,
  Snapshot,
  StepSize,
} from '../worker/protocol';
import { persist, startupExperiment } from './persistence';

export interface RunState {
  generation: number;
  status: RunStatus | 'loading';
  epoch: number;
  step: number;
  learningRate: number;
  stepsPerSecond: number;
  message: string | null;
}

export interface State {
  experiment: Experiment;
  /** Something the user should read: a link that failed, a change that reset the run. */
  notice: string | null;
  /** Why the last edit was refused (the experiment stays as it was). */
  editError: string | null;
  data: DataSummary | null;
  run: RunState;
  epochs: EpochPoint[];
  steps: [number, number][];
  layers: LayerStatistics[] | null;
  boundary: BoundaryGrid | null;
}

/** Step losses kept for the chart; older ones are thinned to half when it fills. */
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
  const { experiment, notice } = startupExperiment(location.hash, localStorage);
  return {
    experiment,
    notice,
    editError: null,
    data: null,
    run: initialRun(0),
    epochs: [],
    steps: [],
    layers: null,
    boundary: null,
  };
}

export const useStore = create<State>()(() => initialState());

let worker: TrainingWorker | null = null;

function trainingWorker(): TrainingWorker {
  worker ??= startTrainingWorker(receive);
  return worker;
}

function receive(s: Snapshot): void {
  const state = useStore.getState();
  if (s.generation !== state.run.generation) return; // from a run that was replaced
  let steps = state.steps.concat(s.steps);
  if (steps.length > STEP_HISTORY) steps = steps.filter((_, i) => i % 2 === 1);
  useStore.setState({
    run: {
      generation: s.generation,
      status: s.status,
      epoch: s.epoch,
      step: s.step,
      learningRate: s.learningRate,
      stepsPerSecond: s.stepsPerSecond,
      message: s.message,
    },
    epochs: s.epochs.length > 0 ? state.epochs.concat(s.epochs) : state.epochs,
    steps,
    layers: s.layers ?? state.layers,
    boundary: s.boundary ?? state.boundary,
  });
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
  });
  try {
    const data = await trainingWorker().load(useStore.getState().experiment, generation);
    if (useStore.getState().run.generation === generation) useStore.setState({ data });
  } catch (e) {
    useStore.setState({
      run: {
        ...initialRun(generation),
        status: 'idle',
        message: `The experiment could not be loaded: ${(e as Error).message}`,
      },
    });
  }
}

export function play(): void {
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
  void trainingWorker().step(size);
}

/**
 * Applies an edit to the experiment. The result is validated first: if it is refused, the
 * experiment stays as it was and `editError` says why. Optimizer hyperparameters (and the
 * L1/L2 penalties) change the running network at its next step; anything else resets the
 * run and says so.
 */
export function editExperiment(edit: (draft: Experiment) => unknown): void {
  const current = useStore.getState().experiment;
  const draft = structuredClone(current);
  const result = edit(draft);
  let next: Experiment;
  try {
    next = parseExperiment(result === undefined ? draft : result);
  } catch (e) {
    useStore.setState({ editError: (e as Error).message });
    return;
  }
  useStore.setState({ experiment: next, editError: null });
  persist(next);
  if (sameRun(current, next)) {
    const { name: _name, ...hyperparameters } = next.optimizer;
    void trainingWorker().setHyperparameters(hyperparameters);
  } else {
    useStore.setState({
      notice: 'The data or the network changed, so training restarted from new initial weights.',
    });
    void reset();
  }
}

/** True when only live-adjustable settings differ: the optimizer's numbers, for the same optimizer. */
function sameRun(a: Experiment, b: Experiment): boolean {
  const strip = (e: Experiment) => ({ ...e, optimizer: e.optimizer.name });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

export function dismissNotice(): void {
  useStore.setState({ notice: null });
}
