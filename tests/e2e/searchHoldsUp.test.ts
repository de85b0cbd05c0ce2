// The search view holds up under many trials, in Chromium against the built app at 1280×800:
// the page draws what is in view, not every trial that has run (the table a screenful of
// rows however long, the scatter one canvas); Search cannot restart a search under way; six
// searched settings do not push the page sideways; and a list longer than a search chooses
// from is said at its field, in the page's language, as it is typed. (The frame rate and the
// longest task while 1000 trials run are the browser bench's: `npm run bench -- --browser-only
// search`.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();

async function openSearch(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app().url);
  await page.getByRole('tab', { name: 'Search' }).click();
  return page;
}

/** Types `value` into the number field `name` and commits it, as Enter does. */
async function enter(page: Page, name: string, value: string): Promise<void> {
  const field = page.getByRole('spinbutton', { name, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/** The trials over so far, as the progress bar shows them. */
function trialsDone(page: Page): Promise<number> {
  return page
    .getByRole('progressbar', { name: 'Search progress' })
    .evaluate((e) => (e as unknown as { value: number }).value);
}

/** Presses Search and waits for the last of `trials` trials. */
async function searchToTheEnd(page: Page, trials: number, timeout = 90_000): Promise<void> {
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => trialsDone(page), { timeout }).toBe(trials);
}

describe('the search holds up', () => {
  it('draws a screenful of the trials table and the scatter on one canvas, however many trials ran', async () => {
    const page = await openSearch();
    const trials = 200;
    await enter(page, 'Trials', String(trials));
    await enter(page, 'Epochs per trial', '1');
    await searchToTheEnd(page, trials);
    const table = page.getByRole('table', { name: 'Trials' });
    // A few dozen rows are drawn, not one per trial (the table once drew all 200).
    const rows = table.locator('tbody tr:not(.d-table-spacer)');
    await expect.poll(() => rows.count(), { timeout: 5_000 }).toBeGreaterThan(5);
    expect(await rows.count()).toBeLessThanOrEqual(60);
    // Every trial is in the table for a screen reader, row by row as it scrolls.
    await expect
      .poll(() => table.getAttribute('aria-rowcount'), { timeout: 5_000 })
      .toBe(String(trials + 1));
    const drawn = table.locator('tbody tr[aria-rowindex]');
    expect(await drawn.count()).toBeGreaterThan(5);
    expect(await drawn.count()).toBeLessThanOrEqual(60);
    // Sortable as before, and the last trial is a scroll away: by number, 1 heads the table,
    // 200 ends it.
    await page.getByRole('button', { name: 'Trial', exact: true }).click();
    await expect.poll(() => drawn.first().locator('td').first().innerText()).toBe('1');
    const box = page.getByRole('region', { name: 'Trials', exact: true });
    await box.evaluate((e) => e.scrollTo(0, e.scrollHeight));
    await expect
      .poll(() => drawn.last().locator('td').first().innerText(), { timeout: 5_000 })
      .toBe(String(trials));
    expect(await drawn.last().getAttribute('aria-rowindex')).toBe(String(trials + 1));
    expect(await drawn.count()).toBeLessThanOrEqual(60);
    // The scatter: one described canvas, no element per trial.
    const scatter = page.getByRole('img', { name: /^Trials by Learning rate and Weight decay/ });
    expect(await scatter.evaluate((e) => e.tagName)).toBe('CANVAS');
    expect(await scatter.getAttribute('aria-describedby')).not.toBeNull();
    expect(await page.locator('.d-search-scatter svg circle, .d-search-scatter path').count()).toBe(
      0,
    );
    await page.close();
  }, 120_000);

  it('keeps Search off while a search runs: a second one starts only after Cancel', async () => {
    const page = await openSearch();
    await enter(page, 'Trials', '1000'); // the most: still running when it is cancelled
    const search = page.getByRole('button', { name: 'Search', exact: true });
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await search.click();
    expect(await search.isDisabled()).toBe(true);
    expect(await cancel.isEnabled()).toBe(true);
    expect(
      await page.getByText('A search is under way: cancel it to start another.').isVisible(),
    ).toBe(true);
    // Some trials done, then a click on Search changes nothing: the count only grows.
    const done = () => trialsDone(page);
    await expect.poll(done, { timeout: 30_000 }).toBeGreaterThan(3);
    const before = await done();
    await search.click({ force: true, timeout: 1_000 }).catch(() => {});
    await page.waitForTimeout(300);
    expect(await done()).toBeGreaterThanOrEqual(before);
    expect(await search.isDisabled()).toBe(true);
    await cancel.click();
    await expect.poll(() => search.isEnabled(), { timeout: 5_000 }).toBe(true);
    await expect
      .poll(() => page.getByText(/ · cancelled$/).isVisible(), { timeout: 5_000 })
      .toBe(true);
    await page.close();
  }, 90_000);

  it('fits six searched settings in 1280 pixels: the table scrolls in its own box', async () => {
    const page = await openSearch();
    for (const name of ['Dropout rate', 'Batch size', 'Hidden layers (how many)']) {
      await page.getByRole('checkbox', { name, exact: true }).check();
    }
    await page.getByRole('checkbox', { name: 'Units (every hidden layer)', exact: true }).check();
    // The learning rate and weight decay are searched from the start: six in all.
    await enter(page, 'Trials', '6');
    await enter(page, 'Epochs per trial', '1');
    await searchToTheEnd(page, 6);
    const header = page.getByRole('table', { name: 'Trials' }).locator('thead th');
    expect(await header.count()).toBe(10); // trial, the six settings, score, the coach's tags, time
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    await page.close();
  }, 90_000);

  it('says a list is too long at its field as it is typed, in English and in Japanese', async () => {
    const page = await openSearch();
    await page.getByRole('checkbox', { name: 'Batch size', exact: true }).check();
    const sizes = page.getByRole('textbox', { name: 'Batch size: one of' });
    expect(await sizes.getAttribute('aria-describedby')).not.toBeNull();
    const sixtyFive = Array.from({ length: 65 }, (_, i) => i + 1).join(', ');
    await sizes.fill(sixtyFive);
    // Said beside the field, as the field's description, in a live region; before Search.
    const note = page.locator(`[id="${await sizes.getAttribute('aria-describedby')}"]`);
    await expect
      .poll(() => note.innerText(), { timeout: 5_000 })
      .toBe('You listed 65 values; a search chooses from at most 64. Remove some.');
    expect(await note.getAttribute('aria-live')).toBe('polite');
    expect(await sizes.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Search', exact: true }).isDisabled()).toBe(true);
    // Not said again in the validation's words under the form.
    expect(await page.getByText(/the limit is 64/).count()).toBe(0);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    const jaSizes = page.getByRole('textbox', { name: 'バッチサイズの候補' });
    const jaNote = page.locator(`[id="${await jaSizes.getAttribute('aria-describedby')}"]`);
    await expect
      .poll(() => jaNote.innerText(), { timeout: 5_000 })
      .toBe(
        '65 個の値が入力されています。探索で選べるのは 64 個までです。いくつか削ってください。',
      );
    // One value fewer is within the limit: the note goes.
    await jaSizes.fill(Array.from({ length: 64 }, (_, i) => i + 1).join(', '));
    await expect.poll(() => jaNote.innerText(), { timeout: 5_000 }).toBe('');
    await page.close();
  }, 60_000);
});
