// Every optimizer's update rule renders (KaTeX, no TeX error) with the panel's values in it,
// and shows the terms that run with those values: the engine's rule, term for term.
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../src/engine/optimizers';
import { OPTIMIZER_NAMES, optimizerEntry } from '../../../src/spec/catalog/optimizers';
import type { OptimizerName, OptimizerSpec } from '../../../src/spec/types';
import { optimizerFormula, radamOnset } from '../../../src/ui/formulas/optimizers';
import { mn, renderAll, texOf } from './render';

/** `name` with its catalog defaults, then `fields`, as validation fills a document in. */
const spec = (name: OptimizerName, fields: Partial<OptimizerSpec> = {}) =>
  ({ name, ...optimizerEntry(name).defaults, ...fields }) as OptimizerSpec;

describe('the optimizers’ update rules', () => {
  it.each(OPTIMIZER_NAMES)('%s renders, with its defaults and with weight decay', (name) => {
    renderAll(optimizerFormula(spec(name)));
    renderAll(optimizerFormula(spec(name, { weightDecay: 0.01 })));
  });

  it.each(OPTIMIZER_NAMES)('%s shows the learning rate set in the panel (lr 0.05)', (name) => {
    const f = optimizerFormula(spec(name, { lr: 0.05 }));
    expect(f.where).toContain(String.raw`\mathrm{lr} = 0.05`);
    expect(renderAll(f)).toContain(mn('0.05'));
  });

  it('binds every field of Adam: lr 0.01, β₁ 0.9, β₂ 0.999, ε 10⁻⁸', () => {
    const f = optimizerFormula(spec('adam', { lr: 0.01 }));
    expect(f.where).toEqual([
      String.raw`\mathrm{lr} = 0.01`,
      String.raw`\beta_1 = 0.9`,
      String.raw`\beta_2 = 0.999`,
      String.raw`\varepsilon = 10^{-8}`,
    ]);
    const markup = renderAll(f);
    expect(markup).toContain(mn('0.9'));
    expect(markup).toContain(mn('0.999'));
  });

  it('shows weight decay only when it is on: in g for Adam, on θ for AdamW', () => {
    const decayLine = String.raw`g \leftarrow g + \lambda\,\theta`;
    expect(texOf(optimizerFormula(spec('adam')))).not.toContain(decayLine);
    const adam = optimizerFormula(spec('adam', { weightDecay: 0.1 }));
    expect(adam.lines[0].tex).toBe(decayLine);
    expect(adam.where).toContain(String.raw`\lambda = 0.1`);
    // AdamW's decay multiplies θ by 1 − lr·λ = 1 − 0.001·0.01 before the step.
    const adamw = optimizerFormula(spec('adamw'));
    expect(texOf(adamw)).not.toContain(decayLine);
    expect(adamw.lines.at(-1)!.tex).toContain(String.raw`(1 - \mathrm{lr}\,\lambda)\, \theta`);
    expect(adamw.where).toContain(String.raw`1 - \mathrm{lr}\,\lambda = 1`); // 0.99999 to 4 digits
    expect(optimizerFormula(spec('adamw', { weightDecay: 0 })).lines.at(-1)!.tex).not.toContain(
      String.raw`\lambda`,
    );
  });

  it('writes SGD, momentum and Nesterov as one rule with its flags, as the engine runs it', () => {
    expect(texOf(optimizerFormula(spec('sgd')))).toEqual([
      String.raw`\theta \leftarrow \theta - \mathrm{lr}\, g`,
      String.raw`\mathrm{lr} = 0.01`,
    ]);
    const momentum = optimizerFormula(spec('momentum'));
    expect(momentum.lines.map((l) => l.tex)).toEqual([
      String.raw`b \leftarrow \mu\, b + g`,
      String.raw`\theta \leftarrow \theta - \mathrm{lr}\, b`,
    ]);
    expect(momentum.where).toContain(String.raw`\mu = 0.9`);
    const nesterov = optimizerFormula(spec('nesterov'));
    expect(nesterov.lines[1].tex).toBe(
      String.raw`\theta \leftarrow \theta - \mathrm{lr}\, (g + \mu\, b)`,
    );
    // RMSprop's momentum puts the scaled gradient into a buffer of its own.
    const rmsprop = optimizerFormula(spec('rmsprop', { momentum: 0.5 }));
    expect(rmsprop.lines.map((l) => l.tex).join('\n')).toContain(
      String.raw`b \leftarrow \mu\, b +`,
    );
    expect(rmsprop.where).toContain(String.raw`\mu = 0.5`);
  });

  it('gives NAdam’s first momentum μ₁ = β₁(1 − ½·0.96^ψ) with its ψ', () => {
    // 0.9 · (1 − 0.5 · 0.96^0.004) = 0.9 · 0.5000816… = 0.4500734…
    expect(optimizerFormula(spec('nadam')).where).toContain(String.raw`\mu_1 = 0.4501`);
  });

  it('says when RAdam turns adaptive: the step at which the engine’s step stops being lr·m̂', () => {
    // A constant gradient 1 keeps m̂ = 1: the step is lr exactly until ρₜ > 5, then lr·rₜ·…
    const beta2 = 0.999;
    const hp = { ...optimizerEntry('radam').defaults, lr: 1 };
    const rule = OPTIMIZERS.radam;
    const state = rule.init(1, 'float64');
    const param = new Float64Array(1);
    let engineFirst = 0;
    for (let t = 1; t <= 20 && engineFirst === 0; t++) {
      const before = param[0];
      rule.update(param, Float64Array.of(1), state, hp, t);
      if (Math.abs(before - param[0] - 1) > 1e-12) engineFirst = t;
    }
    const { rhoInf, first } = radamOnset(beta2);
    expect(rhoInf).toBeCloseTo(1999, 9);
    expect(first).toBe(engineFirst);
    expect(optimizerFormula(spec('radam')).notes[0]).toEqual({
      key: 'formulas.note.radam',
      vars: { first: engineFirst, last: engineFirst - 1 },
    });
    // ρ∞ = 2/(1 − 0.5) − 1 = 3: ρₜ never passes 5.
    expect(optimizerFormula(spec('radam', { beta2: 0.5 })).notes[0].key).toBe(
      'formulas.note.radamNever',
    );
  });
});
