// Charts as PNG images. A canvas is encoded as it is. A chart (an element holding a canvas,
// LineCanvas, and its legend) is drawn under its title, drawn again at the PNG's scale
// (sharpCopy), with its legend (HTML beside the picture) where the page shows it.
import { sharpCopy } from '../charts/sharpCopy';

/** A series named below a chart whose legend lives elsewhere on the page (compare's runs). */
export interface LegendEntry {
  label: string;
  color: string;
}

/** Pixels per CSS pixel: sharp on a projector or a slide. */
const SCALE = 2;
const PAD = 12;
const TITLE_FONT = '600 14px system-ui, sans-serif';
const LEGEND_FONT = '12px system-ui, sans-serif';
const TITLE_HEIGHT = 28;
const LEGEND_ROW = 20;
export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded'))),
      'image/png',
    ),
  );
}

/** The chart inside `container` as a PNG, `title` above it and `legend` (if any) below. */
export function chartPng(
  container: HTMLElement,
  title: string,
  legend: LegendEntry[] = [],
): Promise<Blob> {
  const canvases = [...container.querySelectorAll('canvas')];
  if (canvases.length === 0) throw new Error('the chart has not been drawn yet');
  // The legend is beside the canvas, in the container.
  const box = container.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('no 2-D canvas');
  ctx.font = LEGEND_FONT;
  const entries = layoutLegend(ctx, legend, box.width);
  const legendHeight = entries.length > 0 ? PAD + LEGEND_ROW * (entries.at(-1)!.row + 1) : 0;
  // Sizing the canvas resets its context: everything is set from here on.
  canvas.width = Math.ceil((box.width + 2 * PAD) * SCALE);
  canvas.height = Math.ceil((TITLE_HEIGHT + box.height + legendHeight + PAD) * SCALE);
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1d1d1f';
  ctx.font = TITLE_FONT;
  ctx.textBaseline = 'middle';
  ctx.fillText(title, PAD, TITLE_HEIGHT / 2 + 2);
  for (const canvas of canvases) {
    const r = canvas.getBoundingClientRect();
    ctx.drawImage(
      sharpCopy(canvas, SCALE),
      PAD + r.left - box.left,
      TITLE_HEIGHT + r.top - box.top,
      r.width,
      r.height,
    );
  }
  ctx.font = LEGEND_FONT;
  drawPageLegend(ctx, container, box, PAD, TITLE_HEIGHT);
  drawLegend(ctx, entries, PAD, TITLE_HEIGHT + box.height + PAD);
  return canvasPng(canvas);
}

/** The chart's legend, an HTML list (LineCanvas'): each entry's line and name where they are. */
function drawPageLegend(
  ctx: CanvasRenderingContext2D,
  container: HTMLElement,
  box: DOMRect,
  left: number,
  top: number,
): void {
  ctx.textBaseline = 'middle';
  for (const item of container.querySelectorAll('.d-line-key')) {
    const text = item.querySelector('.d-line-name');
    const icon = item.querySelector('.d-line-swatch');
    if (text === null) continue;
    const color = getComputedStyle(text).color;
    const t = text.getBoundingClientRect();
    const y = top + t.top - box.top + t.height / 2;
    if (icon !== null) {
      const i = icon.getBoundingClientRect();
      swatch(ctx, color, left + i.left - box.left, y, i.width);
    }
    ctx.fillStyle = color;
    ctx.fillText(text.textContent ?? '', left + t.left - box.left, y);
  }
}

interface Placed {
  entry: LegendEntry;
  x: number;
  row: number;
}

/** Entries left to right, wrapping at `width`, measured in the context's font. */
function layoutLegend(ctx: CanvasRenderingContext2D, legend: LegendEntry[], width: number) {
  let x = 0,
    row = 0;
  return legend.map((entry): Placed => {
    const w = 18 + ctx.measureText(entry.label).width + 16;
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    const placed = { entry, x, row };
    x += w;
    return placed;
  });
}

function drawLegend(ctx: CanvasRenderingContext2D, entries: Placed[], left: number, top: number) {
  ctx.textBaseline = 'middle';
  for (const { entry, x, row } of entries) {
    const y = top + row * LEGEND_ROW + LEGEND_ROW / 2;
    swatch(ctx, entry.color, left + x, y, 14);
    ctx.fillStyle = '#1d1d1f';
    ctx.fillText(entry.label, left + x + 18, y);
  }
}

function swatch(ctx: CanvasRenderingContext2D, color: string, x: number, y: number, w: number) {
  ctx.strokeStyle = color;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + w, y);
  ctx.stroke();
}
