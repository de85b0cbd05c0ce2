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
    const open = page.getByRole('button', { name: /^Open the lesson/ });
    expect(await open.count()).toBeGreaterThanOrEqual(10);

    await page
      .getByRole('button', { name: 'Open the lesson “Zero initialisation: why nothing learns”' })
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
    await page.getByRole('button', { name: 'Open the lesson “Optimizers on x²/20 + y²”' }).click();
    expect(
      await page.getByRole('tab', { name: 'Optimizer race' }).getAttribute('aria-selected'),
    ).toBe('true');
    await expect
      .poll(() => page.getByRole('img', { name: /Elongated bowl/ }).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await page.getByLabel('Start x').inputValue()).toBe('-7');
    await page.close();
  }, 60_000);

  it('goes through a lesson with the keyboard alone', async () => {
    const page = await openLessons();
    const target = page.getByRole('button', { name: /^Open the lesson “Learning rate/ });
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
    await page.close();
  }, 90_000);
});
