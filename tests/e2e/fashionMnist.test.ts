// Fashion-MNIST in the page, in real Chromium against the built app: the worker fetches the
// 6 MB file (over a throttled connection, as from a slow school network), the data panel
// shows how much has arrived, then the set trains with its class names.
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();

describe('Fashion-MNIST in Chromium', () => {
  it('shows the download, then trains a dense network on the 28×28 images', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app().url);
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
      .toBe(true);
    // About 3 MB a second: the 6 MB file takes two seconds or so.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 3_000_000,
      uploadThroughput: -1,
    });
    await page.getByLabel('Data set').selectOption('fashion_mnist');
    const loading = page.getByRole('status').filter({ hasText: /^Loading the data set/ });
    await expect.poll(() => loading.textContent(), { timeout: 10_000 }).toMatch(/of 6\.1 MB$/);
    await expect
      .poll(
        () =>
          page
            .getByText(/4800 training samples and 1200 validation samples, 784 inputs, 10 classes/)
            .isVisible(),
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await loading.count()).toBe(0);
    await page.getByRole('button', { name: 'Step epoch' }).click();
    const table = page.getByRole('table', { name: 'Confusion matrix (validation)' });
    await expect.poll(() => table.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await table.getByText('Ankle boot').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
