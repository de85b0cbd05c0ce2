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

/** The rule's lines, or null where one is not written (the page then shows the state). */
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
  const { lines, g } = decayed(x);
  const name = lines.length > 0 ? 'g′' : 'g';
  const [alpha, eps, lr, mu] = [n(x.hp.alpha), n(x.hp.eps), n(x.hp.lr), n(x.hp.momentum)];
  const v = x.state.squareAvg;
  const scaled = g / (Math.sqrt(v.after) + eps);
  const average = `v ← α·v + (1 − α)·${name}² = ${num(alpha)} × ${factor(v.before)} + ${num(1 - alpha)} × ${factor(g)}² = ${num(v.after)}`;
  if (mu === 0) {
    return [
      ...lines,
      average,
      `θ ← θ − lr·${name}/(√v + ε) = ${num(x.before)} − ${num(lr)} × ${factor(g)} / (${num(Math.sqrt(v.after))} + ${num(eps)}) = ${num(x.after)}`,
    ];
  }
  const b = x.state.momentumBuffer;
  return [
    ...lines,
    average,
    `b ← μ·b + ${name}/(√v + ε) = ${num(mu)} × ${factor(b.before)} + ${factor(scaled)} = ${num(b.after)}`,
    `θ ← θ − lr·b = ${num(x.before)} − ${num(lr)} × ${factor(b.after)} = ${num(x.after)}`,
  ];
};

const adagrad: Writer = (x) => {
  const { lines, g } = decayed(x);
  const name = lines.length > 0 ? 'g′' : 'g';
  const [eps, lr] = [n(x.hp.eps), n(x.hp.lr)];
  const s = x.state.sum;
  return [
    ...lines,
    `s ← s + ${name}² = ${factor(s.before)} + ${factor(g)}² = ${num(s.after)}`,
    `θ ← θ − lr·${name}/(√s + ε) = ${num(x.before)} − ${num(lr)} × ${factor(g)} / (${num(Math.sqrt(s.after))} + ${num(eps)}) = ${num(x.after)}`,
  ];
};

const adadelta: Writer = (x) => {
  const { lines, g } = decayed(x);
  const name = lines.length > 0 ? 'g′' : 'g';
  const [rho, eps, lr] = [n(x.hp.rho), n(x.hp.eps), n(x.hp.lr)];
  const v = x.state.squareAvg;
  const u = x.state.accDelta;
  const delta = (Math.sqrt(u.before + eps) / Math.sqrt(v.after + eps)) * g;
  return [
    ...lines,
    `v ← ρ·v + (1 − ρ)·${name}² = ${num(rho)} × ${factor(v.before)} + ${num(1 - rho)} × ${factor(g)}² = ${num(v.after)}`,
    `Δ = √(u + ε)/√(v + ε)·${name} = ${num(Math.sqrt(u.before + eps))} / ${num(Math.sqrt(v.after + eps))} × ${factor(g)} = ${num(delta)}`,
    `u ← ρ·u + (1 − ρ)·Δ² = ${num(rho)} × ${factor(u.before)} + ${num(1 - rho)} × ${factor(delta)}² = ${num(u.after)}`,
    `θ ← θ − lr·Δ = ${num(x.before)} − ${num(lr)} × ${factor(delta)} = ${num(x.after)}`,
  ];
};

/** Both moments, as Adam and its relatives update them. */
function moments(x: RuleNumbers, g: number, name: string): string[] {
  const [b1, b2] = [n(x.hp.beta1), n(x.hp.beta2)];
  const m = x.state.expAvg;
  const v = x.state.expAvgSq;
  return [
    `m ← β₁·m + (1 − β₁)·${name} = ${num(b1)} × ${factor(m.before)} + ${num(1 - b1)} × ${factor(g)} = ${num(m.after)}`,
    `v ← β₂·v + (1 − β₂)·${name}² = ${num(b2)} × ${factor(v.before)} + ${num(1 - b2)} × ${factor(g)}² = ${num(v.after)}`,
  ];
}

const nadam: Writer = (x) => {
  const { lines, g } = decayed(x);
  const name = lines.length > 0 ? 'g′' : 'g';
  const [b1, b2, eps, lr, psi] = [
    n(x.hp.beta1),
    n(x.hp.beta2),
    n(x.hp.eps),
    n(x.hp.lr),
    n(x.hp.momentumDecay),
  ];
  const mu = (t: number) => b1 * (1 - 0.5 * 0.96 ** (t * psi));
  const [now, next] = [mu(x.t), mu(x.t + 1)];
  const product = x.state.muProduct.after;
  const d = Math.sqrt(x.state.expAvgSq.after / (1 - b2 ** x.t)) + eps;
  const [a, b] = [(lr * (1 - now)) / (1 - product), (lr * next) / (1 - product * next)];
  return [
    ...lines,
    ...moments(x, g, name),
    `μₜ = β₁·(1 − ½·0.96^(t·ψ)) = ${num(now)}, μₜ₊₁ = ${num(next)}, Πₜ = μ₁⋯μₜ = ${num(product)}`,
    `d = √(v/(1 − β₂ᵗ)) + ε = ${num(d)}`,
    `θ ← θ − lr·(1 − μₜ)/(1 − Πₜ)·${name}/d − lr·μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m/d = ${num(x.before)} − ${num(a)} × ${factor(g)} / ${num(d)} − ${num(b)} × ${factor(x.state.expAvg.after)} / ${num(d)} = ${num(x.after)}`,
  ];
};

const radam: Writer = (x) => {
  const { lines, g } = decayed(x);
  const name = lines.length > 0 ? 'g′' : 'g';
  const [b1, b2, eps, lr] = [n(x.hp.beta1), n(x.hp.beta2), n(x.hp.eps), n(x.hp.lr)];
  const b2t = b2 ** x.t;
  const mHat = x.state.expAvg.after / (1 - b1 ** x.t);
  const rhoInf = 2 / (1 - b2) - 1;
  const rho = rhoInf - (2 * x.t * b2t) / (1 - b2t);
  const head = [
    ...lines,
    ...moments(x, g, name),
    `m̂ = m / (1 − β₁ᵗ) = ${num(mHat)}`,
    `ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ) = ${num(rhoInf)} − ${num((2 * x.t * b2t) / (1 - b2t))} = ${num(rho)}`,
  ];
  if (rho <= 5) {
    return [
      ...head,
      // No adaptive step yet: bias-corrected momentum alone.
      `θ ← θ − lr·m̂ (ρₜ ≤ 5) = ${num(x.before)} − ${num(lr)} × ${factor(mHat)} = ${num(x.after)}`,
    ];
  }
  const r = Math.sqrt(((rho - 4) * (rho - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rho));
  const root = Math.sqrt(x.state.expAvgSq.after);
  return [
    ...head,
    `r = √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ)) = ${num(r)}`,
    `θ ← θ − lr·m̂·r·√(1 − β₂ᵗ)/(√v + ε) = ${num(x.before)} − ${num(lr)} × ${factor(mHat)} × ${num(r)} × ${num(Math.sqrt(1 - b2t))} / (${num(root)} + ${num(eps)}) = ${num(x.after)}`,
  ];
};

/** Each optimizer's rule written out with a weight's numbers. */
export const RULES: Record<OptimizerName, Writer> = {
  sgd,
  momentum: sgd,
  nesterov: sgd,
  adam: adam(false),
  adamw: adam(true),
  rmsprop,
  adagrad,
  adadelta,
  nadam,
  radam,
};
