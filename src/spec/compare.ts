// The compare document (extension): one experiment run several times, differing in one
// setting. Resolved, it holds the base experiment and every value resolved (an optimizer
// with all its fields, an initializer with its options); compareVariants turns it into the
// experiments to run, each validated as an experiment. The rules that read one setting's
// value are shared with the search document's choices.
import { ACTIVATION_NAMES } from './catalog/activations';
import { parseAugmentValue } from './augment';
import { settingLabel } from './settingLabel';
import { applySetting, MAX_HIDDEN_LAYERS, settingNeed } from './variants';
import { bool, fail, get, int, isRecord, item, list, num, oneOf, record, reject } from './check';
import { SpecError } from './errors';
import { parseExperiment, resolveExperiment } from './experiment';
import { checkHeader, VERSION } from './header';
import { LIMITS } from './limits';
import { parseInit } from './init';
import { parseLayers } from './model';
import { parseOptimizer } from './optimizer';
import type { CompareSpec, Experiment, SettingName, SettingValues, VaryName } from './types';

const FIELDS = ['version', 'kind', 'experiment', 'vary', 'values'];

export const VARY_NAMES: readonly VaryName[] = [
  'optimizer',
  'lr',
  'initializer',
  'activation',
  'batchSize',
  'batchNorm',
  'dropout',
  'weightDecay',
  'seed',
  'hiddenLayers',
  'units',
  'filters',
  'layers',
  'augment',
];

/** One run of a compare: its legend label and its experiment, validated. */
export interface Variant {
  label: string;
  experiment: Experiment;
}

/** Validates a compare document and returns it resolved; throws a SpecError naming the field. */
export function parseCompare(input: unknown): CompareSpec {
  return resolveCompare(input, 'a compare document was expected');
}

/** As parseCompare; `expectation` words a kind mismatch ("the command is compare"). */
export function resolveCompare(input: unknown, expectation: string): CompareSpec {
  const raw = record(checkHeader(input, 'compare', expectation), '', {
    owner: 'a compare file',
    fields: FIELDS,
  });
  const experiment = parseNestedExperiment(get(raw, 'experiment'), 'experiment');
  const vary = oneOf(get(raw, 'vary'), 'vary', VARY_NAMES);
  const need = settingNeed(experiment, vary);
  if (need !== null) fail('vary', `"${vary}" needs ${need} in the experiment`);
  const entries = list(get(raw, 'values'), 'values', {
    min: 1,
    max: LIMITS.compareValues,
    noun: 'values',
  });
  const values = distinct(
    entries.map((v, i) => SETTINGS[vary](v, item('values', i))),
    'values',
  );
  const spec = { version: 1, kind: 'compare', experiment, vary, values } as CompareSpec;
  compareVariants(spec); // every variant must be a valid experiment, and a different one
  return spec;
}

/**
 * The experiments a compare runs, in the order of its values, each the base experiment
 * with the one setting changed and validated as an experiment. All of them are to train on
 * the data prepared from the base experiment (engine/prepare.ts), so that a seed variant
 * changes the initial weights, the shuffling and dropout, but not the data.
 */
export function compareVariants(spec: CompareSpec): Variant[] {
  const { vary, values } = spec as { vary: VaryName; values: SettingValues[VaryName][] };
  const seen: string[] = [];
  return values.map((value, i) => {
    const path = item('values', i);
    const label = settingLabel(vary, value);
    let experiment: Experiment;
    try {
      experiment = parseExperiment(applySetting(spec.experiment, vary, value));
    } catch (e) {
      if (e instanceof SpecError)
        fail(path, `(${label}) gives an invalid experiment: ${e.message}`);
      throw e;
    }
    // The data is the base's whatever the variant: leave it out of the comparison.
    const key = JSON.stringify({ ...experiment, data: null });
    const same = seen.indexOf(key);
    if (same >= 0) fail(path, `(${label}) gives the same experiment as ${item('values', same)}`);
    seen.push(key);
    return { label, experiment };
  });
}

/** How each setting's value is read, in a compare's `values` or a search's `values`. */
export const SETTINGS: {
  [K in SettingName]: (value: unknown, path: string) => SettingValues[K];
} = {
  optimizer: parseOptimizer,
  lr: (v, p) => num(v, p, { gt: 0 }),
  weightDecay: (v, p) => num(v, p, { ge: 0 }),
  momentum: (v, p) => num(v, p, { ge: 0, lt: 1 }),
  l2: (v, p) => num(v, p, { ge: 0 }),
  initializer: parseInit,
  activation: (v, p) => oneOf(v, p, ACTIVATION_NAMES),
  batchSize: (v, p) => int(v, p, 1, LIMITS.batchSize),
  batchNorm: bool,
  dropout: (v, p) => num(v, p, { ge: 0, lt: 1 }),
  seed: (v, p) => int(v, p, 0, LIMITS.seed),
  hiddenLayers: (v, p) => int(v, p, 0, MAX_HIDDEN_LAYERS),
  units: (v, p) => int(v, p, 1, LIMITS.units),
  filters: (v, p) => int(v, p, 1, LIMITS.filters),
  // Each layer read by its row; whether the network fits the data is the variant's check.
  layers: parseLayers,
  // Each field checked alone; whether it suits the inputs (an image) is the variant's check.
  augment: parseAugmentValue,
};

/** The values, refused if one repeats an earlier one: `values[2] repeats values[0]`. */
export function distinct<T>(values: T[], path: string): T[] {
  const keys = values.map((v) => JSON.stringify(v));
  keys.forEach((key, i) => {
    const first = keys.indexOf(key);
    if (first < i) fail(item(path, i), `repeats ${item(path, first)}`);
  });
  return values;
}

/**
 * The `experiment` field: a train document, validated as one. Its `kind` may be left out
 * (or be "train"), and its `version` too (it is the outer document's). Errors name the
 * field under `path`: `experiment.model.layers[0].units must be a positive integer`.
 */
export function parseNestedExperiment(value: unknown, path: string): Experiment {
  if (!isRecord(value)) reject(path, 'an experiment (a train document)', value);
  const document = get(value, 'version') === undefined ? { ...value, version: VERSION } : value;
  try {
    return resolveExperiment(document, 'it must be "train" (or left out)');
  } catch (e) {
    if (e instanceof SpecError) throw underPath(e, path);
    throw e;
  }
}

/** The same error with its path (and the message's first words) under `prefix`. */
function underPath(e: SpecError, prefix: string): SpecError {
  const subject = e.path === '' ? 'the document' : e.path;
  const path =
    e.path === ''
      ? prefix
      : e.path.startsWith('"')
        ? `${prefix}[${e.path}]`
        : `${prefix}.${e.path}`;
  const rest = e.message.startsWith(subject) ? e.message.slice(subject.length) : `: ${e.message}`;
  return new SpecError(path, `${path}${rest}`);
}
