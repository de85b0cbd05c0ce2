// Each optimizer's rule written with the numbers of one weight in it: the gradient the run
// gives it, the state it had, the hyperparameters (the learning rate after the schedule).
// The results are the engine's (the state after, the weight after); what is computed here
// is only what the rule names on the way (g + λθ, m̂, v̂), to show how one gives the next.
import type { OptimizerName } from '../../spec/types';
import { factor, num } from './numbers';

export interface RuleNumbers {
  /** The gradient the optimizer is given (the minibatch's, with L1/L2 added). */
  g: number;
  before: number;
  after: number;
  /** The optimizer's state for this weight. */
  state: Record<string, { before: number; after: number }>;
  hp: Record<string, number | boolean>;
  /** The step (from 1). */
  t: number;
}

type Writer = (n: RuleNumbers) => string[] | null;

const n = (v: number | boolean | undefined) => (typeof v === 'number' ? v : 0);

/** g + λθ when the rule adds its weight decay to the gradient (λ = 0: g itself). */
function decayed({ g, before, hp }: RuleNumbers): { lines: string[]; g: number } {
  const lambda = n(hp.weightDecay);
  if (lambda === 0) return { lines: [], g };
  const value = g + lambda * before;
  return {
    lines: [`g′ = g + λθ = ${num(g)} + ${num(lambda)} × ${factor(before)} = ${num(value)}`],
    g: value,
  };
}

const sgd: Writer = (x) => {
  const { lines, g } = decayed(x);
  const name = lines.length > 0 ? 'g′' : 'g';
  const lr = n(x.hp.lr);
  const mu = n(x.hp.momentum);
  if (mu === 0) {
    return [
      ...lines,
      `θ ← θ − lr·${name} = ${num(x.before)} − ${num(lr)} × ${factor(g)} = ${num(x.after)}`,
    ];
  }
  const b = x.state.momentumBuffer;
  const step = x.hp.nesterov === true ? `(${name} + μ·b)` : 'b';
  return [
    ...lines,
    `b ← μ·b + ${name} = ${num(mu)} × ${factor(b.before)} + ${factor(g)} = ${num(b.after)}`,
    `θ ← θ − lr·${step} = ${num(x.before)} − ${num(lr)} × ${factor(x.hp.nesterov === true ? g + mu * b.after : b.after)} = ${num(x.after)}`,
  ];
};

function adam(decoupled: boolean): Writer {
  return (x) => {
    const { lines, g } = decoupled ? { lines: [], g: x.g } : decayed(x);
    const name = lines.length > 0 ? 'g′' : 'g';
    const [b1, b2, eps, lr] = [n(x.hp.beta1), n(x.hp.beta2), n(x.hp.eps), n(x.hp.lr)];
    const m = x.state.expAvg;
    const v = x.state.expAvgSq;
    const c1 = 1 - b1 ** x.t;
    const c2 = 1 - b2 ** x.t;
    const mHat = m.after / c1;
    const vHat = v.after / c2;
    const shrink = decoupled ? 1 - lr * n(x.hp.weightDecay) : 1;
    const theta = decoupled
      ? `θ ← θ·(1 − lr·λ) − lr·m̂/(√v̂ + ε) = ${num(x.before)} × ${num(shrink)} − ${num(lr)} × ${factor(mHat)} / (${num(Math.sqrt(vHat))} + ${num(eps)}) = ${num(x.after)}`
      : `θ ← θ − lr·m̂/(√v̂ + ε) = ${num(x.before)} − ${num(lr)} × ${factor(mHat)} / (${num(Math.sqrt(vHat))} + ${num(eps)}) = ${num(x.after)}`;
    return [
      ...lines,
      `m ← β₁·m + (1 − β₁)·${name} = ${num(b1)} × ${factor(m.before)} + ${num(1 - b1)} × ${factor(g)} = ${num(m.after)}`,
      `v ← β₂·v + (1 − β₂)·${name}² = ${num(b2)} × ${factor(v.before)} + ${num(1 - b2)} × ${factor(g)}² = ${num(v.after)}`,
      `m̂ = m / (1 − β₁ᵗ) = ${num(m.after)} / (1 − ${num(b1)}^${x.t}) = ${num(m.after)} / ${num(c1)} = ${num(mHat)}`,
      `v̂ = v / (1 − β₂ᵗ) = ${num(v.after)} / (1 − ${num(b2)}^${x.t}) = ${num(v.after)} / ${num(c2)} = ${num(vHat)}`,
      theta,
    ];
  };
}

const rmsprop: Writer = (x) => {
  if (n(x.hp.momentum) !== 0) return null;
  const { lines, g } = decayed(x);
  const name = lines.length > 0 ? 'g′' : 'g';
  const [alpha, eps, lr] = [n(x.hp.alpha), n(x.hp.eps), n(x.hp.lr)];
  const v = x.state.squareAvg;
  return [
    ...lines,
    `v ← α·v + (1 − α)·${name}² = ${num(alpha)} × ${factor(v.before)} + ${num(1 - alpha)} × ${factor(g)}² = ${num(v.after)}`,
    `θ ← θ − lr·${name}/(√v + ε) = ${num(x.before)} − ${num(lr)} × ${factor(g)} / (${num(Math.sqrt(v.after))} + ${num(eps)}) = ${num(x.after)}`,
  ];
};

/**
 * The rule written out, or null where it is not yet (the page then shows the state before
 * and after, and the weight's change).
 */
export const RULES: Record<OptimizerName, Writer> = {
  sgd,
  momentum: sgd,
  nesterov: sgd,
  adam: adam(false),
  adamw: adam(true),
  rmsprop,
  adagrad: () => null,
  adadelta: () => null,
  nadam: () => null,
  radam: () => null,
};
