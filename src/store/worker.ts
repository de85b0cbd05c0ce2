// The page's one training worker, and how what it streams back reaches the store: snapshots
// folded together and applied a few times a second, landscape updates as they come, and
// anything from a run that has been replaced (an older generation) dropped.
import type { Message } from '../spec/message';
import { isFinalStatus } from '../spec/protocol/runStatus';
import type { LandscapeUpdate, LoadProgress, Snapshot } from '../spec/protocol/training';
import { startTrainingWorker, type TrainingWorker } from '../worker/clients';
import { deathOf } from '../worker/guard';
import { SILENCE_MS } from '../worker/heartbeat';
import { landscapeAfter } from './landscapeState';
import { withoutRestartNotices } from './restartNotices';
import { runOf, useStore } from './store';

/**
 * Step losses and epochs kept for the charts; when one fills, it is thinned to half (every
 * other point, the newest kept), so a run of any length costs the page the same.
 */
const STEP_HISTORY = 4000;
const EPOCH_HISTORY = 2000;

let worker: TrainingWorker | null = null;

/** The page's one training worker, started on first use. */
export function trainingWorker(): TrainingWorker {
  if (worker !== null) return worker;
  // What a dead worker had already sent may still arrive: it must not overwrite the notice
  // of its death (a run it said was running, after it crashed), so its streams close with it.
  let alive = true;
  const whileAlive =
    <T>(take: (value: T) => void) =>
    (value: T) => {
      if (alive) take(value);
    };
  worker = startTrainingWorker(
    whileAlive(receive),
    whileAlive(receiveLandscape),
    whileAlive(receiveLoading),
    (error) => {
      alive = false;
      died(error);
    },
  );
  return worker;
}

/**
 * The worker died (it threw, ran out of memory, or stopped answering) and the bridge has
 * stopped it: the run it held is gone and the page says so. Reset starts a new worker (the
 * experiment is kept in the store).
 */
function died(error: Error): void {
  worker = null;
  pending = [];
  const { run, landscape } = useStore.getState();
  const message: Message =
    deathOf(error) === 'silent'
      ? { key: 'run.workerSilent', vars: { seconds: SILENCE_MS / 1000 } }
      : { key: 'run.workerCrashed', vars: { message: error.message } };
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
  const steps = thinned(state.steps.concat(...batch.map((s) => s.steps)), STEP_HISTORY);
  const epochs = batch.flatMap((s) => s.epochs);
  const diagnoses = batch.flatMap((s) => s.diagnoses);
  const run = runOf(last);
  useStore.setState({
    run,
    epochs: epochs.length > 0 ? thinned(state.epochs.concat(epochs), EPOCH_HISTORY) : state.epochs,
    steps,
    boundary: latest(batch, (s) => s.boundary) ?? state.boundary,
    ...(diagnoses.length > 0 ? { diagnoses: state.diagnoses.concat(diagnoses) } : {}),
    // What was said about how this run started ("the optimizer changed, so training started
    // over") is old news once it has ended; its end has its own message.
    ...(run.status !== state.run.status && isFinalStatus(last.status)
      ? { notices: withoutRestartNotices(state.notices) }
      : {}),
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

/** `list`, halved (every other entry, counted back from the newest) until it fits in `cap`. */
function thinned<T>(list: T[], cap: number): T[] {
  while (list.length > cap) list = list.filter((_, i) => (list.length - 1 - i) % 2 === 0);
  return list;
}

/** The newest non-null value of `pick` among the snapshots. */
function latest<T>(batch: Snapshot[], pick: (s: Snapshot) => T | null): T | null {
  for (let i = batch.length - 1; i >= 0; i--) {
    const value = pick(batch[i]);
    if (value !== null) return value;
  }
  return null;
}
