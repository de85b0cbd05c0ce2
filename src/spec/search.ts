// The search document (extension): random hyperparameter search over one experiment.
// `trials` sets of settings are drawn from `ranges` (./sampling.ts); each trains
// `epochs` epochs on the same data and is scored on the validation part; the best one is
// tested once on a `test` part held out from everything else (./split.ts counts it, engine/data/split.ts draws it).
import { initEntry } from './catalog/initializers';
import { hasMomentum, optimizerEntry } from './catalog/optimizers';
import { isInteger, SEARCH_PARAMETERS, SEARCH_RANGES } from './sampling';
import { testCount } from './split';
import { applySetting, applyTrial, settingNeed } from './variants';
import { at, fail, get, int, isRecord, item, list, num, oneOf, record, valueOr } from './check';
import { distinct, parseNestedExperiment, SETTINGS } from './compare';
import { checkHeader } from './header';
import { SpecError } from './errors';
import { parseExperiment } from './experiment';
import { LIMITS } from './limits';
import type {
  ChoiceRange,
  Experiment,
  InitSpec,
  NumberRange,
  OptimizerSpec,
  SearchParameter,
  SearchRanges,
  SearchSpec,
  TrialParams,
} from './types';

const FIELDS = ['version', 'kind', 'experiment', 'trials', 'epochs', 'seed', 'test', 'ranges'];

const SCALES = ['linear', 'log'] as const;

const DEFAULTS = Object.freeze({
  /** Any fixed seed reproduces; 0 as in a trajectory. */
  seed: 0,
  /** A fifth held out, as for validation: with the default validation 0.2 that is 64/16/20. */
  test: 0.2,
});

/** Validates a search document and returns it resolved; throws a SpecError naming the field. */
export function parseSearch(input: unknown): SearchSpec {
  return resolveSearch(input, 'a search document was expected');
}

/** As parseSearch; `expectation` words a kind mismatch ("the command is search"). */
export function resolveSearch(input: unknown, expectation: string): SearchSpec {
  const raw = record(checkHeader(input, 'search', expectation), '', {
    owner: 'a search file',
    fields: FIELDS,
  });
  const experiment = parseNestedExperiment(get(raw, 'experiment'), 'experiment');
  if (experiment.validation === 0) {
    fail('experiment.validation', 'must be > 0 for a search: each trial is scored on it');
  }
  const trials = int(get(raw, 'trials'), 'trials', 1, LIMITS.trials);
  // At least one: a trial that trains nothing has no score.
  const epochs = int(get(raw, 'epochs'), 'epochs', 1, LIMITS.epochs);
  const seed = int(valueOr(raw, 'seed', DEFAULTS.seed), 'seed', 0, LIMITS.seed);
  const test = num(valueOr(raw, 'test', DEFAULTS.test), 'test', { ge: 0, le: 0.5 });
  const data = experiment.data;
  const samples = 'x' in data ? data.x.length : data.samples;
  if (test > 0 && testCount(samples, test) === 0) {
    fail('test', `is ${test}, but ${samples} samples leave none to test on (write 0)`);
  }
  const ranges = parseRanges(get(raw, 'ranges'), 'ranges', experiment);
  const search: SearchSpec = {
    version: 1,
    kind: 'search',
    experiment,
    trials,
    epochs,
    seed,
    test,
    ranges,
  };
  checkTrials(search);
  return search;
}

/**
 * A trial's experiment: the search's experiment with the trial's settings (as a compare
 * variant would have them) and the search's epochs, validated.
 */
export function trialExperiment(search: SearchSpec, params: TrialParams): Experiment {
  const e = applyTrial(search.experiment, params);
  return parseExperiment({ ...e, training: { ...e.training, epochs: search.epochs } });
}

/**
 * A trial's settings as a document writes them, in SEARCH_PARAMETERS order: an optimizer or
 * initializer by its name alone when its other fields are the defaults.
 */
export function trialParamsDocument(params: TrialParams): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  for (const name of SEARCH_PARAMETERS) {
    const value = params[name];
    if (value === undefined) continue;
    if (name === 'optimizer') {
      const o = value as OptimizerSpec;
      doc[name] = byName(o, optimizerEntry(o.name).defaults);
    } else if (name === 'initializer') {
      const init = value as InitSpec;
      doc[name] = byName(init, initEntry(init.name).options);
    } else doc[name] = value;
  }
  return doc;
}

/** The name alone when every other field has its default value. */
function byName<T extends { name: string }>(value: T, defaults: object): string | T {
  const d = defaults as Record<string, unknown>;
  return Object.entries(value).every(([k, v]) => k === 'name' || v === d[k]) ? value.name : value;
}

