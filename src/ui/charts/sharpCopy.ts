// A canvas chart drawn again at another scale: a PNG at twice the screen's pixels is redrawn
// (sharp lines and text), not the screen's pixels enlarged. LineCanvas registers how each of
// its canvases draws; the PNG export (files/png.ts) asks.
const painters = new WeakMap<
  HTMLCanvasElement,
  (ctx: CanvasRenderingContext2D, dpr: number) => void
>();

/** How `canvas` draws itself at a device pixel ratio (its latest drawing). */
export function registerPainter(
  canvas: HTMLCanvasElement,
  paint: (ctx: CanvasRenderingContext2D, dpr: number) => void,
): void {
  painters.set(canvas, paint);
}

/** `canvas` drawn again at `scale` pixels per CSS pixel; the canvas itself if it cannot be. */
export function sharpCopy(canvas: HTMLCanvasElement, scale: number): HTMLCanvasElement {
  const paint = painters.get(canvas);
  const { width, height } = canvas.getBoundingClientRect();
  const copy = document.createElement('canvas');
  copy.width = Math.round(width * scale);
  copy.height = Math.round(height * scale);
  const ctx = copy.getContext('2d');
  if (paint === undefined || ctx === null) return canvas;
  paint(ctx, scale);
  return copy;
}
