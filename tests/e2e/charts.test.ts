// The playground's curves on canvas (charts/LineCanvas.tsx), read from their pixels in real
// Chromium: the lines are drawn where the data is and follow training, the canvas is as
// sharp as the screen, a hover reads values out without redrawing, and a screen reader gets
// the numbers as a table.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';
import { canvasPicture, colourInk } from './chartPixels';

const app = useApp();

const BLUE: [number, number, number] = [0, 114, 178]; // training (charts/epochLook.ts)
const ORANGE: [number, number, number] = [230, 159, 0]; // validation
const GREY: [number, number, number] = [119, 119, 119]; // the minibatch line, 55% opaque

async function open(deviceScaleFactor = 1): Promise<Page> {
  const page = await app().browser.newPage({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor,
  });
  await page.goto(app().url);
  await ready(page);
  return page;
}

const epochOf = async (page: Page) =>
  Number(/Epoch (\d+)/.exec((await page.locator('.d-progress').textContent()) ?? '')?.[1] ?? 0);

/** Waits until the chart has drawn `epoch`: the run bar says an epoch before the chart shows it. */
async function drawn(page: Page, chart: string, epoch: number): Promise<void> {
  const table = page.getByRole('table', { name: `${chart}: some of the values drawn` });
  await expect
    .poll(() => table.getByRole('rowheader').last().textContent(), { timeout: 10_000 })
    .toBe(String(epoch));
}

async function stepEpochs(page: Page, n: number): Promise<void> {
  const before = await epochOf(page);
  for (let i = 0; i < n; i++) await page.getByRole('button', { name: 'Step epoch' }).click();
  await expect.poll(() => epochOf(page), { timeout: 10_000 }).toBe(before + n);
}

describe('the canvas charts', () => {
  it('draw the curves across the plot and follow training', async () => {
    const page = await open();
    await stepEpochs(page, 3);
    await drawn(page, 'Loss by epoch', 3);
    const loss = page.getByRole('img', { name: 'Loss by epoch' });
    // Training and validation, each from the first epoch to the last: across the plot.
    await expect
      .poll(async () => (await colourInk(loss, BLUE)).count, { timeout: 5_000 })
      .toBeGreaterThan(100);
    for (const colour of [BLUE, ORANGE]) {
      const ink = await colourInk(loss, colour);
      expect(ink.to - ink.from).toBeGreaterThan(0.7 * ink.width);
    }
    const minibatch = page.getByRole('img', { name: 'Minibatch loss by step' });
    // Redrawn a moment after the loss chart (its own phase): across the plot once it has been.
    const spread = async () => {
      const steps = await colourInk(minibatch, GREY, 120);
      return (steps.to - steps.from) / steps.width;
    };
    await expect.poll(spread, { timeout: 5_000 }).toBeGreaterThan(0.7);

    // Two more epochs: a new picture, and the table of its numbers ends at epoch 5.
    const first = await canvasPicture(loss);
    const table = page.getByRole('table', { name: 'Loss by epoch: some of the values drawn' });
    expect(await table.getByRole('rowheader').last().textContent()).toBe('3');
    await stepEpochs(page, 2);
    await expect
      .poll(() => table.getByRole('rowheader').last().textContent(), { timeout: 5_000 })
      .toBe('5');
    await expect.poll(() => canvasPicture(loss), { timeout: 5_000 }).not.toBe(first);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Epoch',
      'Training',
      'Validation',
    ]);
    await page.close();
  }, 60_000);

  it('read the values under the pointer without redrawing the picture', async () => {
    const page = await open();
    await stepEpochs(page, 4);
    await drawn(page, 'Accuracy by epoch', 4);
    const accuracy = page.getByRole('img', { name: 'Accuracy by epoch' });
    await expect
      .poll(async () => (await colourInk(accuracy, BLUE)).count, { timeout: 5_000 })
      .toBeGreaterThan(50);
    const picture = await canvasPicture(accuracy);
    const box = (await accuracy.locator('canvas').boundingBox())!;
    // The right end of the plot: the last epoch.
    await page.mouse.move(box.x + box.width - 14, box.y + box.height / 2);
    const tip = accuracy.locator('.d-line-tip');
    await expect.poll(() => tip.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await tip.innerText()).toMatch(/^Epoch 4\nTraining: [\d.]+%\nValidation: [\d.]+%$/);
    expect(await canvasPicture(accuracy)).toBe(picture);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.count(), { timeout: 5_000 }).toBe(0);
    await page.close();
  }, 60_000);

  it('have as many pixels as the screen shows, and follow their box’s width', async () => {
    const page = await open(2);
    await stepEpochs(page, 1);
    const canvas = page.getByRole('img', { name: 'Loss by epoch' }).locator('canvas');
    const size = () =>
      canvas.evaluate((element) => {
        const c = element as unknown as {
          width: number;
          getBoundingClientRect(): { width: number };
        };
        return [c.width, c.getBoundingClientRect().width];
      });
    const [pixels, css] = await size();
    expect(pixels).toBe(Math.round(2 * css));
    // A narrower window (a tablet): the canvas follows, still at twice its CSS width.
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect.poll(async () => (await size())[1], { timeout: 5_000 }).not.toBe(css);
    await expect
      .poll(
        async () => {
          const [p, c] = await size();
          return p - Math.round(2 * c);
        },
        { timeout: 5_000 },
      )
      .toBe(0);
    await page.close();
  }, 60_000);
});
