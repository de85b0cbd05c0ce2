// The loss landscape as a person uses it, in real Chromium against the built app: train a
// few epochs, compute the landscape on random directions and watch it finish, then on the
// principal directions of the training path, whose axes say how much variance they explain.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();

async function epoch(page: Page): Promise<number> {
  const text = (await page.locator('.d-progress').textContent()) ?? '';
  return Number(/Epoch (\d+)/.exec(text)?.[1] ?? 0);
}

/**
 * Clicks Compute and waits for the landscape on `plane` to finish: the status line says
 * "Done" and the picture's name is the new plane's.
 */
async function compute(page: Page, plane: string): Promise<void> {
  await page.getByRole('button', { name: 'Compute' }).click();
  const image = page.getByRole('img', { name: /^Loss landscape/ });
  const finished = async () =>
    (await page.getByText(/^Done: /).isVisible()) &&
    ((await image.getAttribute('aria-label')) ?? '').startsWith(`Loss landscape, ${plane}, `);
  await expect.poll(finished, { timeout: 60_000, interval: 50 }).toBe(true);
  const bar = page.getByRole('progressbar', { name: 'Loss landscape progress' });
  // A <progress> element's value and max (the Node types know no HTMLProgressElement).
  const filled = await bar.evaluate((el) => {
    const { value, max } = el as unknown as { value: number; max: number };
    return [value, max];
  });
  expect(filled).toEqual([41 * 41, 41 * 41]);
}

describe('the loss landscape in Chromium', () => {
  it('draws the landscape on random and on principal directions after a few epochs', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app().url);
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
      .toBe(true);
    for (let e = 1; e <= 3; e++) {
      await page.getByRole('button', { name: 'Step epoch' }).click();
      await expect.poll(() => epoch(page), { timeout: 10_000 }).toBe(e);
    }

    // Random directions (the default choice) at the default 41×41.
    expect(await page.getByLabel('Resolution').inputValue()).toBe('41');
    await page.getByLabel('Random directions (filter-normalised)').check();
    await compute(page, 'random directions (filter-normalised)');
    const image = page.getByRole('img', { name: /^Loss landscape/ });
    const random = (await image.getAttribute('aria-label')) ?? '';
    expect(random).toMatch(/41×41 points: horizontal direction 1, vertical direction 2/);
    const [, low, high] = /loss from ([\d.e+-]*\d) to ([\d.e+-]*\d)/.exec(random) ?? [];
    expect(Number(low)).toBeGreaterThan(0);
    expect(Number(high)).toBeGreaterThan(Number(low));

    // The principal directions of the path: initial weights and three epoch ends.
    await page.getByLabel('Principal directions of the training path').check();
    await compute(page, 'principal directions of the training path');
    const pca = (await image.getAttribute('aria-label')) ?? '';
    expect(pca).toMatch(
      /^Loss landscape, principal directions of the training path, 41×41 points:/,
    );
    expect(pca).toMatch(
      /horizontal PC1 \(\d+\.\d% of variance\), vertical PC2 \(\d+\.\d% of variance\)/,
    );
    expect(pca).toMatch(/training path through 4 recorded weights/);
    expect(await page.getByText(/^PC1 \(\d+\.\d% of variance\)$/).isVisible()).toBe(true);

    // Training again stops nothing that is done, and says the picture is of older weights.
    await page.getByRole('button', { name: 'Step epoch' }).click();
    await expect
      .poll(() => page.getByText(/The network has trained since/).isVisible(), { timeout: 10_000 })
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
