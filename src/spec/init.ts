// An initializer as a layer names it: a name ("he_normal") or an object with its options
// ({ "name": "normal", "std": 0.01 }), every option of the catalog's row filled in.
import { INIT_NAMES, initEntry } from './catalog/initializers';
import { at, get, isRecord, num, oneOf, record, reject, valueOr, type Raw } from './check';
import { LIMITS } from './limits';
import type { InitName, InitSpec } from './types';

/** A name ("he_normal") or an object ({ "name": "normal", "std": 0.01 }), options filled in. */
export function parseInit(value: unknown, path: string): InitSpec {
  const names = INIT_NAMES;
  if (typeof value === 'string') return initSpec(oneOf(value, path, names), {}, path);
  if (!isRecord(value)) {
    reject(path, `an initializer name or an object { name, … } (${names.join(', ')})`, value);
  }
  const name = oneOf(get(value, 'name'), at(path, 'name'), names);
  const options = Object.keys(initEntry(name).options);
  return initSpec(name, record(value, path, { owner: name, fields: options, tag: 'name' }), path);
}

function initSpec(name: InitName, raw: Raw, path: string): InitSpec {
  const spec: InitSpec = { name };
  const options = initEntry(name).options;
  for (const key of Object.keys(options) as (keyof typeof options)[]) {
    spec[key] = num(valueOr(raw, key, options[key]), at(path, key), {
      gt: 0,
      le: LIMITS.initScale,
    });
  }
  return spec;
}
