// How k-means' and PCA's pictures mark a point of a group (a cluster or a class) and a
// centroid. The palette (boundary/palette.ts) has eight colours: digits and Fashion-MNIST
// have ten classes and k goes to 16 (KMEANS_MAX_K), so groups 8 to 15 are drawn hollow (a ring of the same
// colour) rather than repeating a filled colour that would merge two groups.
import { classColor } from '../../boundary/palette';
import type { Frame } from '../../boundary/plot';

const OUTLINE = '#222';
/** A point not in any group yet (before k-means' first assignment). */
export const UNGROUPED = '#b8b8b8';

/** The fill and outline of group `k` (-1: none yet). */
export function markStyle(k: number): { fill: string; stroke: string; hollow: boolean } {
  if (k < 0) return { fill: UNGROUPED, stroke: '#888', hollow: false };
  const color = classColor(k);
  return k % 16 < 8
    ? { fill: color, stroke: OUTLINE, hollow: false }
    : { fill: '#fff', stroke: color, hollow: true };
}

/** The legend's swatch of group `k`, as CSS. */
export function swatchStyle(k: number): { background: string; border: string } {
  const { fill, stroke, hollow } = markStyle(k);
  return { background: fill, border: `${hollow ? 2 : 1}px solid ${stroke}` };
}

/**
 * Circles at (xOf(i), yOf(i)) in data units, each in its group's style, of radius(i) CSS
 * pixels (a point with radius 0 is left out).
 */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  frame: Frame,
  n: number,
  xOf: (i: number) => number,
  yOf: (i: number) => number,
  group: (i: number) => number,
  radius: (i: number) => number,
): void {
  for (let i = 0; i < n; i++) {
    const r = radius(i);
    if (!(r > 0)) continue;
    const { fill, stroke, hollow } = markStyle(group(i));
    ctx.beginPath();
    ctx.arc(frame.x(xOf(i)), frame.y(yOf(i)), r, 0, 2 * Math.PI);
    ctx.fillStyle = fill;
    ctx.strokeStyle = stroke;
    ctx.lineWidth = hollow ? 1.5 : 0.75;
    ctx.fill();
    ctx.stroke();
  }
}

/** A centroid: a large × in its cluster's colour over a dark one, to stand out from points. */
export function drawCentroid(ctx: CanvasRenderingContext2D, x: number, y: number, k: number): void {
  const arm = 8;
  ctx.lineCap = 'round';
  for (const [width, color] of [
    [6, OUTLINE],
    [3.5, classColor(k)],
  ] as const) {
    ctx.lineWidth = width;
    ctx.strokeStyle = color;
    ctx.beginPath();
    ctx.moveTo(x - arm, y - arm);
    ctx.lineTo(x + arm, y + arm);
    ctx.moveTo(x - arm, y + arm);
    ctx.lineTo(x + arm, y - arm);
    ctx.stroke();
  }
}
