// What each initializer draws for a layer's weights, with the layer's fans bound in
// ("a = √(6/(2 + 16)) = 0.5774"). The engine draws (engine/initializers.ts: one variance-scaling
// rule, Var[w] = scale/fan); the page may not import it, so the three presets are restated
// here as the variance each one aims at, the form the lesson argues in:
//   LeCun Var[w] = 1/n_in,  Xavier/Glorot Var[w] = 2/(n_in + n_out),  He Var[w] = 2/n_in.
// (Glorot's scale 1 over the mean fan (n_in + n_out)/2 is the same 2/(n_in + n_out).) A test
// draws with the engine for the same fans and checks these numbers against its own.
import { initEntry } from '../../spec/catalog/initializers';
import type { InitName, InitSpec } from '../../spec/types';
import { bind, formula, type Formula, type FormulaNote } from './formula';
import { texNumber } from './tex';

/** A layer's fans: n_in and n_out, and for a convolution what they are made of. */
export interface Fans {
  fanIn: number;
  fanOut: number;
  /** A convolution's fans are C·kh·kw in and F·kh·kw out (PyTorch's). */
  conv?: { channels: number; filters: number; kh: number; kw: number };
}

/** The three variance-scaling families, by the variance each one aims at. */
export type Family = 'lecun' | 'xavier' | 'he';

const FAMILIES: Record<Family, { numerator: number; denominator: 'in' | 'sum' }> = {
  lecun: { numerator: 1, denominator: 'in' }, // the forward pass keeps its variance
  xavier: { numerator: 2, denominator: 'sum' }, // halfway between forward and backward
  he: { numerator: 2, denominator: 'in' }, // ReLU halves the variance: twice LeCun's
};

export const FAMILY_NAMES = Object.keys(FAMILIES) as Family[];

type Rule =
  | { kind: 'zeros' }
  | { kind: 'fixed'; distribution: 'normal' | 'uniform' }
  | { kind: 'scaled'; distribution: 'normal' | 'uniform'; family: Family };

const RULES: Record<InitName, Rule> = {
  zeros: { kind: 'zeros' },
  normal: { kind: 'fixed', distribution: 'normal' },
  uniform: { kind: 'fixed', distribution: 'uniform' },
  lecun_uniform: { kind: 'scaled', distribution: 'uniform', family: 'lecun' },
  lecun_normal: { kind: 'scaled', distribution: 'normal', family: 'lecun' },
  xavier_uniform: { kind: 'scaled', distribution: 'uniform', family: 'xavier' },
  xavier_normal: { kind: 'scaled', distribution: 'normal', family: 'xavier' },
  he_uniform: { kind: 'scaled', distribution: 'uniform', family: 'he' },
  he_normal: { kind: 'scaled', distribution: 'normal', family: 'he' },
};

/** The family of a variance-scaling initializer, else null. */
export function familyOf(name: InitName): Family | null {
  const rule = RULES[name];
  return rule.kind === 'scaled' ? rule.family : null;
}

/** The variance `family` gives weights of a layer with these fans. */
export function familyVariance(family: Family, { fanIn, fanOut }: Fans): number {
  const { numerator, denominator } = FAMILIES[family];
  return numerator / (denominator === 'in' ? fanIn : fanIn + fanOut);
}

/** What one weight is drawn from: U(−limit, limit), N(0, std²), or 0. */
export type InitDraw =
  | { distribution: 'zeros'; variance: 0 }
  | { distribution: 'uniform'; limit: number; variance: number }
  | { distribution: 'normal'; std: number; variance: number };

/** What `init` draws each weight from, for a layer with `fans`. */
export function initDraw(init: InitSpec, fans: Fans): InitDraw {
  const rule = RULES[init.name];
  if (rule.kind === 'zeros') return { distribution: 'zeros', variance: 0 };
  const options = initEntry(init.name).options;
  if (rule.kind === 'fixed') {
    if (rule.distribution === 'normal') {
      const std = init.std ?? options.std ?? 1;
      return { distribution: 'normal', std, variance: std * std };
    }
    const limit = init.limit ?? options.limit ?? 0;
    return { distribution: 'uniform', limit, variance: (limit * limit) / 3 };
  }
  const variance = familyVariance(rule.family, fans);
  // U(−a, a) has variance a²/3, so a = √(3·Var); N(0, σ²) has σ = √Var.
  return rule.distribution === 'uniform'
    ? { distribution: 'uniform', limit: Math.sqrt(3 * variance), variance }
    : { distribution: 'normal', std: Math.sqrt(variance), variance };
}

