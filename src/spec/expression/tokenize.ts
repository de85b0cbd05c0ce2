// Text to tokens. The formula comes from a text box or a shared link, so the size limits are
// checked here, first, before any other work: a pasted megabyte costs one comparison.
//
// Unicode forms people paste from papers and the surfaces' own labels are read as their ASCII
// meaning: − (minus), × · ⋅ (times), ÷ (divide), π (pi), and superscript exponents: x², x³,
// x⁴, x¹⁰ (a run of superscript digits is one number, as on paper), x⁻¹.
import { ExpressionError } from './errors';

/** At most this many characters in a formula. */
export const MAX_LENGTH = 500;
/** At most this many tokens (and, in the parser, tree nodes): a bound on all later work. */
export const MAX_PARTS = 512;

export type TokenKind =
  | 'number'
  | 'name'
  | '+'
  | '-'
  | '*'
  | '/'
  | '^'
  | '('
  | ')'
  | ','
  | 'superscript' // ², ⁻¹, …: a power written after its base; `value` is the exponent
  | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** The text as typed, for messages ('×' rather than '*'). */
  readonly text: string;
  /** A number's value, a superscript's exponent; 0 otherwise. */
  readonly value: number;
  /** 1-based position of the token's first character. */
  readonly column: number;
}

const SYMBOLS: Record<string, TokenKind> = {
  '+': '+',
  '-': '-',
  '\u2212': '-', // − minus sign
  '*': '*',
  '\u00d7': '*', // × multiplication sign
  '\u00b7': '*', // · middle dot
  '\u22c5': '*', // ⋅ dot operator
  '/': '/',
  '\u00f7': '/', // ÷ division sign
  '^': '^',
  '(': '(',
  ')': ')',
  ',': ',',
};

/** ⁰ ¹ ² ³ ⁴ ⁵ ⁶ ⁷ ⁸ ⁹, each at the index of its digit. */
const SUPERSCRIPT_DIGITS = '\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079';
const SUPERSCRIPT_MINUS = '\u207b'; // ⁻

const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isSpace = (c: string) => /\s/.test(c);

export function tokenize(source: string): Token[] {
  if (source.trim() === '') throw new ExpressionError('the formula is empty', 1);
  if (source.length > MAX_LENGTH) {
    throw new ExpressionError(
      `the formula is too long (${source.length} characters; at most ${MAX_LENGTH})`,
      MAX_LENGTH + 1,
    );
  }

  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string, column: number, value = 0) => {
    if (tokens.length === MAX_PARTS) {
      throw new ExpressionError(
        `the formula has too many parts (more than ${MAX_PARTS} numbers, names and symbols) at column ${column}`,
        column,
      );
    }
    tokens.push({ kind, text, value, column });
  };

  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const column = i + 1;
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c) || c === '.') {
      const end = scanNumber(source, i);
      const text = source.slice(i, end);
      push('number', text, column, Number(text.replace('\u2212', '-')));
      i = end;
    } else if (isLetter(c)) {
      let end = i + 1;
      while (end < source.length && (isLetter(source[end]) || isDigit(source[end]))) end++;
      push('name', source.slice(i, end), column);
      i = end;
    } else if (c === '\u03c0') {
      push('name', 'pi', column); // π
      i++;
    } else if (c === '*' && source[i + 1] === '*') {
      push('^', '**', column); // Python's power operator, as an alias for ^
      i += 2;
    } else if (c in SYMBOLS) {
      push(SYMBOLS[c], c, column);
      i++;
    } else if (SUPERSCRIPT_DIGITS.includes(c) || c === SUPERSCRIPT_MINUS) {
      let end = c === SUPERSCRIPT_MINUS ? i + 1 : i;
      let exponent = 0;
      for (; end < source.length && SUPERSCRIPT_DIGITS.includes(source[end]); end++) {
        exponent = 10 * exponent + SUPERSCRIPT_DIGITS.indexOf(source[end]);
      }
      if (end === i + 1 && c === SUPERSCRIPT_MINUS) {
        throw new ExpressionError(
          `a superscript minus needs digits, as in x⁻¹, at column ${column}`,
          column,
        );
      }
      push(
        'superscript',
        source.slice(i, end),
        column,
        c === SUPERSCRIPT_MINUS ? -exponent : exponent,
      );
      i = end;
    } else {
      // Show the whole character even when it is outside the 16-bit range (an emoji).
      const char = String.fromCodePoint(source.codePointAt(i) ?? 0);
      throw new ExpressionError(`unexpected character '${char}' at column ${column}`, column);
    }
  }
  tokens.push({ kind: 'end', text: '', value: 0, column: source.length + 1 });
  return tokens;
}

/**
 * The end of the number starting at `start`: digits with at most one decimal point, then an
 * optional exponent (e or E, an optional sign, digits). A letter e not followed by an exponent
 * is an error rather than the constant e (`2e` is a typo for 2e3 as often as for 2·e), except
 * where it begins a longer name, as in `2exp(x)`.
 */
function scanNumber(source: string, start: number): number {
  let i = start;
  while (i < source.length && (isDigit(source[i]) || source[i] === '.')) i++;
  const mantissa = source.slice(start, i);
  const bad = (end: number, why: string): never => {
    const text = source.slice(start, end);
    throw new ExpressionError(`bad number '${text}' at column ${start + 1}: ${why}`, start + 1);
  };
  if (mantissa === '.') bad(i, 'a decimal point needs digits, as in .5');
  if (mantissa.indexOf('.') !== mantissa.lastIndexOf('.')) bad(i, 'more than one decimal point');

  if (source[i] === 'e' || source[i] === 'E') {
    let j = i + 1;
    const signed = source[j] === '+' || source[j] === '-' || source[j] === '\u2212';
    if (signed) j++;
    if (!signed && isLetter(source[j] ?? '')) return i; // `2exp(x)`: the number ends here
    if (!isDigit(source[j] ?? '')) {
      const hint = signed ? '' : ` (for ${mantissa} times e, write ${mantissa}*e)`;
      bad(j, `the exponent needs digits, as in 1e-3${hint}`);
    }
    while (j < source.length && isDigit(source[j])) j++;
    i = j;
  }
  // Digits or a point straight after a complete number, as in 1e3.5: one malformed number.
  if (source[i] === '.') {
    let end = i;
    while (end < source.length && (isDigit(source[end]) || source[end] === '.')) end++;
    bad(end, 'a decimal point cannot follow the exponent');
  }
  return i;
}