function parseRanges(value: unknown, path: string, experiment: Experiment): SearchRanges {
  const raw = record(value, path, { owner: 'ranges', fields: SEARCH_PARAMETERS });
  const ranges: Record<string, NumberRange | ChoiceRange<unknown>> = {};
  for (const name of SEARCH_PARAMETERS) {
    const range = get(raw, name);
    if (range !== undefined) ranges[name] = parseRange(name, range, at(path, name));
  }
  if (Object.keys(ranges).length === 0) {
    fail(path, `must name at least one setting to search (${SEARCH_PARAMETERS.join(', ')})`);
  }
  const resolved = ranges as SearchRanges;
  // The widest network the search makes: a units range has hidden layers to set there.
  const depth = resolved.hiddenLayers;
  const widest =
    depth === undefined ? experiment : applySetting(experiment, 'hiddenLayers', largest(depth));
  for (const name of SEARCH_PARAMETERS) {
    const need = resolved[name] === undefined ? null : settingNeed(widest, name);
    if (need !== null) fail(at(path, name), `needs ${need} in the experiment`);
  }
  if (resolved.momentum !== undefined) {
    const names = resolved.optimizer?.values.map((o) => o.name) ?? [experiment.optimizer.name];
    if (!names.some(hasMomentum)) {
      const which = names.length === 1 ? `${names[0]} has` : `${names.join(', ')} have`;
      fail(
        at(path, 'momentum'),
        `has no effect: ${which} no momentum (sgd, momentum, nesterov and rmsprop have)`,
      );
    }
  }
  return resolved;
}

/** `{ "min": …, "max": …, "scale": … }` for numbers, `{ "values": […] }` for choices. */
function parseRange(
  name: SearchParameter,
  value: unknown,
  path: string,
): NumberRange | ChoiceRange<unknown> {
  const read = SETTINGS[name] as (value: unknown, path: string) => unknown;
  const kind = SEARCH_RANGES[name];
  const owner = `the ${name} range`;
  const integer = isInteger(name);
  const listed = integer && isRecord(value) && get(value, 'values') !== undefined;
  if (kind.scale === null || listed) {
    const raw = record(value, path, { owner, fields: ['values'] });
    const valuesPath = at(path, 'values');
    const values = list(get(raw, 'values'), valuesPath, {
      min: 1,
      max: LIMITS.choiceValues,
      noun: 'values',
    });
    return {
      values: distinct(
        values.map((v, i) => read(v, item(valuesPath, i))),
        valuesPath,
      ),
    };
  }
  const fields = integer ? ['min', 'max', 'scale', 'values'] : ['min', 'max', 'scale'];
  const raw = record(value, path, { owner, fields });
  // min and max follow the setting's own rule: lr > 0, momentum in [0, 1), …
  const min = read(get(raw, 'min'), at(path, 'min')) as number;
  const max = read(get(raw, 'max'), at(path, 'max')) as number;
  const scale = oneOf(valueOr(raw, 'scale', kind.scale), at(path, 'scale'), SCALES);
  if (max < min) fail(at(path, 'max'), `is ${max}, less than min (${min})`);
  if (scale === 'log' && min <= 0) {
    fail(at(path, 'min'), `must be > 0 for "scale": "log" (got ${min}; "linear" takes 0)`);
  }
  return { min, max, scale };
}

/** A number range's max, or a choice's largest value. */
function largest(range: NumberRange | ChoiceRange<number>): number {
  return 'values' in range ? Math.max(...range.values) : range.max;
}

/**
 * Every trial must be a valid experiment. The settings interact in few ways, so trials at
 * the edges of the ranges cover them: each setting alone at each end (a batch of 1 with
 * batch norm), each optimizer with the least momentum (momentum and nesterov need some),
 * and the widest network (the most hidden layers, units and filters, dropout layers
 * inserted, each activation) with the largest batch (the limits on parameters and on layer
 * outputs).
 */
function checkTrials(search: SearchSpec): void {
  const r = search.ranges;
  const edges = (name: SearchParameter): unknown[] => {
    const range = r[name];
    if (range === undefined) return [undefined];
    return 'values' in range ? range.values : [range.min, range.max];
  };
  const trials: Record<string, unknown>[] = SEARCH_PARAMETERS.flatMap((name) =>
    r[name] === undefined ? [] : edges(name).map((v) => ({ [name]: v })),
  );
  const most = (range: NumberRange | ChoiceRange<number> | undefined) => range && largest(range);
  for (const optimizer of edges('optimizer')) trials.push({ optimizer, momentum: r.momentum?.min });
  for (const activation of edges('activation')) {
    trials.push({
      activation,
      batchSize: most(r.batchSize),
      dropout: r.dropout?.max,
      hiddenLayers: most(r.hiddenLayers),
      units: most(r.units),
      filters: most(r.filters),
    });
  }
  for (const trial of trials) {
    const params = trial as TrialParams;
    try {
      trialExperiment(search, params);
    } catch (e) {
      if (!(e instanceof SpecError)) throw e;
      const shown = JSON.stringify(trialParamsDocument(params));
      fail('ranges', `allow a trial that is not a valid experiment, ${shown}: ${e.message}`);
    }
  }
}
