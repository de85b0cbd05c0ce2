// A perceptual sequential colour map for the loss surface: matplotlib's viridis, through its
// published key colours, interpolated linearly. Dark is low (the valleys the racers seek),
// bright is high, and lightness rises steadily, so it reads in grey and for colour-blind eyes.
import type { Rgb } from '../boundary/palette';

const KEYS: readonly Rgb[] = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#b5de2b',
  '#fde725',
].map((hex) => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255] as const;
});

/** The colour at t in [0, 1] (clamped), written to out[0..2] (no allocation per cell). */
export function viridis(t: number, out: Uint8ClampedArray | number[], offset = 0): void {
  const u = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const scaled = u * (KEYS.length - 1);
  const i = Math.min(KEYS.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const a = KEYS[i],
    b = KEYS[i + 1];
  out[offset] = a[0] + (b[0] - a[0]) * f;
  out[offset + 1] = a[1] + (b[1] - a[1]) * f;
  out[offset + 2] = a[2] + (b[2] - a[2]) * f;
}

/** As CSS, for the legend's ramp. */
export function viridisCss(t: number): string {
  const c = [0, 0, 0];
  viridis(t, c);
  return `rgb(${Math.round(c[0])}, ${Math.round(c[1])}, ${Math.round(c[2])})`;
}
