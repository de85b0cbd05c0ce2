// What the playground says about how a run started is news only until that run ends: "the
// optimizer changed, so training started over" used to stay on the page through every later
// run, until dismissed.
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

describe('notices in Chromium', () => {
  it('"training started over" goes once the run it was about has ended', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(app().url);
    await page.getByLabel('Data set').selectOption('xor');
    const epochs = page.getByLabel('Epochs', { exact: true });
    await epochs.fill('3');
    await epochs.press('Enter');
    await ready(page);
    const train = page.getByRole('button', { name: 'Train' });
    const finished = page.getByRole('status').filter({ hasText: /^Training finished at epoch 3/ });
    await train.click();
    await expect.poll(() => finished.isVisible(), { timeout: 30_000 }).toBe(true);

    await page.getByLabel('Optimizer').selectOption('sgd');
    const startedOver = page.getByText(/^The optimizer changed, so training started over/);
    await expect.poll(() => startedOver.isVisible(), { timeout: 10_000 }).toBe(true);
    await ready(page);
    await train.click();
    await expect.poll(() => finished.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await startedOver.count()).toBe(0);
    await page.close();
  }, 90_000);
});
