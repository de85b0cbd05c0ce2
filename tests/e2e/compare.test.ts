// Compare and search as a person uses them, in real Chromium against the built app: four
// optimizers on the playground's spiral, four runs' curves; three depths of the same
// network; a search form that names a bad value as it is entered; a small search whose
// table fills, its best checked once on the test set and applied to the playground.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();

async function open(tab: string): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app().url);
  await page.getByRole('tab', { name: tab }).click();
  return page;
}

/** The status column of the compare's summary table. */
async function statuses(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Summary' }).locator('tbody tr');
  return Promise.all((await rows.all()).map((r) => r.locator('td').first().innerText()));
}

describe('compare and search in Chromium', () => {
  it('compares four optimizers on the spiral: four runs, their curves, a legend that hides one', async () => {
    const page = await open('Compare');
    expect(await page.getByLabel('Vary').inputValue()).toBe('optimizer');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect
      .poll(async () => (await statuses(page)).join(','), { timeout: 60_000 })
      .toBe('done,done,done,done');
    const curves = page
      .getByRole('img', { name: 'Loss by epoch for every run' })
      .locator('path.recharts-curve');
    // Training and validation per run.
    await expect.poll(() => curves.count(), { timeout: 5_000 }).toBe(8);
    const adam = page.getByRole('button', { name: 'adam', exact: true });
    await adam.click();
    expect(await adam.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => curves.count(), { timeout: 5_000 }).toBe(6);
    // Every run's layers as small multiples.
    await expect
      .poll(() => page.getByRole('img', { name: /^momentum, layer 1 outputs/ }).count(), {
        timeout: 5_000,
      })
      .toBe(1);
    await page.close();
  }, 90_000);

  it('compares the number of hidden layers; filters wait for a convolution', async () => {
    const page = await open('Compare');
    const vary = page.getByLabel('Vary');
    // The playground's spiral network has no convolution: filters is offered, disabled, with why.
    const filters = page.getByRole('option', {
      name: /^Filters \(every conv layer\) — needs a conv layer/,
    });
    expect(await filters.isDisabled()).toBe(true);
    await vary.selectOption('hiddenLayers');
    const values = page.getByRole('textbox', { name: 'Values' });
    expect(await values.inputValue()).toBe('1, 2, 3');
    expect(await page.getByText(/^The network changes shape from run to run/).isVisible()).toBe(
      true,
    );
    await values.fill('0, 1, 3');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect
      .poll(async () => (await statuses(page)).join(','), { timeout: 60_000 })
      .toBe('done,done,done');
    // One legend button per run, named by its depth.
    for (const name of ['no hidden layers', '1 hidden layer', '3 hidden layers']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    const curves = page
      .getByRole('img', { name: 'Loss by epoch for every run' })
      .locator('path.recharts-curve');
    await expect.poll(() => curves.count(), { timeout: 5_000 }).toBe(6);
    // Each run's layers as it has them: three hidden layers, or none.
    await expect
      .poll(() => page.getByRole('img', { name: /^3 hidden layers, layer 3 outputs/ }).count(), {
        timeout: 5_000,
      })
      .toBe(1);
    expect(
      await page.getByRole('img', { name: /^no hidden layers, layer 2 outputs/ }).count(),
    ).toBe(0);
    await page.close();
  }, 90_000);

  it('refuses values that are not values, naming which', async () => {
    const page = await open('Compare');
    await page.getByLabel('Vary').selectOption('lr');
    await page.getByRole('textbox', { name: 'Values' }).fill('0.01, fast');
    await page.getByRole('button', { name: 'Run' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 5_000 }).toMatch(/values\[1\]/);
    expect(await alert.textContent()).toMatch(/"fast"/);
    await page.close();
  }, 60_000);

  it('says a list of values past the limit at the field, as it is typed, before Run', async () => {
    const page = await open('Compare');
    await page.getByLabel('Vary').selectOption('lr');
    const values = page.getByRole('textbox', { name: 'Values' });
    await values.fill('0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009');
    const note = page.getByText('You listed 9 values; a compare runs at most 8. Remove some.');
    await expect.poll(() => note.isVisible(), { timeout: 5_000 }).toBe(true);
    // Tied to its field for screen readers, and gone once the list fits.
    expect(await values.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await values.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toMatch(/You listed 9 values/);
    await values.fill('0.001, 0.002');
    await expect.poll(() => note.count(), { timeout: 5_000 }).toBe(0);
    await page.close();
  }, 60_000);

  it('names a bad search setting as it is entered, and searches only once it is fixed', async () => {
    const page = await open('Search');
    const search = page.getByRole('button', { name: 'Search', exact: true });
    const alert = page.getByRole('alert');
    expect(await search.isEnabled()).toBe(true);
    expect(await alert.count()).toBe(0);
    // Each range's bounds have a name of their own, not four fields called "From".
    expect(await page.getByRole('spinbutton', { name: 'From', exact: true }).count()).toBe(0);
    const enter = async (name: string, value: string) => {
      const field = page.getByRole('spinbutton', { name, exact: true });
      await field.fill(value);
      await field.press('Enter');
    };

    await enter('Learning rate from', '0'); // on the learning rate's log scale
    await expect
      .poll(() => alert.textContent(), { timeout: 5_000 })
      .toMatch(/^Check “Learning rate from”: ranges\.lr\.min must be .*> 0 \(got 0\)/);
    expect(await search.isDisabled()).toBe(true);
    await enter('Learning rate from', '0.001');
    await enter('Learning rate to', '1e-9');
    await expect
      .poll(() => alert.textContent(), { timeout: 5_000 })
      .toMatch(/^Check “Learning rate to”: ranges\.lr\.max is 1e-9, less than min/);
    await enter('Learning rate to', '0.1');
    await enter('Trials', '0');
    await expect
      .poll(() => alert.textContent(), { timeout: 5_000 })
      .toMatch(/^Check “Trials”: trials must be/);
    await enter('Trials', '4');
    await enter('Test fraction', '0.99');
    await expect
      .poll(() => alert.textContent(), { timeout: 5_000 })
      .toMatch(/^Check “Test fraction”: test must be/);
    expect(await search.isDisabled()).toBe(true);

    await enter('Test fraction', '0.2');
    await expect.poll(() => alert.count(), { timeout: 5_000 }).toBe(0);
    expect(await search.isEnabled()).toBe(true);
    await page.close();
  }, 60_000);

  it('offers the architecture as lists to search; filters only with a convolution', async () => {
    const page = await open('Search');
    const filters = page.getByRole('checkbox', { name: 'Filters (every conv layer)' });
    expect(await filters.isDisabled()).toBe(true);
    expect(await page.getByText(/^The playground's network has no conv2d layer/).isVisible()).toBe(
      true,
    );
    await page.getByRole('checkbox', { name: 'Hidden layers (how many)' }).check();
    const depths = page.getByRole('textbox', { name: 'Hidden layers (how many): one of' });
    expect(await depths.inputValue()).toBe('1, 2, 3');
    await depths.fill('1, 20');
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 5_000 })
      .toMatch(
        /^Check “Hidden layers \(how many\)”: ranges\.hiddenLayers\.values\[1\] must be at most 8/,
      );
    await depths.fill('0, 2');
    await expect.poll(() => alert.count(), { timeout: 5_000 }).toBe(0);
    await page.close();
  }, 60_000);

  it('searches, fills the table, tests the best once and applies it to the playground', async () => {
    const page = await open('Search');
    await page.getByLabel('Trials').fill('6');
    await page.getByLabel('Trials').press('Enter');
    await page.getByLabel('Epochs per trial').fill('5');
    await page.getByLabel('Epochs per trial').press('Enter');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.getByText(/^6 of 6 trials/).isVisible(), { timeout: 60_000 })
      .toBe(true);
    const rows = page.getByRole('table', { name: 'Trials' }).locator('tbody tr');
    expect(await rows.count()).toBe(6);
    // Sorted by score, best first: the highlighted row heads the table (the table redraws a
    // few times a second, so it may lag the progress line a little).
    await expect.poll(() => rows.first().getAttribute('class'), { timeout: 5_000 }).toBe('d-best');
    const bestLr = Number(await rows.first().locator('td').nth(1).innerText());

    const test = page.getByRole('button', { name: 'Evaluate the best on the test set' });
    await test.click();
    await expect
      .poll(() => page.getByText(/^Test set \(\d+ samples/).isVisible(), { timeout: 20_000 })
      .toBe(true);
    expect(await test.isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Apply the best to the playground' }).click();
    expect(await page.getByRole('tab', { name: 'Playground' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const lr = Number(await page.getByLabel('Learning rate').inputValue());
    expect(lr).toBeCloseTo(bestLr, 2);
    await page.close();
  }, 120_000);
});
