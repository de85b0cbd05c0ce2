// The search view's actions: build a search document from the playground's experiment and
// the ranges, validate it (the spec's rules, as `cli search`), sample its trials (the same
// seeded draws as the command) and run them in the worker pool; keep the best trial's
// trained network for the one evaluation on the held-out test part. A thousand trials must
// not cost the page more than ten: they are handed to the pool a few at a time as others
// end, and their updates are held and applied to the store together a few times a second
// (searchUpdates.ts).
import { searchTrials } from '../engine/searchTrials';
import { parseSearch, trialExperiment } from '../spec';
import { statusUpdate, type RunUpdate } from '../spec/protocol/runs';
import { isFinalStatus } from '../spec/protocol/runStatus';
import type { SearchSpec, TrialParams } from '../spec/types';
import { defaultPoolSize, type RunHandle } from '../worker/pool';
import { runPool } from './pool';
import {
  initialSearch,
  isRunning,
  LIST_PARAMETERS,
  searchDocument,
  type ListChoice,
  type ListParameter,
  type NumericParameter,
  type SearchChoices,
  type SearchState,
  type Trial,
} from './searchState';
import { applyUpdates, foldUpdate } from './searchUpdates';
import { editExperiment, setView } from './actions';
import { useStore } from './store';

const search = () => useStore.getState().search;

function setSearch(patch: Partial<SearchState>): void {
  useStore.setState((s) => ({ search: { ...s.search, ...patch } }));
}

export function editSearch(patch: Partial<SearchChoices>): void {
  setSearch({ choices: { ...search().choices, ...patch }, error: null });
}

/**
 * The trials' updates are applied at most this often: the eye reads a table of trials no
 * faster, and the page's cost then follows the clock, not the number of trials running.
 */
export const APPLY_MS = 200;

/**
 * Trials waiting in the pool beyond those running, for each worker. The rest wait here and
 * are handed over as trials end: building and checking a thousand trials' experiments at
 * once held the page for over 100 ms, and even in slices it kept the page busy through the
 * first second, while every worker waits on the page for its next trial.
 */
const AHEAD_PER_WORKER = 2;

/** The search under way: its runs in the pool, and what has come from them since the last apply. */
interface Under {
  spec: SearchSpec;
  params: TrialParams[];
  /** The runs handed to the pool so far, by trial (in order: the pool runs them in order). */
  handles: RunHandle[];
  /** Cancelled: nothing more is handed to the pool. */
  stopped: boolean;
  /** Each trial's updates since the last apply, folded into one (searchUpdates.ts). */
  held: Map<number, RunUpdate>;
  /** The pool's parallelism, for the time left. */
  workers: number;
  /** The trials that are over, as they ended (SearchPace.ended). */
  ended: { trial: number; at: number }[];
  /** The apply to come, once an update is held. */
  timer: ReturnType<typeof setTimeout> | null;
}

let under: Under | null = null;

/**
 * Starts the search the form describes. While one is under way this does nothing: Search is
 * off then, and a new search starts only after Cancel (a second click once restarted it,
 * silently dropping the trials done).
 */
export function runSearch(): void {
  if (isRunning(search())) return;
  let spec: SearchSpec;
  try {
    spec = parseSearch(searchDocument(search().choices, useStore.getState().experiment));
  } catch (e) {
    setSearch({ error: (e as Error).message });
    return;
  }
  const params = searchTrials(spec);
  const trials: Trial[] = params.map((p) => ({
    params: p,
    status: 'queued',
    summary: null,
    message: null,
  }));
  const workers = defaultPoolSize();
  setSearch({
    spec,
    trials,
    startedAt: performance.now(),
    finishedAt: null,
    error: null,
    best: null,
    test: null,
    testing: false,
    pace: { workers, ended: [] },
  });
  const current: Under = {
    spec,
    params,
    handles: [],
    stopped: false,
    held: new Map(),
    workers,
    ended: [],
    timer: null,
  };
  under = current;
  feed(current);
}

/** Hands trials to the pool until each worker has AHEAD_PER_WORKER waiting (or none are left). */
function feed(current: Under): void {
  const { spec, params, handles, ended, workers } = current;
  const wanted = workers * (1 + AHEAD_PER_WORKER);
  while (
    !current.stopped &&
    handles.length < params.length &&
    handles.length - ended.length < wanted
  ) {
    const k = handles.length;
    const request = {
      base: spec.experiment,
      experiment: trialExperiment(spec, params[k]),
      test: spec.test,
      statisticsMs: 0,
      keepParams: true,
    };
    handles.push(runPool().run(request, (update) => receive(current, k, update)));
  }
}

/**
 * Stops the trials not yet finished; the finished ones stay in the table, and those stopped
 * midway show the epochs they trained once their workers answer.
 */
