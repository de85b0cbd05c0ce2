// k-means' actions: a session in the classic-methods worker on the playground's training
// data, the random start and k-means++'s side by side, advanced one step at a time (Step),
// every PLAY_MS (Play) until both have converged, and started again (Reset, or a change of
// the data, k or seed). One call in flight at a time: Play asks for the next step only once
// the last one has answered, so a slow step never queues more behind it.
import { LIMITS } from '../spec/limits';
import { classicWorker } from './classicWorker';
import { classicFailure } from './classicFailure';
import { allConverged, clampK, kmeansK, kmeansKey, PLAY_MS, type KMeansState } from './kmeansState';
import { useStore } from './store';

const kmeans = () => useStore.getState().kmeans;

function setKMeans(patch: Partial<KMeansState>): void {
  useStore.setState((s) => ({ kmeans: { ...s.kmeans, ...patch } }));
}

/** The session the page should show: the playground's data with the k and seed in force. */
function wanted() {
  const s = useStore.getState();
  const k = kmeansK(s.kmeans.k, s.data);
  return {
    experiment: s.experiment,
    k,
    seed: s.kmeans.seed,
    key: kmeansKey(s.experiment, k, s.kmeans.seed),
  };
}

/**
 * Starts a session unless the one shown (or on its way) is for the data, k and seed in force
 * already. The section calls it when it opens and whenever one of those changes, so coming
 * back to the view finds the runs where they were left.
 */
export function showKMeans(): void {
  if (kmeans().key !== wanted().key) void startKMeans();
}

/** Reset: both runs from their start again (a new session), paused. */
export async function startKMeans(): Promise<void> {
  stopTimer();
  const { experiment, k, seed, key } = wanted();
  const session = kmeans().session + 1;
  // Other data: the old picture would be wrong, so none until the answer. The same data: the
  // old one stays the few milliseconds until then, rather than the section flickering.
  const fresh = key !== kmeans().key ? { data: null, runs: null } : {};
  setKMeans({ session, key, sessionK: k, ...fresh, busy: true, playing: false, error: null });
  try {
    const started = await classicWorker().kmeansStart({ experiment, k, seed });
    if (kmeans().session !== session) return; // a later start replaced this one
    setKMeans({ data: started.data, runs: started.runs, busy: false });
  } catch (e) {
    if (kmeans().session !== session) return;
    setKMeans({ runs: null, busy: false, error: classicFailure(e) });
  }
}

/** Step: one step of both runs, paused. */
export function stepKMeans(): Promise<void> {
  pauseKMeans();
  return step();
}

async function step(): Promise<void> {
  const { session, busy, runs } = kmeans();
  if (busy || runs === null || allConverged(runs)) return;
  setKMeans({ busy: true });
  try {
    const next = await classicWorker().kmeansStep();
    if (kmeans().session !== session) return; // a step of a session since replaced
    setKMeans({ runs: next, busy: false });
  } catch (e) {
    if (kmeans().session !== session) return;
    stopTimer();
    setKMeans({ busy: false, playing: false, error: classicFailure(e) });
  }
}

// Play's timer: one step per tick, the next tick set only when that step has answered.
let timer: ReturnType<typeof setTimeout> | null = null;

function stopTimer(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

/** Play: a step at once, then one every PLAY_MS until both runs have converged. */
export function playKMeans(): void {
  const { runs, error } = kmeans();
  if (runs === null || error !== null || allConverged(runs)) return;
  setKMeans({ playing: true });
  timer ??= setTimeout(tick, 0);
}

async function tick(): Promise<void> {
  timer = null;
  const s = useStore.getState();
  if (!s.kmeans.playing) return;
  // The view was left without the section saying so (it pauses as it closes): stop here.
  if (s.view !== 'classic') return pauseKMeans();
  await step();
  const after = kmeans();
  if (!after.playing) return; // paused, reset or failed meanwhile
  if (allConverged(after.runs)) return setKMeans({ playing: false });
  timer ??= setTimeout(tick, PLAY_MS);
}

export function pauseKMeans(): void {
  stopTimer();
  if (kmeans().playing) setKMeans({ playing: false });
}

export function toggleKMeans(): void {
  if (kmeans().playing) pauseKMeans();
  else playKMeans();
}

/** A typed k, kept within K_RANGE; the runs start again with it. */
export function setKMeansK(value: number): void {
  setKMeans({ k: clampK(value) });
  showKMeans();
}

/** A typed seed, a whole number from 0 as the experiment's; the runs start again with it. */
export function setKMeansSeed(value: number): void {
  const seed = Number.isFinite(value) ? Math.min(LIMITS.seed, Math.max(0, Math.round(value))) : 0;
  setKMeans({ seed });
  showKMeans();
}

/** k back to following the data, seed 1: a lesson opens the section as its text says. */
export function resetKMeansSettings(): void {
  setKMeans({ k: null, seed: 1 });
}
