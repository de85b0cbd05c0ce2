// How the image stages name things: a cell as y₂,₃,₄ with its channel (or filter), row and
// column counted from 1, and rows or columns as "3–5". One place, so that the forward stage,
// the backward one and the pictures' descriptions say the same.
import type { Translator } from '../i18n/translate';
import { sub } from './ProductSum';
import type { Cell, Span } from './receptive';

/** "y₂,₃,₄": channel, row and column as subscripts from 1. */
export function cellSymbol(symbol: string, { channel, row, col }: Cell): string {
  return `${symbol}${sub(channel, row, col)}`;
}

/** "y₂,₃,₄ (filter 2, row 3, column 4)", or "(channel 2, …)" for a pooling or an input. */
export function cellWords(t: Translator, symbol: string, cell: Cell, filter = false): string {
  const vars = {
    y: cellSymbol(symbol, cell),
    c: cell.channel + 1,
    r: cell.row + 1,
    k: cell.col + 1,
  };
  return t(filter ? 'glass.cell.conv' : 'glass.cell.image', vars);
}

/** Rows or columns from 1: "3–5", or "4" for one. */
export function spanText({ first, last }: Span): string {
  return first === last ? String(first + 1) : `${first + 1}–${last + 1}`;
}
