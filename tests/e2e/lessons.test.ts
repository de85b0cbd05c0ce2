// Lessons as a person uses them, in real Chromium against the built app: open a lesson and
// see its preset load with its banner; go through one with the keyboard alone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();

async function openLessons(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app().url);
  await page.getByRole('tab', { name: 'Lessons' }).click();
  return page;
}

describe('lessons in Chromium', () => {
  it('lists ten lessons; opening one loads its preset in its view, with its banner', async () => {
    const page = await openLessons();
    const open = page.getByRole('button', { name: /^Open in .*: the lesson “/ });
    expect(await open.count()).toBeGreaterThanOrEqual(10);

    await page
      .getByRole('button', { name: /the lesson “Zero initialisation: why nothing learns”$/ })
      .click();
    expect(await page.getByRole('tab', { name: 'Playground' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const banner = page.getByRole('complementary', { name: /^Lesson: Zero initialisation/ });
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toMatch(/What to look for:.*ln 2/);
    await expect
      .poll(() => page.getByLabel('Initializer of layer 1').inputValue(), { timeout: 10_000 })
      .toBe('zeros');

    await page.getByRole('button', { name: 'All lessons' }).click();
    await page.getByRole('button', { name: /the lesson “Optimizers on x²\/20 \+ y²”$/ }).click();
    expect(
      await page.getByRole('tab', { name: 'Optimizer race' }).getAttribute('aria-selected'),
    ).toBe('true');
    await expect
      .poll(() => page.getByRole('img', { name: /Elongated bowl/ }).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await page.getByLabel('Start x').inputValue()).toBe('-7');
    await page.close();
  }, 60_000);

  it("shows a compare lesson's values in the setup panel, and Run runs those values", async () => {
    const page = await openLessons();
    await page.getByRole('button', { name: /the lesson “Activation histograms/ }).click();
    expect(await page.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    // Normal twice, with two stds: the form cannot show it, so the panel lists what will run,
    // named as the charts and the table name the runs.
    const lesson = ['Normal std 1', 'Normal std 0.01', 'Xavier/Glorot normal'];
    const listed = page.getByRole('group', { name: 'Values to run' }).getByRole('listitem');
    expect((await listed.allInnerTexts()).map((s) => s.trim())).toEqual(lesson);
    expect(await page.getByRole('checkbox', { name: 'He normal' }).count()).toBe(0);
    const runs = page.getByRole('table', { name: 'Summary' }).getByRole('rowheader');
    const rows = page.getByRole('table', { name: 'Summary' }).locator('tbody tr');
    const settled = async () =>
      (await rows.allInnerTexts()).every((r) => /\b(done|failed|diverged)\b/.test(r));
    await expect.poll(settled, { timeout: 60_000 }).toBe(true);
    expect((await runs.allInnerTexts()).map((s) => s.trim())).toEqual(lesson);

    // A run hidden from the charts shows again in a new compare: the sign that Run started one.
    const first = page
      .getByRole('group', { name: 'Runs shown in the charts' })
      .getByRole('button', { name: 'Normal std 1', exact: true });
    await first.click();
    expect(await first.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => first.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await expect.poll(settled, { timeout: 60_000 }).toBe(true);
    expect((await runs.allInnerTexts()).map((s) => s.trim())).toEqual(lesson);

    // Back to the form: the list goes, the ticks come, and Run runs what they say.
    await page.getByRole('button', { name: 'Choose the values in the form instead' }).click();
    expect(await page.getByRole('group', { name: 'Values to run' }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'He normal' }).isVisible()).toBe(true);
    await page.close();
  }, 150_000);

  it("lists an augmentation lesson's values in the compare form, runs them, and adds the playground's", async () => {
    const page = await openLessons();
    await page
      .getByRole('button', { name: /the lesson “More data for free: augmentation”/ })
      .click();
    expect(await page.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    // The form's own list holds the lesson's values, each named as its run, each removable.
    const lesson = ['no augmentation', 'jitter 0.2'];
    const list = page.getByRole('list', { name: 'Augmentations to compare' });
    for (const run of lesson) {
      expect(await list.getByRole('button', { name: `Remove ${run}` }).count()).toBe(1);
    }
    const runs = page.getByRole('table', { name: 'Summary' }).getByRole('rowheader');
    const rows = page.getByRole('table', { name: 'Summary' }).locator('tbody tr');
    const settled = async () =>
      (await rows.allInnerTexts()).every((r) => /\b(done|failed|diverged)\b/.test(r));
    await expect.poll(settled, { timeout: 60_000 }).toBe(true);
    expect((await runs.allInnerTexts()).map((s) => s.trim())).toEqual(lesson);
    expect(await rows.nth(0).innerText()).toMatch(/\bdone\b/);
    // The playground holds the lesson's experiment, without augmentation: listed already.
    const add = page.getByRole('button', { name: 'Add the playground’s: no augmentation' });
    expect(await add.isDisabled()).toBe(true);
    await list.getByRole('button', { name: 'Remove no augmentation' }).click();
    expect(await add.isDisabled()).toBe(false);
    await add.click();
    expect(await list.getByRole('listitem').count()).toBe(2);
    await page.close();
  }, 120_000);

  it('goes through a lesson with the keyboard alone', async () => {
    const page = await openLessons();
    const target = page.getByRole('button', { name: /the lesson “Learning rate/ });
    // Tab until the lesson's button has the focus, as a keyboard user would.
    for (
      let i = 0;
      i < 60 && !(await target.evaluate((el) => el === el.ownerDocument.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    expect(await page.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    // The lesson's compare runs by itself; its too-large rate is marked diverged.
    const rows = page.getByRole('table', { name: 'Summary' }).locator('tbody tr');
    await expect
      .poll(async () => (await rows.allInnerTexts()).join('\n'), { timeout: 60_000 })
      .toMatch(/lr 3\s+diverged/);
    // The coach tags each run: the too-large rate exploded, the other two are clean.
    const coach = (run: string) =>
      page
        .getByRole('table', { name: 'Summary' })
        .getByRole('row', { name: new RegExp(`^${run}`) })
        .getByRole('cell')
        .nth(5);
    await expect.poll(() => coach('lr 3').textContent(), { timeout: 60_000 }).toBe('exploded');
    await expect.poll(() => coach('lr 0.05').textContent(), { timeout: 60_000 }).toBe('–');
    await page.close();
  }, 90_000);
});
