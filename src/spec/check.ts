// A tiny path-aware toolkit for reading untrusted documents. Each helper takes a value and
// its path in the document ("model.layers[1].units"), and returns the value typed or throws
// a SpecError whose message starts with that path. Validation code then reads like the
// contract: `int(get(raw, 'units'), at(path, 'units'), 1, LIMITS.units)`.
import { SpecError } from './errors';
import {
  integerRefusal,
  limitRefusal,
  numberRefusal,
  type LimitReason,
  type Refusal,
} from './refusals';

/** A plain object from the document, not yet checked field by field. */
export type Raw = Record<string, unknown>;

/** The path of field `key` of the object at `path`: at('data', 'samples') = 'data.samples'. */
export function at(path: string, key: string): string {
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (path === '') return name;
  return name.startsWith('"') ? `${path}[${name}]` : `${path}.${name}`;
}

/** The path of element `index` of the array at `path`: item('params', 0) = 'params[0]'. */
export function item(path: string, index: number): string {
  return `${path}[${index}]`;
}

/**
 * Throws `<path> <problem>`; the whole document is called "the document". A `reason` lets
 * the page word the refusal in its own language (refusals.ts).
 */
export function fail(path: string, problem: string, reason?: Refusal): never {
  throw new SpecError(path, `${path === '' ? 'the document' : path} ${problem}`, reason);
}

/** A short description of a value for error messages: "0.1" for the string, 0.1 for the number. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  }
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value); // numbers (NaN and Infinity too), booleans
}

/**
 * "is required (…)" when the field is absent, "must be … (got …)" otherwise, with `reason`
 * (the rule, for the page to word) when a value was given.
 */
export function reject(path: string, expected: string, value: unknown, reason?: Refusal): never {
  if (value === undefined) fail(path, `is required (${expected})`);
  fail(path, `must be ${expected} (got ${describe(value)})`, reason);
}

/** The field's own value, or undefined when absent (never one inherited from Object.prototype). */
export function get(raw: Raw, key: string): unknown {
  return Object.hasOwn(raw, key) ? raw[key] : undefined;
}

/**
 * The field's value, or `fallback` when the field is absent. An explicit null is a value,
 * not an absence, so `"lr": null` is refused rather than silently defaulted.
 */
export function valueOr(raw: Raw, key: string, fallback: unknown): unknown {
  const value = get(raw, key);
  return value === undefined ? fallback : value;
}

export function isRecord(value: unknown): value is Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export interface RecordShape {
  /** Names the object in the message: "adam", "the model", "a batchnorm layer". */
  owner: string;
  /** The fields it may have, listed in the message. */
  fields: readonly string[];
  /** The field that chose this shape (type, name, kind): allowed, but not listed. */
  tag?: string;
  /** Fields allowed without being listed (checked by the caller). */
  tolerated?: readonly string[];
}

/**
 * An object holding only the fields of `shape`. An unknown field is refused with the list
 * of known ones: `optimizer.beta3 is not a field of adam (fields: lr, beta1, …)`.
 */
export function record(value: unknown, path: string, shape: RecordShape): Raw {
  if (!isRecord(value)) reject(path, 'an object', value);
  for (const key of Object.keys(value)) {
    if (key === shape.tag || shape.fields.includes(key) || shape.tolerated?.includes(key)) {
      continue;
    }
    const known =
      shape.fields.length > 0
        ? `fields: ${shape.fields.join(', ')}`
        : shape.tag !== undefined
          ? `its only field is ${shape.tag}`
          : 'it has no fields';
    fail(at(path, key), `is not a field of ${shape.owner} (${known})`);
  }
  return value;
}

/** Bounds of a number; `gt`/`lt` exclude the bound, `ge`/`le` include it. */
export interface Bounds {
  gt?: number;
  ge?: number;
  lt?: number;
  le?: number;
}

function within(v: number, b: Bounds): boolean {
  return (
    (b.gt === undefined || v > b.gt) &&
    (b.ge === undefined || v >= b.ge) &&
    (b.lt === undefined || v < b.lt) &&
    (b.le === undefined || v <= b.le)
  );
}

