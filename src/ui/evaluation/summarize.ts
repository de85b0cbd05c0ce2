// The arithmetic behind the per-class views, kept apart from the markup so it reads (and
// can be tested) on its own: accuracy, the most-confused pair, and the colour of a cell.
import { hexToRgb, mix, WHITE, type Rgb } from '../boundary/palette';

/** Correct predictions lie on the diagonal: accuracy = trace / total (null with no samples). */
export function accuracy(matrix: Int32Array, classes: number): number | null {
  let correct = 0;
  let total = 0;
  for (let t = 0; t < classes; t++) {
    for (let p = 0; p < classes; p++) total += matrix[t * classes + p];
    correct += matrix[t * classes + t];
  }
  return total > 0 ? correct / total : null;
}

export interface Mistake {
  trueClass: number;
  predicted: number;
  count: number;
}

/** The largest off-diagonal count (the first such pair on a tie), or null when there are no mistakes. */
export function mostConfused(matrix: Int32Array, classes: number): Mistake | null {
  let best: Mistake | null = null;
  for (let t = 0; t < classes; t++) {
    for (let p = 0; p < classes; p++) {
      const count = matrix[t * classes + p];
      if (t !== p && count > 0 && (best === null || count > best.count)) {
        best = { trueClass: t, predicted: p, count };
      }
    }
  }
  return best;
}

/** Per true class (row), how many samples it has: the denominator of the row-normalised shading. */
export function rowTotals(matrix: Int32Array, classes: number): number[] {
  return Array.from({ length: classes }, (_, t) => {
    let sum = 0;
    for (let p = 0; p < classes; p++) sum += matrix[t * classes + p];
    return sum;
  });
}

const CORRECT: Rgb = hexToRgb('#0072B2'); // Okabe–Ito blue: the diagonal
const WRONG: Rgb = hexToRgb('#D55E00'); // Okabe–Ito vermillion: the mistakes
/** A cell with any count at all is tinted at least this much, so one stray mistake is visible. */
const FLOOR = 0.2;

/** A cell's background and the text colour that reads on it (black or white, whichever contrasts more). */
export function cellColors(fraction: number, diagonal: boolean): { background: Rgb; ink: string } {
  const t = fraction > 0 ? FLOOR + (1 - FLOOR) * fraction : 0;
  const background = mix(WHITE, diagonal ? CORRECT : WRONG, t);
  const l = luminance(background);
  // WCAG contrast ratios against white (1.0) and black (0.0).
  const onWhite = 1.05 / (l + 0.05);
  const onBlack = (l + 0.05) / 0.05;
  return { background, ink: onWhite >= onBlack ? '#ffffff' : '#1d1d1f' };
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** A prediction's output as "62%" when it is a probability, else as a plain number. */
export function formatConfidence(c: number): string {
  if (Number.isFinite(c) && c >= 0 && c <= 1) return `${Math.round(c * 100)}%`;
  return String(Number(c.toPrecision(3)));
}
