// Convolutions in the builder, in real Chromium against the built app: on digits, a
// convolution and a pooling go in front of the dense layers, each row shows what comes out
// of it and what it learns, a kernel too large for what reaches the pooling is refused on the
// row it concerns and the network stays as it was; without image data the image layers
// cannot be added, and the page says why. (Training a convolution is the engine's tests'.)
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

async function open(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(app().url);
  await ready(page);
  return page;
}

const IMAGE_LAYERS = ['Add convolution', 'Add max pooling', 'Add average pooling', 'Add flatten'];

/** The builder's rows, and the text of one of them (n from 1, as the page numbers them). */
function rows(page: Page): Locator {
  return page.getByRole('list', { name: 'Layers' }).getByRole('listitem');
}
const rowText = (page: Page, n: number) =>
  rows(page)
    .nth(n - 1)
    .textContent();

describe('convolutions in the builder', () => {
  it('cannot add image layers to spiral data, and says which data sets have images', async () => {
    const page = await open();
    expect(await page.getByText(/^2 inputs · /).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add dense layer' }).isEnabled()).toBe(true);
    for (const name of IMAGE_LAYERS) {
      const button = page.getByRole('button', { name });
      expect(await button.isDisabled(), name).toBe(true);
      // The reason is on the page, and is the button's description for a screen reader.
      const reason = page.locator(`[id="${await button.getAttribute('aria-describedby')}"]`);
      expect(await reason.textContent(), name).toBe(
        'Needs image data: pick Digits (8×8) or Fashion-MNIST (28×28) as the data set.',
      );
      expect(await reason.isVisible(), name).toBe(true);
    }
    await page.close();
  }, 60_000);

  it('adds a convolution and a pooling on digits, shows their shapes, and refuses a kernel too large', async () => {
    const page = await open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByLabel('Data set').selectOption('digits');
    await expect
      .poll(() => page.getByText(/^1 × 8 × 8 image · /).isVisible(), { timeout: 20_000 })
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Add convolution' }).isEnabled()).toBe(true);
    expect(await page.locator('text=Needs image data').count()).toBe(0);
    const before = await rows(page).count();

    // In front of the dense layers: 8 filters of 1·3·3 weights and a bias, 8·9 + 8 = 80
    // parameters; 8 − 3 + 1 = 6 positions a side.
    await page.getByRole('button', { name: 'Add convolution' }).click();
    await expect.poll(() => rows(page).count(), { timeout: 10_000 }).toBe(before + 1);
    expect(await rowText(page, 1)).toMatch(
      /^1\. Convolution, 8 filters 3×3→ 8 × 6 × 6 · 80 parameters/,
    );
    // The dense layer after it now takes the 8 × 6 × 6 = 288 numbers: 288·16 + 16 = 4624.
    expect(await rowText(page, 2)).toMatch(/^2\. Dense, 16 units→ 16 · 4,624 parameters/);

    // After the convolution, before the dense layers: ⌊(6 − 2)/2⌋ + 1 = 3 a side.
    await page.getByRole('button', { name: 'Add max pooling' }).click();
    await expect.poll(() => rows(page).count(), { timeout: 10_000 }).toBe(before + 2);
    expect(await rowText(page, 2)).toMatch(/^2\. Max pooling 2×2→ 8 × 3 × 3 · 0 parameters/);
    expect(await rowText(page, 3)).toMatch(/^3\. Dense, 16 units→ 16 · 1,168 parameters/);

    // Raise the kernel a step at a time: 4 … 7 leave the pooling something (7: 2 × 2, one
    // window), 8 leaves 1 × 1, smaller than the pooling's 2 × 2 window.
    const kernel = page.getByRole('spinbutton', { name: 'Kernel size of layer 1' });
    for (let k = 4; k <= 7; k++) {
      await kernel.fill(String(k));
      await kernel.press('Enter');
      const side = 8 - k + 1;
      await expect
        .poll(() => rowText(page, 1), { timeout: 10_000 })
        .toMatch(
          `Convolution, 8 filters ${k}×${k}→ 8 × ${side} × ${side} · ${8 * k * k + 8} parameters`,
        );
    }
    await kernel.fill('8');
    await kernel.press('Enter');
    const onPooling = rows(page).nth(1).getByRole('alert');
    await expect.poll(() => onPooling.isVisible(), { timeout: 10_000 }).toBe(true);
    // Below the field it is about, the pooling's window, and nowhere else.
    expect(await onPooling.textContent()).toBe(
      'That change was not applied: Pooling window of layer 2 is 2, larger than its 1 × 1 input: the pooling leaves no output',
    );
    const window = page.getByRole('spinbutton', { name: 'Pooling window of layer 2' });
    expect(await window.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.getByRole('alert').filter({ hasText: 'the pooling leaves no output' }).count(),
    ).toBe(1);
    // The network is the one before: a 7×7 kernel, the field back at 7.
    expect(await rowText(page, 1)).toMatch(
      /^1\. Convolution, 8 filters 7×7→ 8 × 2 × 2 · 400 parameters/,
    );
    expect(await rowText(page, 2)).toMatch(/^2\. Max pooling 2×2→ 8 × 1 × 1 · 0 parameters/);
    expect(await kernel.inputValue()).toBe('7');

    // A kernel larger than the image itself is the convolution's own refusal, on its row.
    await kernel.fill('9');
    await kernel.press('Enter');
    const onConv = rows(page).nth(0).getByRole('alert');
    await expect.poll(() => onConv.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await onConv.textContent()).toBe(
      'Not applied: kernelSize is 9 × 9, larger than its 8 × 8 input (use a smaller kernel or more padding)',
    );
    expect(await onPooling.count()).toBe(0);
    expect(await kernel.inputValue()).toBe('7');

    // An accepted edit clears the refusal.
    await kernel.fill('3');
    await kernel.press('Enter');
    await expect.poll(() => onConv.count(), { timeout: 10_000 }).toBe(0);
    expect(await rowText(page, 2)).toMatch(/→ 8 × 3 × 3 · 0 parameters/);

    // A second pooling would find a 3 × 3 image, then a third a 1 × 1 one: refused. The
    // refusal concerns a layer that is not on the page, so it shows by the Add buttons, not on
    // the row that happens to have its number.
    await page.getByRole('button', { name: 'Add max pooling' }).click();
    await expect.poll(() => rows(page).count(), { timeout: 10_000 }).toBe(before + 3);
    await page.getByRole('button', { name: 'Add max pooling' }).click();
    const byAdd = page
      .getByRole('alert')
      .filter({ hasText: /^Not changed: model\.layers\[3\]\.size is 2/ });
    await expect.poll(() => byAdd.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await rows(page).getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Remove layer 3' }).click();
    await expect.poll(() => rows(page).count(), { timeout: 10_000 }).toBe(before + 2);

    // The other image layers go where the image ends too: ⌊(3 − 2)/2⌋ + 1 = 1 a side, then
    // 8 numbers in a row for the dense layer after them (8·16 + 16 = 144).
    await page.getByRole('button', { name: 'Add average pooling' }).click();
    await expect.poll(() => rows(page).count(), { timeout: 10_000 }).toBe(before + 3);
    expect(await rowText(page, 3)).toMatch(/^3\. Average pooling 2×2→ 8 × 1 × 1 · 0 parameters/);
    await page.getByRole('button', { name: 'Add flatten' }).click();
    await expect.poll(() => rows(page).count(), { timeout: 10_000 }).toBe(before + 4);
    expect(await rowText(page, 4)).toMatch(/^4\. Flatten→ 8 · 0 parameters/);
    expect(await rowText(page, 5)).toMatch(/^5\. Dense, 16 units→ 16 · 144 parameters/);

    // Without their biases: 8·1·3·3 = 72 weights; 8·16 = 128.
    await page.getByRole('checkbox', { name: 'Bias in layer 1' }).uncheck();
    await expect
      .poll(() => rowText(page, 1), { timeout: 10_000 })
      .toMatch(/→ 8 × 6 × 6 · 72 parameters/);
    await page.getByRole('checkbox', { name: 'Bias in layer 5' }).uncheck();
    await expect.poll(() => rowText(page, 5), { timeout: 10_000 }).toMatch(/→ 16 · 128 parameters/);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
