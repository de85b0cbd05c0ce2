// How the formulas write numbers into TeX, and that what they write is TeX KaTeX reads.
import { describe, expect, it } from 'vitest';
import { renderTex, texFactor, texNumber } from '../../../src/ui/formulas/tex';

describe('texNumber', () => {
  it('writes four significant digits, powers of ten for the tiny and the huge', () => {
    expect(texNumber(0.01)).toBe('0.01');
    expect(texNumber(0.9)).toBe('0.9');
    expect(texNumber(Math.sqrt(6 / 18))).toBe('0.5774'); // √(6/(2 + 16))
    expect(texNumber(1999)).toBe('1999');
    expect(texNumber(0)).toBe('0');
    expect(texNumber(1e-8)).toBe('10^{-8}');
    expect(texNumber(2.5e-5)).toBe(String.raw`2.5 \times 10^{-5}`);
    expect(texNumber(-1e-10)).toBe('-10^{-10}');
    expect(texNumber(123456)).toBe(String.raw`1.23 \times 10^{5}`);
    expect(texNumber(Infinity)).toBe(String.raw`\infty`);
  });

  it('puts a negative factor in parentheses', () => {
    expect(texFactor(-0.5)).toBe('(-0.5)');
    expect(texFactor(0.5)).toBe('0.5');
  });

  it('gives TeX that KaTeX renders, MathML included', () => {
    for (const v of [1e-8, 2.5e-5, -3, 0.5774, Infinity, NaN]) {
      expect(renderTex(`x = ${texNumber(v)}`)).toContain('<math');
    }
  });

  it('throws on a TeX error rather than showing it', () => {
    expect(() => renderTex(String.raw`\frac{1}`)).toThrow();
  });
});
