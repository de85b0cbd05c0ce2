// Each optimizer's update rule as the engine runs it (engine/optimizers/*.ts, which follow
// torch.optim), written for one weight θ and its gradient g, with the panel's values bound
// in. One row per optimizer name: a name without a rule here does not compile.
//
// The rule shown is the one that runs with these values: a term whose coefficient is 0 is
// left out (weight decay 0, momentum 0), as the engine's loops leave it out, so setting
// "Weight decay" in the panel makes its line appear. The symbols are the panel's fields:
// lr, λ (weight decay), μ (momentum), ε, ρ, α, β₁, β₂, ψ (momentum decay); `lr` rather than
// η because the panel, PyTorch and the glass box all call it that.
import { optimizerEntry, type HyperparameterField } from '../../spec/catalog/optimizers';
import type { OptimizerName, OptimizerSpec } from '../../spec/types';
import { bind, formula, type Formula, type FormulaNote } from './formula';

const LR = String.raw`\mathrm{lr}`;

/** A numeric field of `hp`, or its optimizer's default (a partial spec from a test). */
function value(hp: OptimizerSpec, field: Exclude<HyperparameterField, 'nesterov'>): number {
  const own = hp[field];
  if (typeof own === 'number') return own;
  const fallback = optimizerEntry(hp.name).defaults[field];
  return typeof fallback === 'number' ? fallback : 0;
}

/** L2 weight decay as torch.optim adds it: to the gradient, before the rule (λ = 0: nothing). */
function l2(hp: OptimizerSpec): { lines: string[]; where: string[] } {
  const lambda = value(hp, 'weightDecay');
  if (lambda === 0) return { lines: [], where: [] };
  return {
    lines: [String.raw`g \leftarrow g + \lambda\,\theta`],
    where: [bind(String.raw`\lambda`, lambda)],
  };
}

const frac = (top: string, bottom: string) => String.raw`\dfrac{${top}}{${bottom}}`;

// The running means Adam, NAdam and RAdam share (m and v start at 0).
const FIRST = String.raw`m \leftarrow \beta_1\, m + (1 - \beta_1)\, g`;
const SECOND = String.raw`v \leftarrow \beta_2\, v + (1 - \beta_2)\, g^2`;
const M_HAT = String.raw`\hat m = ${frac('m', String.raw`1 - \beta_1^{\,t}`)}`;
const V_HAT = String.raw`\hat v = ${frac('v', String.raw`1 - \beta_2^{\,t}`)}`;

function adamWhere(hp: OptimizerSpec): string[] {
  return [
    bind(LR, hp.lr),
    bind(String.raw`\beta_1`, value(hp, 'beta1')),
    bind(String.raw`\beta_2`, value(hp, 'beta2')),
    bind(String.raw`\varepsilon`, value(hp, 'eps')),
  ];
}

const MOMENTS: FormulaNote = { key: 'formulas.note.moments' };

/** SGD, and momentum and Nesterov as its flags (engine/optimizers/sgd.ts, dampening 0). */
function sgd(hp: OptimizerSpec): Formula {
  const decay = l2(hp);
  const mu = value(hp, 'momentum');
  if (mu === 0) {
    return formula(
      [...decay.lines, String.raw`\theta \leftarrow \theta - ${LR}\, g`],
      [bind(LR, hp.lr), ...decay.where],
    );
  }
  const step = hp.nesterov === true ? String.raw`(g + \mu\, b)` : 'b';
  return formula(
    [
      ...decay.lines,
      String.raw`b \leftarrow \mu\, b + g`,
      String.raw`\theta \leftarrow \theta - ${LR}\, ${step}`,
    ],
    [bind(LR, hp.lr), bind(String.raw`\mu`, mu), ...decay.where],
    [{ key: hp.nesterov === true ? 'formulas.note.nesterov' : 'formulas.note.buffer' }],
  );
}

/** Adam, or AdamW with `decoupled`: the decay shrinks θ itself, before the step. */
function adam(decoupled: boolean) {
  return (hp: OptimizerSpec): Formula => {
    const lambda = value(hp, 'weightDecay');
    const decay = decoupled ? { lines: [], where: [] } : l2(hp);
    const step = String.raw`${LR}\, ${frac(String.raw`\hat m`, String.raw`\sqrt{\hat v} + \varepsilon`)}`;
    const theta =
      decoupled && lambda !== 0
        ? String.raw`\theta \leftarrow (1 - ${LR}\,\lambda)\, \theta - ${step}`
        : String.raw`\theta \leftarrow \theta - ${step}`;
    const where = [...adamWhere(hp), ...decay.where];
    if (decoupled && lambda !== 0) {
      where.push(
        bind(String.raw`\lambda`, lambda),
        bind(String.raw`1 - ${LR}\,\lambda`, 1 - hp.lr * lambda),
      );
    }
    const notes = [MOMENTS];
    if (decoupled && lambda !== 0) notes.push({ key: 'formulas.note.adamw' });
    return formula([...decay.lines, FIRST, SECOND, M_HAT, V_HAT, theta], where, notes);
  };
}

/** μₜ of NAdam's momentum schedule (engine/optimizers/nadam.ts). */
function nadamMu(beta1: number, psi: number, t: number): number {
  return beta1 * (1 - 0.5 * 0.96 ** (t * psi));
}

/** ρ∞ of RAdam, and the first step whose ρₜ passes 5 (null: none within 10⁵ steps). */
export function radamOnset(beta2: number): { rhoInf: number; first: number | null } {
  const rhoInf = 2 / (1 - beta2) - 1;
  for (let t = 1; t <= 100_000; t++) {
    const b = beta2 ** t;
    if (rhoInf - (2 * t * b) / (1 - b) > 5) return { rhoInf, first: t };
  }
  return { rhoInf, first: null };
}

