// The page's one training worker, and how what it streams back reaches the store: snapshots
// folded together and applied a few times a second, landscape updates as they come, and
// anything from a run that has been replaced (an older generation) dropped.
import type { LandscapeUpdate, LoadProgress, Snapshot } from '../spec/protocol/training';
import { startTrainingWorker, type TrainingWorker } from '../worker/clients';
import { landscapeAfter } from './landscapeState';
import { runOf, useStore } from './store';

/** Step losses kept for the chart; when it fills, the whole history is thinned to half. */
const STEP_HISTORY = 4000;

let worker: TrainingWorker | null = null;

/** The page's one training worker, started on first use. */
export function trainingWorker(): TrainingWorker {
  worker ??= startTrainingWorker(receive, receiveLandscape, receiveLoading, died);
  return worker;
}

/**
 * The worker died (out of memory, say): the run it held is gone and the page says so. The
 * next reset starts a new worker (the experiment is kept in the store).
 */
function died(error: Error): void {
  worker = null;
  pending = [];
  const { run, landscape } = useStore.getState();
  const message = { key: 'run.workerCrashed', vars: { message: error.message } };
  useStore.setState({
    run: { ...run, status: 'failed', message },
    // A landscape it was computing will not finish either.
    landscape:
      landscape.status === 'computing' ? { ...landscape, status: 'failed', message } : landscape,
  });
}

/** Landscape updates come ~10 a second at most: applied as they arrive. */
function receiveLandscape(update: LandscapeUpdate): void {
  const state = useStore.getState();
  const landscape = landscapeAfter(state.landscape, state.run.generation, update);
  if (landscape !== null) useStore.setState({ landscape });
}

/** A data file arriving for the run being built: the data panel shows how much has come. */
function receiveLoading(progress: LoadProgress): void {
  const { run } = useStore.getState();
  if (progress.generation !== run.generation || run.status !== 'loading') return;
  useStore.setState({
    run: { ...run, download: { loaded: progress.loaded, total: progress.total } },
  });
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
