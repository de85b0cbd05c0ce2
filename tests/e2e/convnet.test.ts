// The student, in real Chromium against the built app: picks Fashion-MNIST, adds two
// convolutions with pooling, trains, and watches the filters and feature maps change; picks
// another sample picture and the maps follow it to its class probabilities.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

/** What a canvas shows, as a PNG data URL: equal strings, equal pictures. */
const pixels = (canvas: Locator) =>
  canvas.evaluate((c) =>
    (c as unknown as { toDataURL(type: string): string }).toDataURL('image/png'),
  );

/** The app in a page of 1280 × 900, with the errors it throws collected. */
async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app().url);
  return { page, errors };
}

async function epoch(page: Page): Promise<number> {
  const text = (await page.locator('.d-progress').textContent()) ?? '';
  return Number(/Epoch (\d+)/.exec(text)?.[1] ?? 0);
}

describe('a convolutional network on Fashion-MNIST', () => {
  it('builds, trains, and shows filters and feature maps changing as it learns', async () => {
    const { page, errors } = await open();
    await ready(page);
    await page.getByLabel('Data set').selectOption('fashion_mnist');
    await expect
      .poll(() => page.getByText(/^1 × 28 × 28 image · /).isVisible(), { timeout: 30_000 })
      .toBe(true);

    for (const name of [
      'Add convolution',
      'Add max pooling',
      'Add convolution',
      'Add max pooling',
    ]) {
      await page.getByRole('button', { name }).click();
    }
    const rows = page.getByRole('list', { name: 'Layers' }).getByRole('listitem');
    // 3×3 kernels without padding take two pixels off each side; pooling 2 halves (floor).
    const shapes = ['8 × 26 × 26', '8 × 13 × 13', '8 × 11 × 11', '8 × 5 × 5'];
    for (const [i, shape] of shapes.entries()) {
      await expect.poll(() => rows.nth(i).textContent(), { timeout: 10_000 }).toContain(shape);
    }
    await expect
      .poll(() => page.getByText(/4800 training samples and 1200 validation samples/).isVisible(), {
        timeout: 30_000,
      })
      .toBe(true);

    // Before training: the first sample, every channel of every image layer, the filters.
    const inside = page.getByRole('group', { name: 'One sample through the network' });
    const filter = inside.getByRole('img', { name: 'Filter 1 of layer 1' });
    const map = inside.getByRole('img', { name: 'Channel 1 of layer 3' });
    await expect.poll(() => filter.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(
      await inside.getByRole('group', { name: 'Feature maps of layer 1' }).getByRole('img').count(),
    ).toBe(8);
    expect(await inside.getByRole('group', { name: 'Filters of layer 3' }).textContent()).toContain(
      'mean over 8 input channels',
    );
    const [filterBefore, mapBefore] = [await pixels(filter), await pixels(map)];

    await page.getByRole('button', { name: 'Step epoch' }).click();
    await expect.poll(() => epoch(page), { timeout: 60_000 }).toBe(1);
    // The pictures follow the weights: what the first filter looks for, and what the second
    // convolution makes of the sample, have both moved.
    await expect.poll(() => pixels(filter), { timeout: 10_000 }).not.toBe(filterBefore);
    await expect.poll(() => pixels(map), { timeout: 10_000 }).not.toBe(mapBefore);

    // The per-class view names Fashion-MNIST's classes; a sample picture chooses the sample.
    const table = page.getByRole('table', { name: 'Confusion matrix (validation)' });
    await expect.poll(() => table.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await table.getByText('Ankle boot').count()).toBeGreaterThan(0);
    const samples = page.getByRole('button', { name: /^Sample \d+: true .+ · predicted / });
    await expect.poll(() => samples.count(), { timeout: 10_000 }).toBe(24);
    await samples.nth(5).click();
    await expect
      .poll(
        () => inside.getByRole('img', { name: /^Sample 6 of the validation part/ }).isVisible(),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    const classes = inside.getByRole('list', { name: 'Class probabilities for this sample' });
    expect(await classes.getByRole('listitem').count()).toBe(10);
    expect(await classes.textContent()).toContain('Sneaker');
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  it('lets a student draw a digit and see what the trained network makes of it', async () => {
    const { page, errors } = await open();
    await page.getByLabel('Data set').selectOption('digits');
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 30_000 })
      .toBe(true);
    await page.getByRole('button', { name: 'Step epoch' }).click();
    await expect.poll(() => epoch(page), { timeout: 60_000 }).toBe(1);

    const pad = page.getByRole('application', { name: /^Drawing pad/ });
    expect(await pad.getAttribute('aria-label')).toContain('8×8 image');
    const box = (await pad.boundingBox())!;
    // A "1": one stroke down the middle.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.15);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * (0.15 + 0.07 * k));
    }
    await page.mouse.up();
    const guess = page
      .getByRole('status')
      .filter({ hasText: /^The network says: \d \(\d+\.\d%\)$/ });
    await expect.poll(() => guess.isVisible(), { timeout: 10_000 }).toBe(true);
    const inside = page.getByRole('group', { name: 'One sample through the network' });
    expect(await inside.getByRole('img', { name: 'Your drawing' }).isVisible()).toBe(true);
    // Clearing goes back to a sample of the data, and the button waits for the next drawing.
    await page.getByRole('button', { name: 'Clear drawing' }).click();
    expect(await page.getByRole('button', { name: 'Clear drawing' }).isDisabled()).toBe(true);
    await expect.poll(() => guess.count(), { timeout: 10_000 }).toBe(0);

    // The same with the keys alone: from the middle, Shift and the arrows draw a stroke.
    await pad.focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowUp');
    for (let k = 0; k < 6; k++) await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => guess.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole('button', { name: 'Clear drawing' }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('reads a CSV of pixels as images, and trains a convolution on them', async () => {
    const { page, errors } = await open();
    // Sixty 8 × 8 pictures: a bright top half (class "top") or a bright bottom half.
    const rows = Array.from({ length: 60 }, (_, i) => {
      const top = i % 2 === 0;
      const pixels = Array.from({ length: 64 }, (_, p) => (p < 32 === top ? 200 : 10) + (i % 7));
      return `${pixels.join(',')},${top ? 'top' : 'bottom'}`;
    });
    const header = [...Array.from({ length: 64 }, (_, p) => `px${p}`), 'where'].join(',');
    await page.getByLabel('Your own data (CSV)').setInputFiles({
      name: 'halves.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\n')),
    });
    // 64 columns make a square: taken for an 8 × 8 image at first, and the user can say not.
    const asImage = page.getByLabel('The columns are the pixels of an image');
    await expect.poll(() => asImage.isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByLabel('Height').inputValue()).toBe('8');
    await page.getByLabel('Width').fill('9');
    await page.getByLabel('Width').press('Enter');
    const refusal = page.getByRole('alert').filter({ hasText: /1 × 8 × 9 holds 72 pixels/ });
    await expect.poll(() => refusal.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await page.getByRole('button', { name: 'Use this data' }).isDisabled()).toBe(true);
    await page.getByLabel('Width').fill('8');
    await page.getByLabel('Width').press('Enter');
    await page.getByRole('button', { name: 'Use this data' }).click();
    await expect
      .poll(() => page.getByText(/^1 × 8 × 8 image · /).isVisible(), { timeout: 20_000 })
      .toBe(true);
    await page.getByRole('button', { name: 'Add convolution' }).click();
    await ready(page);
    await page.getByRole('button', { name: 'Step epoch' }).click();
    await expect.poll(() => epoch(page), { timeout: 30_000 }).toBe(1);
    const inside = page.getByRole('group', { name: 'One sample through the network' });
    expect(await inside.getByRole('img', { name: 'Filter 1 of layer 1' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('runs the lesson that sets a dense network against a convolutional one, and opens one', async () => {
    const { page, errors } = await open();
    await page.getByRole('tab', { name: 'Lessons' }).click();
    await page
      .getByRole('button', { name: /the lesson “Dense against convolutional at the same/ })
      .click();
    expect(await page.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    // The two networks are the form's values, in the builder's words.
    const networks = page.getByRole('list', { name: 'Networks to compare' }).getByRole('listitem');
    await expect.poll(() => networks.count(), { timeout: 10_000 }).toBe(2);
    expect(await networks.nth(1).textContent()).toMatch(/^conv 8 5×5 relu → max pool 2×2/);
    // The lesson runs by itself; both runs appear, each can be opened in the playground.
    const opener = page.getByRole('button', {
      name: /^Open conv 8 5×5 relu .* in the playground$/,
    });
    await expect.poll(() => opener.isVisible(), { timeout: 30_000 }).toBe(true);
    await opener.click();
    expect(await page.getByRole('tab', { name: 'Playground' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await expect
      .poll(() => page.getByText(/^1 × 28 × 28 image · /).isVisible(), { timeout: 30_000 })
      .toBe(true);
    const rows = page.getByRole('list', { name: 'Layers' }).getByRole('listitem');
    expect(await rows.first().textContent()).toContain('8 × 24 × 24');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
