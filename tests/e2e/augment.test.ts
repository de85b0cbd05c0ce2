// Data augmentation in the playground, as a person uses it: switched on, it offers jitter
// for points and the image transforms for images (a mirror only where it keeps the class);
// a refused value is said at its field; a change of data turns off what no longer fits and
// says so, instead of refusing the change; the setting is kept with the experiment.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();

async function ready(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
    .toBe(true);
}

describe('data augmentation in Chromium', () => {
  it('offers what fits the data, refuses a bad σ at its field, and follows a change of data', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app().url);
    await ready(page);
    const on = page.getByLabel('Augment the training batches');
    await on.check();
    const jitter = page.getByLabel('Jitter σ (noise on the inputs)');
    await expect.poll(() => jitter.inputValue()).toBe('0.1');
    expect(await page.getByLabel('Shift up to (pixels)').count()).toBe(0); // points: no pixels

    // −1 is no σ: said at the field, and the experiment keeps 0.1.
    await jitter.fill('-1');
    await jitter.press('Enter');
    await expect.poll(() => jitter.getAttribute('aria-invalid')).toBe('true');
    expect(await jitter.inputValue()).toBe('0.1');

    // Trains with it.
    await ready(page);
    await page.getByRole('button', { name: 'Step epoch' }).click();
    await expect
      .poll(async () => (await page.locator('.d-progress').textContent()) ?? '', {
        timeout: 20_000,
      })
      .toMatch(/Epoch 1/);

    // Digits are images: shifts, tilts and crops; a mirrored digit is another digit.
    await page.getByLabel('Data set').selectOption('digits');
    const shift = page.getByLabel('Shift up to (pixels)');
    await expect.poll(() => shift.count(), { timeout: 20_000 }).toBe(1);
    const mirror = page.getByLabel(/Mirror left–right/);
    expect(await mirror.isDisabled()).toBe(true);
    expect(await page.getByText(/a mirrored image may change class/).count()).toBe(1);
    await shift.fill('1');
    await shift.press('Enter');
    await ready(page);
    expect(await shift.inputValue()).toBe('1');

    // Back to points: the shift goes, jitter stays, and the page says why.
    await page.getByLabel('Data set').selectOption('moons');
    await expect
      .poll(() =>
        page.getByText(/Augmentation now fits the new data: the transforms it cannot use/).count(),
      )
      .toBe(1);
    expect(await page.getByLabel('Shift up to (pixels)').count()).toBe(0);
    expect(await jitter.inputValue()).toBe('0.1');
    await ready(page);

    // Kept with the experiment: a reload finds it on.
    await page.reload();
    await ready(page);
    expect(await page.getByLabel('Augment the training batches').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
