// An optimizer block (`optimizer`, or one entry of a trajectory's `optimizers`). Its valid
// fields and their defaults are exactly the keys of OPTIMIZERS[name].defaults, so a new
// optimizer is one engine file and one table row; only a new *field* needs a rule here.
import type { HyperparameterField } from '../engine/optimizers/optimizer';
import { OPTIMIZERS } from '../engine/optimizers';
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
import type { OptimizerName, OptimizerSpec } from './types';

/**
 * The range of each hyperparameter: where the update rule means something. Stricter than
 * torch.optim's own checks (which accept lr 0, eps 0 or momentum ≥ 1), never looser.
 */
const FIELD_RULES: Record<HyperparameterField, (value: unknown, path: string) => number | boolean> =
  {
    lr: (v, p) => num(v, p, { gt: 0 }),
    momentum: (v, p) => num(v, p, { ge: 0, lt: 1 }),
    nesterov: (v, p) => bool(v, p),
    weightDecay: (v, p) => num(v, p, { ge: 0 }),
    eps: (v, p) => num(v, p, { gt: 0 }),
    rho: (v, p) => num(v, p, { ge: 0, le: 1 }),
    alpha: (v, p) => num(v, p, { ge: 0, le: 1 }),
    beta1: (v, p) => num(v, p, { ge: 0, lt: 1 }),
    beta2: (v, p) => num(v, p, { ge: 0, lt: 1 }),
  };

/** Rows that are momentum methods by name: momentum 0 would make them plain SGD. */
const NEEDS_MOMENTUM: readonly OptimizerName[] = ['momentum', 'nesterov'];

/**
 * A name ("adam") or an object ({ "name": "adam", "lr": 0.01 }). The result lists `name`
 * first, then every field of that optimizer in the order of its defaults (the CLI prints it).
 */
export function parseOptimizer(value: unknown, path: string): OptimizerSpec {
  const names = Object.keys(OPTIMIZERS) as OptimizerName[];
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
      fields: Object.keys(OPTIMIZERS[name].defaults),
      tag: 'name',
    });
  }
  const defaults = OPTIMIZERS[name].defaults;
  const spec: Record<string, unknown> = { name };
  for (const field of Object.keys(defaults) as HyperparameterField[]) {
    spec[field] = FIELD_RULES[field](valueOr(raw, field, defaults[field]), at(path, field));
  }
  const resolved = spec as unknown as OptimizerSpec;
  // PyTorch refuses Nesterov without momentum; the momentum rows are pointless without it.
  if ((resolved.nesterov === true || NEEDS_MOMENTUM.includes(name)) && resolved.momentum === 0) {
    const why =
      resolved.nesterov === true
        ? 'with nesterov true (PyTorch refuses Nesterov without momentum)'
        : `for ${name} (use sgd for plain gradient descent)`;
    fail(at(path, 'momentum'), `must be > 0 ${why}`);
  }
  return resolved;
}