const N_IN = String.raw`n_\text{in}`;
const N_OUT = String.raw`n_\text{out}`;
const VAR = String.raw`\operatorname{Var}[w]`;

/** The fans as TeX, in symbols and in this layer's numbers. */
function fanTex(family: Family, { fanIn, fanOut }: Fans): { symbols: string; numbers: string } {
  return FAMILIES[family].denominator === 'in'
    ? { symbols: N_IN, numbers: String(fanIn) }
    : { symbols: `${N_IN} + ${N_OUT}`, numbers: `${fanIn} + ${fanOut}` };
}

/** n_in and n_out with their values; a convolution's as C·kh·kw and F·kh·kw. */
export function fanBindings(fans: Fans): string[] {
  const c = fans.conv;
  if (c === undefined) return [bind(N_IN, fans.fanIn), bind(N_OUT, fans.fanOut)];
  return [
    String.raw`${N_IN} = C\, k_h k_w = ${c.channels} \cdot ${c.kh} \cdot ${c.kw} = ${fans.fanIn}`,
    String.raw`${N_OUT} = F\, k_h k_w = ${c.filters} \cdot ${c.kh} \cdot ${c.kw} = ${fans.fanOut}`,
  ];
}

const frac = (top: string | number, bottom: string | number) =>
  String.raw`\dfrac{${top}}{${bottom}}`;

/** The lines of a variance-scaling initializer: its draw, its scale with numbers, its variance. */
function scaledLines(rule: Extract<Rule, { kind: 'scaled' }>, fans: Fans): string[] {
  const { numerator } = FAMILIES[rule.family];
  const { symbols, numbers } = fanTex(rule.family, fans);
  const variance = familyVariance(rule.family, fans);
  const varLine = (via: string) =>
    String.raw`${VAR} = ${via} = ${frac(numerator, symbols)} = ${texNumber(variance)}`;
  if (rule.distribution === 'uniform') {
    const top = 3 * numerator;
    return [
      String.raw`w \sim \mathcal{U}(-a,\, a)`,
      String.raw`a = \sqrt{${frac(top, symbols)}} = \sqrt{${frac(top, numbers)}} = ${texNumber(Math.sqrt(3 * variance))}`,
      varLine(frac('a^2', 3)),
    ];
  }
  return [
    String.raw`w \sim \mathcal{N}(0,\, \sigma^2)`,
    String.raw`\sigma = \sqrt{${frac(numerator, symbols)}} = \sqrt{${frac(numerator, numbers)}} = ${texNumber(Math.sqrt(variance))}`,
    varLine(String.raw`\sigma^2`),
  ];
}

/** The lines of an initializer whose scale ignores the layer (Normal's σ, Uniform's limit). */
function fixedLines(draw: InitDraw): string[] {
  if (draw.distribution === 'normal') {
    return [
      String.raw`w \sim \mathcal{N}(0,\, \sigma^2)`,
      String.raw`${VAR} = \sigma^2 = ${texNumber(draw.variance)}`,
    ];
  }
  if (draw.distribution === 'uniform') {
    return [
      String.raw`w \sim \mathcal{U}(-a,\, a)`,
      String.raw`${VAR} = ${frac('a^2', 3)} = ${texNumber(draw.variance)}`,
    ];
  }
  return [String.raw`w = 0`];
}

/**
 * How `init` starts a layer with `fans`: each weight's distribution with its numbers, and
 * its biases, which always start at 0 (the contract), when it has them.
 */
export function initFormula(init: InitSpec, fans: Fans, bias: boolean): Formula {
  const rule = RULES[init.name];
  const draw = initDraw(init, fans);
  const lines = rule.kind === 'scaled' ? scaledLines(rule, fans) : fixedLines(draw);
  const where = fanBindings(fans);
  const notes: FormulaNote[] = [];
  if (rule.kind === 'fixed') {
    where.push(
      draw.distribution === 'normal'
        ? bind(String.raw`\sigma`, draw.std)
        : bind('a', draw.distribution === 'uniform' ? draw.limit : 0),
    );
    notes.push({ key: 'formulas.note.fixedScale' });
  }
  if (rule.kind === 'zeros') notes.push({ key: 'formulas.note.zeros' });
  return formula(bias ? [...lines, 'b = 0'] : lines, where, notes);
}