export function cancelSearch(): void {
  const current = under;
  if (current === null || search().spec !== current.spec) return;
  current.stopped = true;
  for (const h of current.handles) h.cancel();
  // The trials not yet handed to the pool end here.
  for (let k = current.handles.length; k < current.params.length; k++) {
    receive(current, k, statusUpdate('cancelled'));
  }
  apply(current); // the trials cancelled before they started, at once
  if (search().finishedAt === null) setSearch({ finishedAt: performance.now() });
}

/** Holds a trial's update; the held ones are applied together within APPLY_MS. */
function receive(current: Under, k: number, update: RunUpdate): void {
  if (under !== current) return; // from a search that has been replaced or ended
  current.held.set(k, foldUpdate(current.held.get(k), update));
  // When a trial ended is when it ended, not when the page next applies the updates.
  if (isFinalStatus(update.status)) {
    current.ended.push({ trial: k, at: performance.now() });
    feed(current);
  }
  current.timer ??= setTimeout(() => apply(current), APPLY_MS);
}

/** The held updates into the store in one change, and the search's end once every trial is over. */
function apply(current: Under): void {
  if (current.timer !== null) clearTimeout(current.timer);
  current.timer = null;
  if (under !== current || current.held.size === 0) return;
  // The page was reset or the search replaced under it (a lesson opened, say).
  if (search().spec !== current.spec) return end(current);
  const patch: Partial<SearchState> = {
    ...applyUpdates(search(), current.held),
    pace: { workers: current.workers, ended: current.ended.slice() },
  };
  current.held = new Map();
  const over = current.ended.length >= current.params.length;
  if (over && search().finishedAt === null) patch.finishedAt = current.ended.at(-1)!.at;
  setSearch(patch);
  if (over) end(current);
}

function end(current: Under): void {
  if (current.timer !== null) clearTimeout(current.timer);
  if (under === current) under = null;
}

/** The best trial's network on the held-out test part: once per search. */
export async function evaluateBest(): Promise<void> {
  const { spec, best, test, testing } = search();
  if (spec === null || best === null || test !== null || testing) return;
  setSearch({ testing: true });
  try {
    const experiment = {
      ...trialExperiment(spec, search().trials[best.index].params),
      params: best.params,
    };
    const result = await runPool().evaluateTest({
      base: spec.experiment,
      experiment,
      test: spec.test,
    });
    if (search().spec === spec) setSearch({ test: result, testing: false });
  } catch (e) {
    if (search().spec === spec) setSearch({ error: (e as Error).message, testing: false });
  }
}

/** The playground takes the best trial's settings (its own epoch count stays). */
export function applyBest(): void {
  const { spec, best, trials } = search();
  if (spec === null || best === null) return;
  const chosen = trialExperiment(spec, trials[best.index].params);
  editExperiment((current) => ({
    ...chosen,
    training: { ...chosen.training, epochs: current.training.epochs },
  }));
  setView('playground');
}

/**
 * Each numeric range shrunk to half its width (in log units for log ranges) around the best
 * trial's value, within the old range: the next search looks closer.
 */
export function narrowRanges(): void {
  const { best, trials, choices } = search();
  if (best === null) return;
  const params = trials[best.index].params;
  const ranges = { ...choices.ranges };
  for (const name of Object.keys(ranges) as NumericParameter[]) {
    const r = ranges[name];
    const v = params[name];
    if (!r.enabled || v === undefined) continue;
    if (r.log) {
      const f = Math.pow(r.max / r.min, 0.25);
      ranges[name] = { ...r, min: Math.max(r.min, v / f), max: Math.min(r.max, v * f) };
    } else {
      const w = (r.max - r.min) / 4;
      ranges[name] = { ...r, min: Math.max(r.min, v - w), max: Math.min(r.max, v + w) };
    }
  }
  editSearch({ ranges });
}

/** A search document's ranges, trials and test part (a lesson's) in the form, ready to run. */
export function loadSearch(spec: SearchSpec): void {
  const c = initialSearch().choices;
  const ranges = { ...c.ranges };
  for (const name of Object.keys(ranges) as NumericParameter[]) {
    const r = spec.ranges[name];
    ranges[name] = r
      ? { enabled: true, min: r.min, max: r.max, log: r.scale === 'log' }
      : { ...ranges[name], enabled: false };
  }
  // The lists as the form has them (an integer min..max range is not one it can show).
  const lists = Object.fromEntries(
    LIST_PARAMETERS.map((name) => {
      const r = spec.ranges[name];
      const choice: ListChoice =
        r && 'values' in r
          ? { enabled: true, values: r.values.join(', ') }
          : { ...c[name], enabled: false };
      return [name, choice];
    }),
  ) as Record<ListParameter, ListChoice>;
  const optimizers = spec.ranges.optimizer;
  editSearch({
    ranges,
    ...lists,
    optimizer: optimizers
      ? { enabled: true, values: optimizers.values.map((o) => o.name) }
      : { ...c.optimizer, enabled: false },
    trials: spec.trials,
    epochs: spec.epochs,
    test: spec.test,
    seed: spec.seed,
  });
}
