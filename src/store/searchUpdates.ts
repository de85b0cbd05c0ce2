// A search's trial updates, held as they come and applied to the store together. A thousand
// trials of twenty epochs send tens of thousands of updates; applying each one on arrival
// copied the trials, told every subscriber of the store and left the page a little further
// behind with every trial. Held, the latest of each trial's is applied a few times a second.
import { leads } from '../engine/runs';
import type { RunUpdate } from '../spec/protocol/runs';
import type { SearchState } from './searchState';

/** One trial's updates since the last apply folded into one: what the trial now stands at. */
export function foldUpdate(held: RunUpdate | undefined, update: RunUpdate): RunUpdate {
  if (held === undefined) return update;
  return {
    ...update,
    summary: update.summary ?? held.summary,
    message: update.message ?? held.message,
    params: update.params ?? held.params,
  };
}

/**
 * The trials with the held updates (by trial index) applied, and the best of them so far by
 * its validation score, whose trained weights are kept for the test.
 */
export function applyUpdates(
  state: Pick<SearchState, 'trials' | 'best'>,
  updates: ReadonlyMap<number, RunUpdate>,
): Pick<SearchState, 'trials' | 'best'> {
  const trials = state.trials.slice();
  let best = state.best;
  for (const [k, update] of updates) {
    const trial = trials[k];
    trials[k] = {
      ...trial,
      status: update.status,
      summary: update.summary ?? trial.summary,
      message: update.message ?? trial.message,
    };
    const summary = update.summary;
    if (summary === null || update.params === null || summary.diverged) continue;
    const incumbent = best === null ? null : (trials[best.index].summary?.best ?? null);
    if (leads(summary.best, k, incumbent, best?.index ?? Infinity)) {
      best = { index: k, params: update.params };
    }
  }
  return { trials, best };
}
