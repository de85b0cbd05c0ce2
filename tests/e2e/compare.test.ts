// Compare and search as a person uses them, in real Chromium against the built app: four
// optimizers on the playground's spiral, four runs' curves (on the canvas, in its table for
// a screen reader, in its PNG); three depths of the same network; a search form that names a
// bad value as it is entered; a small search whose table fills, its best checked once on the
// test set and applied to the playground.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';
import { colourInk, pngInk, type Rgb } from './chartPixels';

const app = useApp();

/** The runs' colours in order (compare's runColor: boundary/palette.ts's CLASS_COLORS). */
const RUNS: Rgb[] = [
  [0, 114, 178], // blue
  [230, 159, 0], // orange
  [0, 158, 115], // bluish green
  [204, 121, 167], // reddish purple
];
const LOSS = 'Loss by epoch for every run';

async function open(tab: string): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app().url);
  await page.getByRole('tab', { name: tab }).click();
  return page;
}

/** The loss chart's picture, and the table of its numbers that a screen reader gets. */
function lossChart(page: Page): { picture: Locator; numbers: Locator } {
  return {
    picture: page.getByRole('img', { name: LOSS }),
    numbers: page.getByRole('table', { name: `${LOSS}: some of the values drawn` }),
  };
}

/** The lines a chart's table holds: its columns but the first (the epoch's). */
async function lineNames(numbers: Locator): Promise<string[]> {
  return (await numbers.getByRole('columnheader').allTextContents()).slice(1);
}

/** The table's values at the last epoch, one per line (NaN: none yet, "–"). */
async function lastValues(numbers: Locator): Promise<number[]> {
  const cells = await numbers.locator('tbody tr').last().locator('td').allTextContents();
  return cells.map(Number);
}

/** Each run's lines on the canvas: its colour's pixels, and the share of the plot they span. */
async function runInk(picture: Locator, colour: Rgb): Promise<{ count: number; span: number }> {
  const ink = await colourInk(picture, colour);
  return { count: ink.count, span: ink.count > 0 ? (ink.to - ink.from) / ink.width : 0 };
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
    const { picture, numbers } = lossChart(page);
    // Training and validation per run, in the runs' order, each with a loss at the last epoch.
    const optimizers = ['sgd', 'momentum', 'rmsprop', 'adam'];
    const both = (run: string) => [`${run}, training`, `${run}, validation`];
    await expect
      .poll(() => lineNames(numbers), { timeout: 5_000 })
      .toEqual(optimizers.flatMap(both));
    // (The chart redraws twice a second: a run's last epoch may reach it after its status.)
    const losses = async () => (await lastValues(numbers)).filter((loss) => loss > 0).length;
    await expect.poll(losses, { timeout: 5_000 }).toBe(8);
    // Each run's lines drawn in its colour, from the first epoch to the last.
    // (The canvas is drawn just after the table: its effect follows the render.)
    const span = (colour: Rgb) => async () => (await runInk(picture, colour)).span;
    for (const colour of RUNS) {
      await expect.poll(span(colour), { timeout: 5_000 }).toBeGreaterThan(0.7);
      expect((await runInk(picture, colour)).count).toBeGreaterThan(100);
    }
    // The PNG: each run's curves, and its swatch in the legend below them.
    const button = page.getByRole('button', { name: new RegExp(`^Download PNG: ${LOSS}`) });
    const png = await pngInk(page, button, RUNS);
    expect(png.fileName).toBe('descent-compare-loss.png');
    for (const ink of png.ink) {
      expect(ink.chart).toBeGreaterThan(100);
      expect(ink.legend).toBeGreaterThan(50);
    }

    const adam = page.getByRole('button', { name: 'adam', exact: true });
    await adam.click();
    expect(await adam.getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(() => lineNames(numbers), { timeout: 5_000 })
      .toEqual(optimizers.slice(0, 3).flatMap(both));
    // Gone from the picture too; the others still drawn.
    await expect
      .poll(async () => (await runInk(picture, RUNS[3])).count, { timeout: 5_000 })
      .toBe(0);
    for (const colour of RUNS.slice(0, 3)) {
      expect((await runInk(picture, colour)).count).toBeGreaterThan(100);
    }
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
    // Training and validation per run, each run's in its colour across the plot.
    const { picture, numbers } = lossChart(page);
    await expect
      .poll(() => lineNames(numbers), { timeout: 5_000 })
      .toEqual(
        ['no hidden layers', '1 hidden layer', '3 hidden layers'].flatMap((run) => [
          `${run}, training`,
          `${run}, validation`,
        ]),
      );
    for (const colour of RUNS.slice(0, 3)) {
      const span = async () => (await runInk(picture, colour)).span;
      await expect.poll(span, { timeout: 5_000 }).toBeGreaterThan(0.7);
    }
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