/** "a number in [0, 1)", "a finite number > 0", "a finite number". */
function numberText(b: Bounds): string {
  const low = b.gt ?? b.ge;
  const high = b.lt ?? b.le;
  if (low !== undefined && high !== undefined) {
    return `a number in ${b.gt === undefined ? '[' : '('}${low}, ${high}${b.lt === undefined ? ']' : ')'}`;
  }
  if (low !== undefined) return `a finite number ${b.gt === undefined ? '>=' : '>'} ${low}`;
  if (high !== undefined) return `a finite number ${b.lt === undefined ? '<=' : '<'} ${high}`;
  return 'a finite number';
}

/** A finite number within `bounds`. NaN, ±Infinity, "0.1" and null are all refused. */
export function num(value: unknown, path: string, bounds: Bounds = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !within(value, bounds)) {
    reject(path, numberText(bounds), value, numberRefusal(bounds, describe(value)));
  }
  return value;
}

function integerText(min: number): string {
  if (min === 1) return 'a positive integer';
  if (min === 0) return 'a non-negative integer';
  return `an integer >= ${min}`;
}

/**
 * An integer >= `min` and, when given, <= `max` (a limit; `why` may say where it comes
 * from: `data.samples must be at most 150, the size of iris (got 200)`). A LimitReason
 * (refusals.ts) gives the page those words too; plain English the page leaves out.
 */
export function int(
  value: unknown,
  path: string,
  min: number,
  max?: number,
  why?: string | LimitReason,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    reject(path, integerText(min), value, integerRefusal(min, describe(value)));
  }
  if (max !== undefined && value > max) {
    const [words, reason] = typeof why === 'string' ? [why, undefined] : [why?.text, why];
    fail(
      path,
      `must be at most ${max}${words === undefined ? '' : `, ${words}`} (got ${value})`,
      limitRefusal(max, String(value), reason),
    );
  }
  return value;
}

export function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') reject(path, 'true or false', value);
  return value;
}

/** One of `names` (a table's keys): `… "relu6" is unknown (one of: linear, relu, …)`. */
export function oneOf<T extends string>(value: unknown, path: string, names: readonly T[]): T {
  if (typeof value === 'string' && (names as readonly string[]).includes(value)) return value as T;
  const list = `one of: ${names.join(', ')}`;
  if (typeof value === 'string') fail(path, `${JSON.stringify(value)} is unknown (${list})`);
  reject(path, list, value);
}

export interface ListShape {
  min?: number;
  max?: number;
  /** What the entries are called in a limit message: "layers", "rows". */
  noun?: string;
}

/** An array of between `min` and `max` entries (not yet checked one by one). */
export function list(value: unknown, path: string, shape: ListShape = {}): unknown[] {
  if (!Array.isArray(value)) reject(path, 'an array', value);
  const noun = shape.noun ?? 'entries';
  if (shape.min !== undefined && value.length < shape.min) {
    fail(path, shape.min === 1 ? 'must not be empty' : `must have at least ${shape.min} ${noun}`);
  }
  if (shape.max !== undefined && value.length > shape.max) {
    fail(path, `has ${value.length} ${noun}; the limit is ${shape.max}`);
  }
  return value;
}

/**
 * A copy of an array of exactly `length` finite numbers that also fit in float32, the
 * engine's storage. `expectation` explains the length: "model.layers[0].units is 8".
 */
export function floats(
  value: unknown,
  path: string,
  length: number,
  expectation: string,
): number[] {
  const values = list(value, path);
  if (values.length !== length) {
    fail(path, `has ${plural(values.length, 'value')} but ${expectation}`);
  }
  return float32s(values, path);
}

/**
 * A copy of `values` checked by float32(). The check is inlined and the path built only
 * for a bad value: a 10-million-parameter `params` block passes through here.
 */
export function float32s(values: readonly unknown[], path: string): number[] {
  return values.map((v, i) =>
    typeof v === 'number' && Number.isFinite(Math.fround(v)) ? v : float32(v, item(path, i)),
  );
}

/** A finite number that fits in float32. */
export function float32(value: unknown, path: string): number {
  const v = num(value, path);
  // Math.fround rounds to the nearest float32: only what rounds past its largest is too large.
  if (!Number.isFinite(Math.fround(v))) fail(path, `is too large for float32 (got ${v})`);
  return v;
}

/** "1 feature", "3 features", "2 entries". */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
