// The optimizers a document may name: each row's English label (the page words it by the
// key `optimizer.<name>`), and every field it takes with PyTorch's torch.optim default.
// Exactly these fields are valid for that optimizer, in this order (the CLI prints them so).
// The update rules live in engine/optimizers, one file each, and read their defaults here,
// so a new optimizer is one engine file, one row here and one row there, and its label.
import type { Bounds } from '../check';

/** Every hyperparameter any optimizer takes, with the range where its rule means something. */
export const HYPERPARAMETERS = {
  lr: { kind: 'number', bounds: { gt: 0 } },
  momentum: { kind: 'number', bounds: { ge: 0, lt: 1 } },
  nesterov: { kind: 'boolean' },
  weightDecay: { kind: 'number', bounds: { ge: 0 } },
  eps: { kind: 'number', bounds: { gt: 0 } },
  rho: { kind: 'number', bounds: { ge: 0, le: 1 } },
  alpha: { kind: 'number', bounds: { ge: 0, le: 1 } },
  beta1: { kind: 'number', bounds: { ge: 0, lt: 1 } },
  beta2: { kind: 'number', bounds: { ge: 0, lt: 1 } },
  // NAdam's ψ: how fast the momentum schedule μₜ = β₁(1 − ½·0.96^(t·ψ)) approaches β₁.
  momentumDecay: { kind: 'number', bounds: { ge: 0 } },
} as const satisfies Record<string, { kind: 'number'; bounds: Bounds } | { kind: 'boolean' }>;
// Stricter than torch.optim's own checks (which accept lr 0, eps 0 or momentum ≥ 1), never looser.

export type HyperparameterField = keyof typeof HYPERPARAMETERS;

/** The values of every field: numbers, and Nesterov's flag. */
export type Hyperparameters = {
  [K in HyperparameterField]?: (typeof HYPERPARAMETERS)[K]['kind'] extends 'boolean'
    ? boolean
    : number;
};

export interface OptimizerEntry {
  /** English name for the page ("SGD with momentum"). */
  readonly label: string;
  /** Every field this optimizer takes, with its default; `lr` always. */
  readonly defaults: Readonly<Hyperparameters & { lr: number }>;
  /** A momentum method by name: momentum 0 would make it plain SGD, so it is refused. */
  readonly needsMomentum?: boolean;
  /**
   * The rate the coach suggests when a run's rate was far too large or too small: a power of
   * ten that trains the default spiral network with nothing found and its loss below
   * guessing's (tests/engine/coach/healthy.test.ts). Not a default: PyTorch's stays that.
   */
  readonly steadyLr: number;
}

// Defaults are torch.optim's documented ones; where PyTorch has none (the momentum rows'
// 0.9), the contract fixes the value everyone uses.
const ADAM = { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 };

export const OPTIMIZER_CATALOG = {
  sgd: {
    label: 'SGD',
    defaults: { lr: 0.01, momentum: 0, nesterov: false, weightDecay: 0 },
    steadyLr: 0.1,
  },
  momentum: {
    label: 'SGD with momentum',
    defaults: { lr: 0.01, momentum: 0.9, nesterov: false, weightDecay: 0 },
    needsMomentum: true,
    steadyLr: 0.01,
  },
  nesterov: {
    label: 'SGD with Nesterov momentum',
    defaults: { lr: 0.01, momentum: 0.9, nesterov: true, weightDecay: 0 },
    needsMomentum: true,
    steadyLr: 0.01,
  },
  adagrad: {
    label: 'Adagrad',
    // eps 1e-10 only guards the division before the first nonzero gradient.
    defaults: { lr: 0.01, eps: 1e-10, weightDecay: 0 },
    steadyLr: 0.1,
  },
  adadelta: {
    label: 'Adadelta',
    // lr 1 is the paper's form; eps sits inside both roots and sizes the first steps.
    defaults: { lr: 1.0, rho: 0.9, eps: 1e-6, weightDecay: 0 },
    steadyLr: 1,
  },
  rmsprop: {
    label: 'RMSprop',
    defaults: { lr: 0.01, alpha: 0.99, eps: 1e-8, momentum: 0, weightDecay: 0 },
    steadyLr: 0.01,
  },
  adam: { label: 'Adam', defaults: ADAM, steadyLr: 0.01 },
  // weightDecay 0.01 is AdamW's default (Adam's is 0): decoupled decay is meant to be on.
  adamw: { label: 'AdamW', defaults: { ...ADAM, weightDecay: 0.01 }, steadyLr: 0.01 },
  // lr 0.002 and momentumDecay 0.004 are torch.optim.NAdam's defaults (Dozat's paper).
  nadam: {
    label: 'NAdam',
    defaults: { ...ADAM, lr: 0.002, momentumDecay: 0.004 },
    steadyLr: 0.01,
  },
  radam: { label: 'RAdam', defaults: ADAM, steadyLr: 0.01 },
} as const satisfies Record<string, OptimizerEntry>;

export type OptimizerName = keyof typeof OPTIMIZER_CATALOG;

export const OPTIMIZER_NAMES = Object.keys(OPTIMIZER_CATALOG) as OptimizerName[];

/** The entry of `name`, typed for reading any field. */
export function optimizerEntry(name: OptimizerName): OptimizerEntry {
  return OPTIMIZER_CATALOG[name];
}

/** sgd, momentum, nesterov and rmsprop have a momentum field; the others none. */
export function hasMomentum(name: OptimizerName): boolean {
  return Object.hasOwn(OPTIMIZER_CATALOG[name].defaults, 'momentum');
}
