// TeX for the formulas beside the controls: how a number is written into it, and the one call
// that turns TeX into markup. KaTeX rather than MathJax: it renders synchronously to a string
// (no layout pass, no flash of raw TeX while a learning rate is typed), its CSS and fonts are
// static files Vite bundles (the page works offline from any static host), and its MathML
// output gives screen readers the mathematics itself.
//
// What goes into TeX is ours only: templates written in these tables and numbers written by
// `texNumber`. No word a user typed and no translated text ever goes in (words stay outside,
// in the page's own markup), so the markup KaTeX returns can be put into the page as it is.
import katex from 'katex';

/**
 * A number as the formulas write it: four significant digits (as the glass box writes its
 * numbers), and a power of ten for the tiny and the huge ("10^{-8}", "2.5 \times 10^{-5}")
 * rather than "1e-8", which is a programmer's notation, not a mathematician's.
 */
export function texNumber(v: number): string {
  if (Number.isNaN(v)) return String.raw`\text{NaN}`;
  if (!Number.isFinite(v)) return v > 0 ? String.raw`\infty` : String.raw`-\infty`;
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e5) return String(Number(v.toPrecision(4)));
  const [mantissa, exponent] = v.toExponential(2).split('e');
  const m = Number(mantissa);
  const power = `10^{${Number(exponent)}}`;
  if (m === 1) return power;
  if (m === -1) return `-${power}`;
  return `${m} \\times ${power}`;
}

/** A number as a factor or a term: negatives in parentheses ("0.9 \cdot (-1)"). */
export function texFactor(v: number): string {
  return v < 0 ? `(${texNumber(v)})` : texNumber(v);
}

/**
 * `tex` as KaTeX markup: HTML for the eye (which KaTeX hides from screen readers) and MathML
 * for assistive technology. A TeX error throws: the tables are ours, and the tests render
 * every row of them, so an error is a bug to catch there, not a red string to show a class.
 */
export function renderTex(tex: string): string {
  return katex.renderToString(tex, {
    output: 'htmlAndMathml',
    throwOnError: true,
    displayMode: false,
    // The markup goes into the page as it is (Tex.tsx), so KaTeX is held to its safe subset
    // even though only our templates and numbers reach it: no \href, \url, \htmlClass,
    // \includegraphics or raw HTML (trust off, said here rather than left to a default), no
    // \def games that expand without end, and anything non-standard is an error.
    trust: false,
    strict: 'error',
    maxExpand: 100,
  });
}
