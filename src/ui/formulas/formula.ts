// The shape every formula of the tables shares (optimizers, initializers, activations, losses,
// layers): lines of TeX, the current values of their symbols, and sentences in words. Words
// are message keys, never TeX, so each language words them and nothing translated ever goes
// into the TeX (tex.ts).
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Vars } from '../i18n/translate';
import { texNumber } from './tex';

/** One line of mathematics, with a few words before it when it holds only sometimes. */
export interface FormulaLine {
  tex: string;
  /** "while training", "at evaluation": when this line is what happens. */
  when?: MessageKey;
}

/** A sentence under the formula: a key and its values. */
export interface FormulaNote {
  key: MessageKey;
  vars?: Vars;
}

export interface Formula {
  lines: FormulaLine[];
  /**
   * The values bound in, each as TeX ("\mathrm{lr} = 0.01"): what the controls are set to
   * now, and what follows from them (an initializer's limit for this layer's fans).
   */
  where: string[];
  notes: FormulaNote[];
}

/** `symbol = value`, one entry of a formula's `where`. */
export function bind(symbol: string, value: number): string {
  return `${symbol} = ${texNumber(value)}`;
}

/** A formula of `lines` (plain TeX or lines with words), with its values and notes. */
export function formula(
  lines: (string | FormulaLine)[],
  where: string[] = [],
  notes: FormulaNote[] = [],
): Formula {
  return {
    lines: lines.map((line) => (typeof line === 'string' ? { tex: line } : line)),
    where,
    notes,
  };
}