export const OPTIMIZER_FORMULAS: Record<OptimizerName, (hp: OptimizerSpec) => Formula> = {
  sgd,
  momentum: sgd,
  nesterov: sgd,
  adagrad(hp) {
    const decay = l2(hp);
    return formula(
      [
        ...decay.lines,
        String.raw`s \leftarrow s + g^2`,
        String.raw`\theta \leftarrow \theta - ${LR}\, ${frac('g', String.raw`\sqrt{s} + \varepsilon`)}`,
      ],
      [bind(LR, hp.lr), bind(String.raw`\varepsilon`, value(hp, 'eps')), ...decay.where],
      [{ key: 'formulas.note.adagrad' }],
    );
  },
  adadelta(hp) {
    const decay = l2(hp);
    return formula(
      [
        ...decay.lines,
        String.raw`v \leftarrow \rho\, v + (1 - \rho)\, g^2`,
        String.raw`\Delta = ${frac(String.raw`\sqrt{u + \varepsilon}`, String.raw`\sqrt{v + \varepsilon}`)}\, g`,
        String.raw`u \leftarrow \rho\, u + (1 - \rho)\, \Delta^2`,
        String.raw`\theta \leftarrow \theta - ${LR}\, \Delta`,
      ],
      [
        bind(LR, hp.lr),
        bind(String.raw`\rho`, value(hp, 'rho')),
        bind(String.raw`\varepsilon`, value(hp, 'eps')),
        ...decay.where,
      ],
      [{ key: 'formulas.note.adadelta' }],
    );
  },
  rmsprop(hp) {
    const decay = l2(hp);
    const mu = value(hp, 'momentum');
    const scaled = frac('g', String.raw`\sqrt{v} + \varepsilon`);
    const steps =
      mu === 0
        ? [String.raw`\theta \leftarrow \theta - ${LR}\, ${scaled}`]
        : [
            String.raw`b \leftarrow \mu\, b + ${scaled}`,
            String.raw`\theta \leftarrow \theta - ${LR}\, b`,
          ];
    return formula(
      [...decay.lines, String.raw`v \leftarrow \alpha\, v + (1 - \alpha)\, g^2`, ...steps],
      [
        bind(LR, hp.lr),
        bind(String.raw`\alpha`, value(hp, 'alpha')),
        bind(String.raw`\varepsilon`, value(hp, 'eps')),
        ...(mu === 0 ? [] : [bind(String.raw`\mu`, mu)]),
        ...decay.where,
      ],
      [{ key: 'formulas.note.rmsprop' }],
    );
  },
  adam: adam(false),
  adamw: adam(true),
  nadam(hp) {
    const decay = l2(hp);
    const beta1 = value(hp, 'beta1');
    const psi = value(hp, 'momentumDecay');
    return formula(
      [
        ...decay.lines,
        String.raw`\mu_t = \beta_1 \bigl(1 - \tfrac12 \cdot 0.96^{\,t\psi}\bigr)`,
        String.raw`\Pi_t = \mu_1 \mu_2 \cdots \mu_t`,
        FIRST,
        SECOND,
        String.raw`d = \sqrt{${frac('v', String.raw`1 - \beta_2^{\,t}`)}} + \varepsilon`,
        // Two terms, one under the other: on one line the rule is wider than the panel.
        String.raw`\begin{aligned} \theta \leftarrow \theta &- ${LR}\, ${frac(String.raw`1 - \mu_t`, String.raw`1 - \Pi_t`)}\, ${frac('g', 'd')} \\ &- ${LR}\, ${frac(String.raw`\mu_{t+1}`, String.raw`1 - \Pi_t\, \mu_{t+1}`)}\, ${frac('m', 'd')} \end{aligned}`,
      ],
      [
        ...adamWhere(hp),
        bind(String.raw`\psi`, psi),
        ...decay.where,
        bind(String.raw`\mu_1`, nadamMu(beta1, psi, 1)),
      ],
      [{ key: 'formulas.note.nadam' }, MOMENTS],
    );
  },
  radam(hp) {
    const decay = l2(hp);
    const { rhoInf, first } = radamOnset(value(hp, 'beta2'));
    const rectifier = frac(
      String.raw`(\rho_t - 4)(\rho_t - 2)\,\rho_\infty`,
      String.raw`(\rho_\infty - 4)(\rho_\infty - 2)\,\rho_t`,
    );
    return formula(
      [
        ...decay.lines,
        FIRST,
        SECOND,
        M_HAT,
        String.raw`\rho_\infty = ${frac('2', String.raw`1 - \beta_2`)} - 1`,
        String.raw`\rho_t = \rho_\infty - ${frac(String.raw`2t\, \beta_2^{\,t}`, String.raw`1 - \beta_2^{\,t}`)}`,
        String.raw`r_t = \sqrt{${rectifier}}`,
        String.raw`\theta \leftarrow \begin{cases} \theta - ${LR}\, \hat m\, r_t\, ${frac(String.raw`\sqrt{1 - \beta_2^{\,t}}`, String.raw`\sqrt{v} + \varepsilon`)} & \rho_t > 5 \\ \theta - ${LR}\, \hat m & \rho_t \le 5 \end{cases}`,
      ],
      [...adamWhere(hp), ...decay.where, bind(String.raw`\rho_\infty`, rhoInf)],
      [
        first === null
          ? { key: 'formulas.note.radamNever' }
          : { key: 'formulas.note.radam', vars: { first, last: first - 1 } },
        MOMENTS,
      ],
    );
  },
};

/** The update rule of `hp`'s optimizer with its values. */
export function optimizerFormula(hp: OptimizerSpec): Formula {
  return OPTIMIZER_FORMULAS[hp.name](hp);
}
