// A colour as the page shows it (three bytes) and as the network takes it (three numbers in
// [0, 1], the colour names set's inputs).

export type Rgb = readonly [number, number, number];

export function toInput(rgb: Rgb): Float32Array {
  return Float32Array.from(rgb, (c) => c / 255);
}

/** A colour's inputs back to bytes, rounded. */
export function fromInputs(values: ArrayLike<number>, offset = 0): Rgb {
  const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v * 255)));
  return [byte(values[offset]), byte(values[offset + 1]), byte(values[offset + 2])];
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** "#e93f7f" to bytes; null for anything else. */
export function fromHex(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m === null ? null : [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** Whether two inputs are the same colour (a trace is for the colour shown). */
export function sameInput(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  return a.length === b.length && Array.from(a).every((v, i) => Math.abs(v - b[i]) < 1e-6);
}
