// Random search's draws (Bergstra & Bengio's random search): a number uniform in a range
// or in its logarithm, an integer, one of a list. What a trial draws, and in which order, is
// the document's; the draws themselves come from the engine's seeded stream
// (engine/searchTrials.ts: Rng.stream(seed, 'search'), whose log-uniform uses the engine's
// portable exp and log), so the same search samples the same trials in Node and in the browser.
import { hasMomentum } from './catalog/optimizers';
import type { NumberRange, SearchParameter, SearchSpec, SettingValues, TrialParams } from './types';

/** A source of random draws: the engine's Rng is one. */
export interface Draws {
  /** Uniform in [low, high). */
  uniform(low: number, high: number): number;
  /** exp of a uniform draw between log low and log high. */
  logUniform(low: number, high: number): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

/**
 * How each parameter is searched, in the order in which a trial draws its settings and in
 * which they are reported (fixed here rather than taken from the document, so the key order
 * of a file never changes the trials it samples; a range left out draws nothing, so a file
 * written before a parameter existed samples what it did).
 *
 * `scale` is a number range's default: rates and penalties span decades (1e-4 and 1e-2 are
 * both reasonable learning rates) and so do widths (8 and 512 units), so they are drawn
 * log-uniformly; momentum and dropout live in [0, 1), batch sizes and depths in a short
 * span. `integer`: the range gives integers, and it may be written as a choice too. A
 * parameter without a scale is a choice only.
 */
export const SEARCH_RANGES: Record<
  SearchParameter,
  { scale: 'linear' | 'log'; integer?: true } | { scale: null }
> = {
  lr: { scale: 'log' },
  weightDecay: { scale: 'log' },
  l2: { scale: 'log' },
  momentum: { scale: 'linear' },
  dropout: { scale: 'linear' },
  batchSize: { scale: 'linear', integer: true },
  optimizer: { scale: null },
  activation: { scale: null },
  initializer: { scale: null },
  hiddenLayers: { scale: 'linear', integer: true },
  units: { scale: 'log', integer: true },
  filters: { scale: 'log', integer: true },
};

/** The parameters in the order of SEARCH_RANGES. */
export const SEARCH_PARAMETERS = Object.keys(SEARCH_RANGES) as readonly SearchParameter[];

/** Whether a parameter's number range gives integers (and it may be written as a choice). */
export const isInteger = (name: SearchParameter): boolean => {
  const kind = SEARCH_RANGES[name];
  return kind.scale !== null && kind.integer === true;
};

/**
 * A number in [min, max]: uniform, or log-uniform (exp of a uniform draw between log min
 * and log max, so every decade is as likely as every other: 1e-4..1e-3 as 0.1..1).
 */
export function sampleNumber(rng: Draws, range: NumberRange): number {
  const { min, max } = range;
  const v = range.scale === 'log' ? rng.logUniform(min, max) : rng.uniform(min, max);
  // exp(log(max)) may round one ulp past max: the range is a promise.
  return Math.min(Math.max(v, min), max);
}

/**
 * An integer in [min, max], both included. Each integer k gets the share of [k, k + 1) in
 * [min, max + 1), measured linearly or in the logarithm (so 16..31 is as likely as 32..63).
 */
export function sampleInteger(rng: Draws, range: NumberRange): number {
  const v = sampleNumber(rng, { ...range, max: range.max + 1 });
  return Math.min(Math.floor(v), range.max);
}

/** One of `values`, each as likely. */
export function sampleChoice<T>(rng: Draws, values: readonly T[]): T {
  return values[rng.int(values.length)];
}

/**
 * One trial: a value for each range of the search, drawn in SEARCH_PARAMETERS order. Every
 * range is drawn in every trial, so the trials' other settings do not depend on which
 * optimizer was sampled; momentum is then left out when the trial's optimizer (sampled, or
 * the experiment's) has no momentum field.
 */
export function sampleTrial(search: SearchSpec, rng: Draws): TrialParams {
  const drawn: Partial<Record<SearchParameter, SettingValues[SearchParameter]>> = {};
  const r = search.ranges;
  for (const name of SEARCH_PARAMETERS) {
    const range = r[name];
    if (range === undefined) continue;
    if ('values' in range) {
      // A copy: the trial is the caller's to keep, the search's values are not.
      const value = sampleChoice<SettingValues[SearchParameter]>(rng, range.values);
      drawn[name] = typeof value === 'object' ? { ...value } : value;
    } else {
      drawn[name] = isInteger(name) ? sampleInteger(rng, range) : sampleNumber(rng, range);
    }
  }
  const trial = drawn as TrialParams;
  const optimizer = trial.optimizer?.name ?? search.experiment.optimizer.name;
  if (!hasMomentum(optimizer)) delete trial.momentum;
  return trial;
}

/** Every trial of the search, in order, from one stream of draws. */
export function sampleTrials(search: SearchSpec, rng: Draws): TrialParams[] {
  return Array.from({ length: search.trials }, () => sampleTrial(search, rng));
}
