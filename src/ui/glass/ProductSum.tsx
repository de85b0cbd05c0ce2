// A sum of products written out with its numbers: "z₂ = 0.48 × 0.31 + (−1.2) × 0.05 + 0.1 =
// 0.22". A short one in full; a long one by its largest terms, the rest summed, with every
// term in a table on request.
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { factor, largest, num } from './numbers';

/** Terms shown in full up to this many (unless told otherwise); past it, the largest this many. */
const WRITTEN = 8;
const LARGEST = 6;

export interface Term {
  /** What the factors are, as the table heads them ("x₃", "W₃,₂"). */
  names: [string, string];
  values: [number, number];
}

interface Props {
  /** The left side: "z₂". */
  result: string;
  /** The table's heads for the two factors ("x", "W"). */
  columns: [string, string];
  terms: Term[];
  /** Added after the products (a bias), or null. */
  plus: { name: string; value: number } | null;
  /** The engine's own value of the sum. */
  value: number;
  /** Terms written in full up to this many (a convolution's kernel: one channel's kh·kw). */
  written?: number;
}

export function ProductSum({ result, columns, terms, plus, value, written = WRITTEN }: Props) {
  const t = useT();
  const [all, setAll] = useState(false);
  const products = terms.map((term) => term.values[0] * term.values[1]);
  const shown = terms.length <= written ? terms.map((_, i) => i) : largest(products, LARGEST);
  const rest = terms.length - shown.length;
  const restSum = products.reduce((s, p, i) => (shown.includes(i) ? s : s + p), 0);
  const parts = shown.map((i) => `${factor(terms[i].values[0])} × ${factor(terms[i].values[1])}`);
  if (rest > 0) parts.push(t('glass.moreTerms', { count: rest, sum: num(restSum) }));
  if (plus !== null) parts.push(factor(plus.value));
  const symbols = shown.map((i) => `${terms[i].names[0]}·${terms[i].names[1]}`);
  if (rest > 0) symbols.push('…');
  if (plus !== null) symbols.push(plus.name);
  return (
    <div className="d-glass-sum">
      <p>
        <span className="d-math">
          {result} = {symbols.join(' + ')}
        </span>
      </p>
      <p>
        <span className="d-math">
          = {parts.join(' + ')} = <strong>{num(value)}</strong>
        </span>
      </p>
      {rest > 0 && (
        <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('glass.hideTerms') : t('glass.showTerms', { count: terms.length })}
        </button>
      )}
      {all && (
        <table className="d-glass-table">
          <caption className="d-sr-only">{t('glass.terms', { result })}</caption>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
              <th scope="col">{t('glass.product')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term, i) => (
              <tr key={i}>
                <td>
                  {term.names[0]} = {num(term.values[0])}
                </td>
                <td>
                  {term.names[1]} = {num(term.values[1])}
                </td>
                <td>{num(products[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Subscript digits for an index written 1-based: sub(0) is "₁". */
export function sub(...indices: number[]): string {
  return indices
    .map((i) => String(i + 1).replace(/\d/g, (d) => String.fromCharCode(0x2080 + Number(d))))
    .join(',');
}
