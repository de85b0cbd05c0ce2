// What a canvas chart (charts/LineCanvas.tsx) shows, read from its pixels: its labels are
// drawn, not in the DOM, so a test measures them as a reader sees them.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** A canvas as the page has it (these tests are typed without the DOM). */
interface PageCanvas {
  width: number;
  height: number;
  getBoundingClientRect(): { width: number };
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
  toDataURL(): string;
}

export interface AxisInk {
  /** The y axis line's x, in CSS pixels. */
  axisX: number;
  /** The leftmost label pixel, in CSS pixels (a label cut by the edge would start at 0). */
  labelLeft: number;
  /** Label pixels in the canvas's first and last CSS pixel columns: a label cut off there. */
  atEdges: number;
  /** How many labels (runs of rows with ink left of the tick marks), the tallest's height. */
  labels: number;
  tallest: number;
}

/** The y axis's labels of the chart's canvas: where they start, how tall, whether cut. */
export function axisInk(chart: Locator): Promise<AxisInk> {
  return chart.locator('canvas').evaluate((element) => {
    const canvas = element as unknown as PageCanvas;
    const { width, height } = canvas;
    const ratio = width / canvas.getBoundingClientRect().width;
    const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    const alpha = (x: number, y: number) => data[4 * (y * width + x) + 3];
    // The y axis: the leftmost column painted down half the canvas or more.
    let axis = -1;
    for (let x = 0; x < width && axis < 0; x++) {
      let n = 0;
      for (let y = 0; y < height; y++) if (alpha(x, y) > 128) n++;
      if (n > height / 2) axis = x;
    }
    // Labels sit left of the 6 px tick marks.
    const strip = axis - Math.ceil(6 * ratio) - 1;
    let left = Infinity;
    const inked: boolean[] = [];
    for (let y = 0; y < height; y++) {
      let any = false;
      for (let x = 0; x < strip; x++) {
        if (alpha(x, y) > 40) {
          any = true;
          left = Math.min(left, x);
        }
      }
      inked.push(any);
    }
    const runs: number[] = [];
    let run = 0;
    for (const any of [...inked, false]) {
      if (any) run++;
      else if (run > 0) {
        runs.push(run);
        run = 0;
      }
    }
    let atEdges = 0;
    const edge = Math.ceil(ratio);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < edge; x++) {
        if (alpha(x, y) > 40) atEdges++;
        if (alpha(width - 1 - x, y) > 40) atEdges++;
      }
    }
    return {
      axisX: axis / ratio,
      labelLeft: left / ratio,
      atEdges,
      labels: runs.length,
      tallest: Math.max(0, ...runs) / ratio,
    };
  });
}

/** A colour as red, green and blue from 0 to 255. */
export type Rgb = [number, number, number];

/**
 * Pixels of the chart's canvas near `rgb` and at least `alpha` opaque (a line drawn at 55%
 * opacity is 140): how many, and the CSS x span they cover.
 */
export function colourInk(
  chart: Locator,
  rgb: [number, number, number],
  alpha = 200,
): Promise<{ count: number; from: number; to: number; width: number }> {
  return chart.locator('canvas').evaluate(
    (element, [r, g, b, alpha]) => {
      const canvas = element as unknown as PageCanvas;
      const { width, height } = canvas;
      const ratio = width / canvas.getBoundingClientRect().width;
      const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
      let count = 0,
        from = Infinity,
        to = -Infinity;
      for (let i = 0; i < width * height; i++) {
        const near =
          data[4 * i + 3] >= alpha &&
          Math.abs(data[4 * i] - r) < 40 &&
          Math.abs(data[4 * i + 1] - g) < 40 &&
          Math.abs(data[4 * i + 2] - b) < 40;
        if (!near) continue;
        count++;
        from = Math.min(from, i % width);
        to = Math.max(to, i % width);
      }
      return { count, from: from / ratio, to: to / ratio, width: width / ratio };
    },
    [...rgb, alpha],
  );
}

/** The canvas as a data URL: equal strings, equal pictures. */
export function canvasPicture(chart: Locator): Promise<string> {
  return chart
    .locator('canvas')
    .evaluate((element) => (element as unknown as PageCanvas).toDataURL());
}

/** What decoding a PNG asks of the page (these tests are typed without the DOM). */
interface PageImages {
  createImageBitmap(blob: Blob): Promise<{ width: number; height: number }>;
  OffscreenCanvas: new (
    width: number,
    height: number,
  ) => {
    getContext(kind: '2d'): {
      drawImage(image: unknown, x: number, y: number): void;
      getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
    };
  };
}

/**
 * A chart's PNG, downloaded with `button` and decoded by the page: how many pixels of each
 * colour in the chart, and in the legend's row at the bottom (png.ts: the PNG names its
 * lines itself, as the page does with its buttons); and the file's name.
 */
export async function pngInk(
  page: Page,
  button: Locator,
  colours: Rgb[],
): Promise<{ fileName: string; ink: { chart: number; legend: number }[] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const base64 = readFileSync((await file.path())!).toString('base64');
  const ink = await page.evaluate(
    async ([base64, colours]) => {
      const page = globalThis as unknown as PageImages;
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await page.createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const { width, height } = image;
      const ctx = new page.OffscreenCanvas(width, height).getContext('2d');
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, width, height).data;
      // The legend's row and the padding under it: the bottom 32 px, at the PNG's 2 pixels each.
      const legendFrom = height - 64;
      return colours.map(([r, g, b]) => {
        let [chart, legend] = [0, 0];
        for (let i = 0; i < width * height; i++) {
          const near =
            Math.abs(data[4 * i] - r) < 40 &&
            Math.abs(data[4 * i + 1] - g) < 40 &&
            Math.abs(data[4 * i + 2] - b) < 40;
          if (near && i / width >= legendFrom) legend++;
          else if (near) chart++;
        }
        return { chart, legend };
      });
    },
    [base64, colours] as const,
  );
  return { fileName: file.suggestedFilename(), ink };
}
