// How the glass box writes a number: four significant digits, scientific when tiny or huge,
// and a negative one in parentheses where it is a factor ("0.5 × (−1.2)").

export function num(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  const text =
    a < 1e-3 || a >= 1e5 ? v.toExponential(2).replace('e+', 'e') : String(Number(v.toPrecision(4)));
  return text.replace('-', '−');
}

/** A factor in a product or a term in a sum: negatives in parentheses. */
export function factor(v: number): string {
  return v < 0 ? `(${num(v)})` : num(v);
}

/** The indices of `values` by |value|, largest first, at most `count`. */
export function largest(values: ArrayLike<number>, count: number): number[] {
  return Array.from({ length: values.length }, (_, i) => i)
    .sort((a, b) => Math.abs(values[b]) - Math.abs(values[a]))
    .slice(0, count);
}
