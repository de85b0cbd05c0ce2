// The search view's part of the store: the ranges as the user set them (and the search
// document they describe, checked as the Search button checks it), and the trials as
// they finish, the best one's trained parameters, and the one test evaluation.
import { parseSearch, SpecError } from '../spec';
import type { Message } from '../spec/message';
import type { RunSummary, TestResult } from '../spec/protocol/runs';
import type { RunStatus } from '../spec/protocol/runStatus';
import type { Experiment, LayerParams, SearchSpec, TrialParams } from '../spec/types';
import { listEntries } from './compareState';
import type { SearchPace } from './searchPace';

/** A numeric range as the form holds it. */
export interface RangeChoice {
  enabled: boolean;
  min: number;
  max: number;
  log: boolean;
}

export type NumericParameter = 'lr' | 'weightDecay' | 'momentum' | 'dropout';

/** The settings the form searches by a list of integers to choose from. */
export const LIST_PARAMETERS = ['batchSize', 'hiddenLayers', 'units', 'filters'] as const;
export type ListParameter = (typeof LIST_PARAMETERS)[number];

/** Integers to choose from (comma-separated); unused when disabled. */
export interface ListChoice {
  enabled: boolean;
  values: string;
}

/** What the form holds: batch sizes, hidden layers, units and filters are lists. */
export interface SearchChoices extends Record<ListParameter, ListChoice> {
  ranges: Record<NumericParameter, RangeChoice>;
  /** Optimizers to choose from; unused when fewer than two are ticked or disabled. */
  optimizer: { enabled: boolean; values: string[] };
  trials: number;
  epochs: number;
  /** The held-out fraction for the one final test. */
  test: number;
  seed: number;
}

export interface Trial {
  params: TrialParams;
  status: RunStatus;
  summary: RunSummary | null;
  /** Why it failed, diverged or stopped early, as a message key for the page to word. */
  message: Message | null;
}

/** A finished trial's score where higher is better (a loss negated); null without one. */
export function goodness(t: Trial): number | null {
  const best = t.summary?.best;
  if (!best || t.summary?.diverged) return null;
  return best.metric === 'valAccuracy' ? best.value : -best.value;
}

export interface SearchState {
  choices: SearchChoices;
  /** The search under way or last run (null before the first). */
  spec: SearchSpec | null;
  trials: Trial[];
  startedAt: number | null;
  /** Set when the last trial ends (or the search is cancelled). */
  finishedAt: number | null;
  error: string | null;
  /** The best finished trial and its trained parameters, for the test and for "apply". */
  best: { index: number; params: LayerParams[] } | null;
  /** The test figures, once asked for: a test set is used once. */
  test: TestResult | null;
  testing: boolean;
  /** How fast the trials have been ending, for the time left (null before the first search). */
  pace: SearchPace | null;
}

/** A search is under way: started, and neither over nor cancelled. */
export function isRunning(s: Pick<SearchState, 'startedAt' | 'finishedAt'>): boolean {
  return s.startedAt !== null && s.finishedAt === null;
}

export function initialSearch(): SearchState {
  return {
    choices: {
      ranges: {
        lr: { enabled: true, min: 1e-4, max: 1, log: true },
        weightDecay: { enabled: true, min: 1e-6, max: 1e-2, log: true },
        momentum: { enabled: false, min: 0.5, max: 0.99, log: false },
        dropout: { enabled: false, min: 0, max: 0.5, log: false },
      },
      batchSize: { enabled: false, values: '16, 32, 64' },
      // As the compare's (compareState.ts).
      hiddenLayers: { enabled: false, values: '1, 2, 3' },
      units: { enabled: false, values: '8, 32, 128' },
      filters: { enabled: false, values: '4, 8, 16' },
      optimizer: { enabled: false, values: ['sgd', 'momentum', 'adam'] },
      trials: 20,
      epochs: 20,
      test: 0.2,
      seed: 1,
    },
    spec: null,
    trials: [],
    startedAt: null,
    finishedAt: null,
    error: null,
    best: null,
    test: null,
    testing: false,
    pace: null,
  };
}

/** The search document the form describes, around the playground's experiment. */
export function searchDocument(c: SearchChoices, experiment: Experiment): Record<string, unknown> {
  const ranges: Record<string, unknown> = {};
  for (const [name, r] of Object.entries(c.ranges)) {
    if (r.enabled) ranges[name] = { min: r.min, max: r.max, scale: r.log ? 'log' : 'linear' };
  }
  for (const name of LIST_PARAMETERS) {
    if (c[name].enabled) ranges[name] = { values: listEntries(c[name].values) };
  }
  if (c.optimizer.enabled) ranges.optimizer = { values: c.optimizer.values };
  return {
    version: 1,
    kind: 'search',
    experiment,
    trials: c.trials,
    epochs: c.epochs,
    seed: c.seed,
    test: c.test,
    ranges,
  };
}

/**
 * What is wrong with the form as it stands, by the Search button's own check (the first
 * problem, with the path of its field), or null when it would search. The page asks at every
 * change, so a bad value is named as soon as it is entered.
 */
export function searchProblem(c: SearchChoices, experiment: Experiment): SpecError | null {
  try {
    parseSearch(searchDocument(c, experiment));
    return null;
  } catch (e) {
    return e instanceof SpecError ? e : new SpecError('', (e as Error).message);
  }
}
