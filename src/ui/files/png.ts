// Charts as PNG images. A canvas is encoded as it is. A chart (an element holding a picture
// and its legend) is drawn under its title, with its legend (HTML beside the picture) where
// the page shows it. Its picture is a canvas (the playground's curves, LineCanvas) or SVG
// (recharts' charts). A canvas chart is drawn again at the PNG's scale (sharpCopy). SVG is
// styled partly by the stylesheet: it is copied with each element's computed style written
// inline and drawn through an <img>.
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
/** What an SVG element needs from the stylesheet to draw the same outside the page. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
];

export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded'))),
      'image/png',
    ),
  );
}

/** The chart inside `container` as a PNG, `title` above it and `legend` (if any) below. */
export async function chartPng(
  container: HTMLElement,
  title: string,
  legend: LegendEntry[] = [],
): Promise<Blob> {
  const svg = largestSvg(container);
  const canvases = svg === null ? [...container.querySelectorAll('canvas')] : [];
  if (svg === null && canvases.length === 0) throw new Error('the chart has not been drawn yet');
  // recharts' SVG spans its legend; a canvas chart's legend is beside it, in the container.
  const box = (svg ?? container).getBoundingClientRect();
  const image = svg === null ? null : await svgImage(svg, box);
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
  if (image !== null) ctx.drawImage(image, PAD, TITLE_HEIGHT, box.width, box.height);
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

/** The chart's own SVG: recharts also draws each legend icon as a small SVG. */
function largestSvg(container: HTMLElement): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of container.querySelectorAll('svg')) {
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area) [best, area] = [svg, r.width * r.height];
  }
  return best;
}

async function svgImage(svg: SVGSVGElement, box: DOMRect): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((element, i) => {
    const computed = getComputedStyle(element);
    const style = (to[i] as SVGElement).style;
    for (const p of STYLE_PROPERTIES) style.setProperty(p, computed.getPropertyValue(p));
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  const text = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The chart's legend, an HTML list (recharts' or LineCanvas'): each entry's line and name where they are. */
function drawPageLegend(
  ctx: CanvasRenderingContext2D,
  container: HTMLElement,
  box: DOMRect,
  left: number,
  top: number,
): void {
  ctx.textBaseline = 'middle';
  for (const item of container.querySelectorAll('.recharts-legend-item, .d-line-key')) {
    const text = item.querySelector('.recharts-legend-item-text, .d-line-name');
    const icon = item.querySelector('svg, .d-line-swatch');
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
