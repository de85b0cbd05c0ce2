// How wide a chart's y axis must be for its labels (recharts' and the canvas charts').
// recharts gives the axis a fixed width and draws a longer label past the chart's left
// edge, where the SVG cuts it ("1.2e-13" shown as ".2e-13", "100%" as "00%" in presentation
// mode's larger type). The labels are known before drawing (format.ts chooses the ticks), so
// the width follows the longest, measured in the page's font at the size styles.css gives
// `.d-tick`.
import { useStore } from '../../store/store';
import type { YAxisTicks } from './format';

/** `.d-tick`'s font size in px (styles.css): larger in presentation mode, for the back row. */
export const TICK_PX = { normal: 11, present: 16 } as const;

/** The tick mark (recharts' 6 px), the gap to the label, and a pixel of slack each side. */
const TICK_ROOM = 12;

/** The tick labels' font size now: presentation mode's or the usual. */
export function useTickPx(): number {
  return useStore((s) => (s.present ? TICK_PX.present : TICK_PX.normal));
}

let fontFamily: string | undefined;

/**
 * The page's font stack (styles.css sets one for the whole page), read once: reading a
 * computed style while the page has changes to lay out would lay them out on the spot.
 */
export function pageFontFamily(): string {
  fontFamily ??= getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  return fontFamily;
}

/** One canvas to measure text with, made on first use (none outside a browser). */
let measurer: CanvasRenderingContext2D | null | undefined;

/** The widths of `labels` in the page's font at `px`; estimates where there is no canvas. */
function textWidths(labels: readonly string[], px: number): number[] {
  if (measurer === undefined) {
    measurer =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  // About 0.65 em a character: a digit in the usual sans faces, a little more than most.
  if (measurer === null) return labels.map((label) => label.length * px * 0.65);
  const context = measurer;
  context.font = `${px}px ${pageFontFamily()}`;
  return labels.map((label) => context.measureText(label).width);
}

/**
 * The width a y axis needs to show every one of `labels` whole at `px`, and never less than
 * `least` (the charts' usual width, so the plots of a page line up while labels are short).
 */
export function axisWidth(labels: readonly string[], px: number, least: number): number {
  const widest = Math.max(0, ...textWidths(labels, px));
  return Math.max(least, Math.ceil(widest + TICK_ROOM));
}

/** recharts' props for a y axis: format.ts's scale, domain and ticks, wide enough for them. */
export function yAxisProps(
  axis: YAxisTicks,
  format: (v: number) => string,
  px: number,
  least: number,
): YAxisTicks & { width: number } {
  return { ...axis, width: axisWidth((axis.ticks ?? []).map(format), px, least) };
}
