// Renders every piece of TeX of a formula as the page does (renderTex: KaTeX, throwOnError),
// and once more with KaTeX's strict mode on, so a warning (a Unicode character in math mode,
// an unknown symbol quietly set in red) fails a test instead of reaching a class.
import katex from 'katex';
import { expect } from 'vitest';
import type { Formula } from '../../../src/ui/formulas/formula';
import { renderTex } from '../../../src/ui/formulas/tex';

/** Every piece of TeX in `formula`: its lines and its values. */
export function texOf(formula: Formula): string[] {
  return [...formula.lines.map((line) => line.tex), ...formula.where];
}

/** Renders each piece; returns the markup, all of it, for looking values up in. */
export function renderAll(formula: Formula): string {
  return texOf(formula)
    .map((tex) => {
      expect(() =>
        katex.renderToString(tex, { throwOnError: true, strict: 'error', output: 'mathml' }),
      ).not.toThrow();
      return renderTex(tex);
    })
    .join('\n');
}

/** The MathML number `value` as KaTeX writes it (<mn>0.05</mn>). */
export const mn = (value: string) => `<mn>${value}</mn>`;
