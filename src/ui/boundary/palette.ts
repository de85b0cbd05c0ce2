// Colours for data and predictions. Classes use the Okabe–Ito palette, which stays
// distinguishable under the common colour-vision deficiencies; blue and orange come first
// because a two-class problem is the usual case and they are the most distinct pair.
// The maps return [r, g, b] so the heatmap can fill ImageData without parsing strings.

export type Rgb = readonly [number, number, number];

export const CLASS_COLORS: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#000000', // black
];

/** The colour of class `k`; the palette repeats past eight classes. */
export function classColor(k: number): string {
  return CLASS_COLORS[((k % CLASS_COLORS.length) + CLASS_COLORS.length) % CLASS_COLORS.length];
}

export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function rgbToCss([r, g, b]: Rgb): string {
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

export const WHITE: Rgb = [255, 255, 255];

/** a + (b − a)·t per channel, t clamped to [0, 1]. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const u = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0; // NaN (a diverged run) draws as a
  return [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u, a[2] + (b[2] - a[2]) * u];
}

/**
 * How strongly the background is tinted at full confidence. Below 1 so the points drawn
 * on top, in the full class colours, always stand out from the region around them.
 */
const TINT = 0.6;

/** Argmax class with lightness from confidence: white where the classes tie, tinted where sure. */
export function argmaxColor(probabilities: ArrayLike<number>, offset: number, k: number): Rgb {
  let best = 0;
  for (let c = 1; c < k; c++)
    if (probabilities[offset + c] > probabilities[offset + best]) best = c;
  const chance = 1 / k;
  const confidence = (probabilities[offset + best] - chance) / (1 - chance);
  return mix(WHITE, hexToRgb(classColor(best)), TINT * confidence);
}

/** A single probability of class 1: class-0 colour below 0.5, white at 0.5, class-1 colour above. */
export function divergingColor(p: number): Rgb {
  if (p < 0.5) return mix(WHITE, hexToRgb(classColor(0)), TINT * (0.5 - p) * 2);
  return mix(WHITE, hexToRgb(classColor(1)), TINT * (p - 0.5) * 2);
}

/** Viridis, sampled at five stops: perceptually ordered, readable in greyscale. */
const VIRIDIS: readonly Rgb[] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** A regression value's colour, with t = 0 at the smallest value shown and 1 at the largest. */
export function sequentialColor(t: number): Rgb {
  const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(u));
  return mix(VIRIDIS[i], VIRIDIS[i + 1], u - i);
}
