// An optimizer block (`optimizer`, or one entry of a trajectory's `optimizers`). Its valid
// fields and their defaults are exactly those of its catalog row (catalog/optimizers.ts), and
// each field's range is the catalog's too: a new optimizer needs no rule here.
import {
  at,
  bool,
  fail,
  get,
  isRecord,
  num,
  oneOf,
  record,
  reject,
  valueOr,
  type Raw,
} from './check';
import {
  HYPERPARAMETERS,
  OPTIMIZER_NAMES,
  optimizerEntry,
  type HyperparameterField,
  type OptimizerName,
} from './catalog/optimizers';
import type { OptimizerSpec } from './types';

/** A field's value checked against its range in the catalog. */
function parseField(field: HyperparameterField, value: unknown, path: string): number | boolean {
  const rule = HYPERPARAMETERS[field];
  return rule.kind === 'boolean' ? bool(value, path) : num(value, path, rule.bounds);
}

/**
 * A name ("adam") or an object ({ "name": "adam", "lr": 0.01 }). The result lists `name`
 * first, then every field of that optimizer in the order of its defaults (the CLI prints it).
 */
export function parseOptimizer(value: unknown, path: string): OptimizerSpec {
  const names = OPTIMIZER_NAMES;
  let raw: Raw;
  let name: OptimizerName;
  if (typeof value === 'string') {
    name = oneOf(value, path, names);
    raw = {};
  } else {
    if (!isRecord(value)) {
      reject(path, `an optimizer name or an object { name, … } (${names.join(', ')})`, value);
    }
    name = oneOf(get(value, 'name'), at(path, 'name'), names);
    raw = record(value, path, {
      owner: name,
      fields: Object.keys(optimizerEntry(name).defaults),
      tag: 'name',
    });
  }
  const entry = optimizerEntry(name);
  const defaults = entry.defaults;
  const spec: Record<string, unknown> = { name };
  for (const field of Object.keys(defaults) as HyperparameterField[]) {
    spec[field] = parseField(field, valueOr(raw, field, defaults[field]), at(path, field));
  }
  const resolved = spec as unknown as OptimizerSpec;
  // PyTorch refuses Nesterov without momentum; the momentum rows are pointless without it.
  if ((resolved.nesterov === true || entry.needsMomentum === true) && resolved.momentum === 0) {
    const nesterov = resolved.nesterov === true;
    const why = nesterov
      ? 'with nesterov true (PyTorch refuses Nesterov without momentum)'
      : `for ${name} (use sgd for plain gradient descent)`;
    fail(at(path, 'momentum'), `must be > 0 ${why}`, {
      key: nesterov ? 'refusal.momentum.nesterov' : 'refusal.momentum.needed',
      vars: { got: resolved.momentum },
    });
  }
  return resolved;
}
