// A search's trial updates held and applied together: each trial's latest status with the
// summary and message it sent on the way, and the best trial elected as if the updates had
// come one by one (a tie to the lower trial number, a diverged trial never).
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../src/spec';
import { statusUpdate, type RunSummary, type RunUpdate } from '../../src/spec/protocol/runs';
import type { SearchState, Trial } from '../../src/store/searchState';
import { applyUpdates, foldUpdate } from '../../src/store/searchUpdates';

const PARAMS = defaultExperiment().params ?? [];

function summary(value: number, diverged = false): RunSummary {
  return {
    epochs: 5,
    best: { metric: 'valAccuracy', value, epoch: 4 },
    final: null,
    diagnoses: [],
    diverged,
    seconds: 0.5,
  };
}

/** A trial's final update, with its trained parameters as a search asks. */
function finished(value: number, diverged = false): RunUpdate {
  return {
    ...statusUpdate(diverged ? 'diverged' : 'finished'),
    summary: summary(value, diverged),
    params: PARAMS,
  };
}

function queued(n: number): Pick<SearchState, 'trials' | 'best'> {
  const trial: Trial = { params: { lr: 0.1 }, status: 'queued', summary: null, message: null };
  return { trials: Array.from({ length: n }, () => trial), best: null };
}

describe('trial updates applied together', () => {
  it("folds a trial's updates into where it stands now", () => {
    const stopped = { key: 'run.stopped', vars: {} };
    let held = foldUpdate(undefined, statusUpdate('running'));
    held = foldUpdate(held, { ...finished(0.9), message: stopped });
    held = foldUpdate(held, statusUpdate('finished'));
    expect(held.status).toBe('finished');
    expect(held.summary?.best?.value).toBe(0.9);
    expect(held.message).toEqual(stopped);
    expect(held.params).toBe(PARAMS);
  });

  it('elects the best of a batch as one by one: ties to the lower number, never a diverged one', () => {
    const updates = new Map<number, RunUpdate>([
      [3, finished(0.8)],
      [1, finished(0.8)],
      [2, finished(0.99, true)],
      [0, statusUpdate('running')],
    ]);
    const state = queued(4);
    const next = applyUpdates(state, updates);
    expect(next.trials.map((t) => t.status)).toEqual([
      'running',
      'finished',
      'diverged',
      'finished',
    ]);
    expect(next.best?.index).toBe(1);
    expect(state.trials[1].status).toBe('queued'); // a new array: the store's stays as it was
    // A later batch takes the lead with a better score, or the same one and a lower number.
    const later = applyUpdates(next, new Map([[0, finished(0.8)]]));
    expect(later.best?.index).toBe(0);
    expect(applyUpdates(later, new Map([[3, finished(0.7)]])).best?.index).toBe(0);
  });
});
