// Why a value was refused, as data rather than words: a message key and its values, given
// beside the English message validation throws. The page words it in its own language beside
// the field ("Learning rate must be a positive number; you typed -1."), giving {field} the
// name it shows; the CLI keeps printing the English message.
//
// A number's rule is read off its bounds, the same ones check.ts's numberText() turns into
// English; an integer's off its least value and its limit:
//
//   num(v, p, { gt: 0 })         refusal.number.positive   a positive number
//   num(v, p, { ge: 0, lt: 1 })  refusal.number.geLt       at least 0 and less than 1
//   int(v, p, 1)                 refusal.integer           a whole number of at least 1
//   int(v, p, 1, 64)             refusal.integer.atMost    at most 64
//   int(v, p, 1, 150, dataSize('iris'))  refusal.integer.dataSize  at most 150, the size of Iris
//
// Rules between fields (a split of one sample, batch norm on batches of one, momentum that
// Nesterov needs) are given by the code that checks them, with the values their words need.
import type { Bounds } from './check';
import type { Message } from './message';

/** Every refusal the page words (its dictionaries have each key, a type checks it). */
export const REFUSAL_KEYS = [
  // A number outside its bounds (num).
  'refusal.number',
  'refusal.number.positive',
  'refusal.number.gt',
  'refusal.number.ge',
  'refusal.number.lt',
  'refusal.number.le',
  'refusal.number.gtLt',
  'refusal.number.gtLe',
  'refusal.number.geLt',
  'refusal.number.geLe',
  // An integer below its least value or past its limit (int), or outside a range.
  'refusal.integer',
  'refusal.integer.atMost',
  'refusal.integer.dataSize',
  'refusal.integer.classLimit',
  'refusal.integer.range',
  // Rules between fields.
  'refusal.validation.oneSample',
  'refusal.earlyStopping.validation',
  'refusal.batchSize.batchNorm',
  'refusal.batchSize.activations',
  'refusal.momentum.nesterov',
  'refusal.momentum.needed',
  'refusal.augment.imageOnly',
  'refusal.augment.flip',
] as const;

export type RefusalKey = (typeof REFUSAL_KEYS)[number];

/**
 * A refusal's key and values: {got} is the refused value as the English message shows it
 * ("-1", "Infinity", "\"0.1\""), {low}/{high} a number's bounds, {min}/{max} an integer's;
 * a rule between fields has the values its words need. The page adds {field}.
 */
export interface Refusal extends Message {
  key: RefusalKey;
  vars: Record<string, string | number>;
}

/**
 * Where an integer's limit comes from, for int(): the words its English message adds
 * ("the size of iris"), and the page's key and values for the same.
 */
export interface LimitReason {
  text: string;
  key: RefusalKey;
  vars: Record<string, string | number>;
}

/** A built-in data set has no more samples than its file: {data} is its name ("iris"). */
export function dataSize(name: string): LimitReason {
  return { text: `the size of ${name}`, key: 'refusal.integer.dataSize', vars: { data: name } };
}

/** Class indices stop below the most classes a data set may have. */
export const CLASS_LIMIT: LimitReason = {
  text: 'the class limit',
  key: 'refusal.integer.classLimit',
  vars: {},
};

/** The key of a number's rule: its lower bound's kind, then its upper bound's ("geLt"). */
function numberKey(b: Bounds): RefusalKey {
  const low = b.gt !== undefined ? 'gt' : b.ge !== undefined ? 'ge' : '';
  const high = b.lt !== undefined ? 'lt' : b.le !== undefined ? 'le' : '';
  if (low === 'gt' && b.gt === 0 && high === '') return 'refusal.number.positive';
  if (low === '' && high === '') return 'refusal.number';
  const rule = low === '' ? high : high === '' ? low : `${low}${high[0].toUpperCase()}${high[1]}`;
  return `refusal.number.${rule}` as RefusalKey;
}

/** Why `got` is not a finite number within `bounds`. */
export function numberRefusal(bounds: Bounds, got: string): Refusal {
  const key = numberKey(bounds);
  const vars: Refusal['vars'] = { got };
  // "A positive number" says its bound itself.
  if (key === 'refusal.number.positive') return { key, vars };
  const low = bounds.gt ?? bounds.ge;
  const high = bounds.lt ?? bounds.le;
  if (low !== undefined) vars.low = low;
  if (high !== undefined) vars.high = high;
  return { key, vars };
}

/** Why `got` is not an integer of at least `min`. */
export function integerRefusal(min: number, got: string): Refusal {
  return { key: 'refusal.integer', vars: { min, got } };
}

/** Why an integer is past its limit `max`, and where the limit comes from when known. */
export function limitRefusal(max: number, got: string, why?: LimitReason): Refusal {
  return { key: why?.key ?? 'refusal.integer.atMost', vars: { ...why?.vars, max, got } };
}

/** Why `got` is not an integer from `min` to `max` (a data set's number of classes). */
export function rangeRefusal(min: number, max: number, got: string): Refusal {
  return { key: 'refusal.integer.range', vars: { min, max, got } };
}
