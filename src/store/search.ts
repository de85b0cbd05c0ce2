// The search view's actions: build a search document from the playground's experiment and
// the ranges, validate it (the spec's rules, as `cli search`), sample its trials (the same
// seeded draws as the command) and run them in the worker pool; keep the best trial's
// trained network for the one evaluation on the held-out test part.
import { leads } from '../engine/runs';
import { searchTrials } from '../engine/searchTrials';
import { parseSearch, trialExperiment } from '../spec';
import type { RunUpdate } from '../spec/protocol/runs';
import type { SearchSpec } from '../spec/types';
import type { RunHandle } from '../worker/pool';
import { runPool } from './pool';
import {
  initialSearch,
  LIST_PARAMETERS,
  searchDocument,
  type ListChoice,
  type ListParameter,
  type NumericParameter,
  type SearchChoices,
  type SearchState,
  type Trial,
} from './searchState';
import { editExperiment, setView } from './actions';
import { useStore } from './store';

const search = () => useStore.getState().search;

function setSearch(patch: Partial<SearchState>): void {
  useStore.setState((s) => ({ search: { ...s.search, ...patch } }));
}

export function editSearch(patch: Partial<SearchChoices>): void {
  setSearch({ choices: { ...search().choices, ...patch }, error: null });
}

let handles: RunHandle[] = [];

export function runSearch(): void {
  let spec: SearchSpec;
  try {
    spec = parseSearch(searchDocument(search().choices, useStore.getState().experiment));
  } catch (e) {
    setSearch({ error: (e as Error).message });
    return;
  }
  cancelSearch();
  const params = searchTrials(spec);
  const trials: Trial[] = params.map((p) => ({
    params: p,
    status: 'queued',
    summary: null,
    message: null,
  }));
  setSearch({
    spec,
    trials,
    startedAt: performance.now(),
    finishedAt: null,
    error: null,
    best: null,
    test: null,
    testing: false,
  });
  const pool = runPool();
  handles = params.map((p, k) =>
    pool.run(
      {
        base: spec.experiment,
        experiment: trialExperiment(spec, p),
        test: spec.test,
        statisticsMs: 0,
        keepParams: true,
      },
      (update) => receive(spec, k, update),
    ),
  );
}

/** Stops the trials not yet finished; the finished ones stay in the table. */
export function cancelSearch(): void {
  for (const h of handles) h.cancel();
  handles = [];
  if (search().startedAt !== null && search().finishedAt === null) {
    setSearch({ finishedAt: performance.now() });
  }
}

function receive(spec: SearchSpec, k: number, update: RunUpdate): void {
  const state = search();
  if (state.spec !== spec) return; // from a search that has been replaced
  const trials = state.trials.slice();
  const trial = trials[k];
  trials[k] = {
    ...trial,
    status: update.status,
    summary: update.summary ?? trial.summary,
    message: update.message ?? trial.message,
  };
  const patch: Partial<SearchState> = { trials };
  // The best so far by its validation score; its trained weights are kept for the test.
  const summary = update.summary;
  if (summary !== null && update.params !== null && !summary.diverged) {
    const { best } = state;
    const incumbent = best === null ? null : (trials[best.index].summary?.best ?? null);
    if (leads(summary.best, k, incumbent, best?.index ?? Infinity)) {
      patch.best = { index: k, params: update.params };
    }
  }
  if (trials.every((t) => t.summary !== null || ['failed', 'cancelled'].includes(t.status))) {
    patch.finishedAt = performance.now();
  }
  setSearch(patch);
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
