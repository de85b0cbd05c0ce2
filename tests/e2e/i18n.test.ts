// The page in two languages, in real Chromium against the built app: choose 日本語 from the
// language menu and the labels, the notices and <html lang> follow, and stay after a reload;
// a browser that prefers Japanese gets Japanese before anything is chosen.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();

/** A fresh browser profile (nothing saved) with `locale` as its language, on the page. */
async function open(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app().browser.newContext({
    locale,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(app().url);
  return { context, page };
}

/** The learning-rate field (exact: "学習率のスケジュール" is another field). */
const learningRate = (page: Page) => page.getByRole('spinbutton', { name: '学習率', exact: true });

const htmlLang = (page: Page) => page.evaluate<string>('document.documentElement.lang');

describe('the page in English and Japanese', () => {
  it('switches to Japanese from the language menu and stays so after a reload', async () => {
    const { context, page } = await open('en-US');
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
      .toBe(true);
    expect(await htmlLang(page)).toBe('en');

    const menu = page.getByRole('combobox', { name: 'Language' });
    expect(await menu.locator('option').allTextContents()).toEqual(['English', '日本語']);
    await menu.selectOption({ label: '日本語' });

    await expect.poll(() => htmlLang(page), { timeout: 5_000 }).toBe('ja');
    expect(await page.getByRole('tab', { name: 'プレイグラウンド' }).isVisible()).toBe(true);
    expect(await page.getByRole('tab', { name: 'オプティマイザ競争' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '学習', exact: true }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Train' }).count()).toBe(0);
    expect(await learningRate(page).inputValue()).toBe('0.01');
    expect(await page.getByRole('heading', { name: 'データ', exact: true }).isVisible()).toBe(true);

    // A refused edit says why in Japanese too (more in fieldMessages.test.ts).
    await learningRate(page).fill('-1');
    await learningRate(page).press('Enter');
    const refused = page.getByRole('alert').filter({ hasText: '学習率には正の数' });
    await expect.poll(() => refused.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await refused.textContent()).not.toMatch(/optimizer\.lr/);

    await page.reload();
    await expect
      .poll(() => page.getByRole('button', { name: '学習', exact: true }).isEnabled(), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(await htmlLang(page)).toBe('ja');
    expect(await page.getByRole('combobox', { name: '言語' }).inputValue()).toBe('ja');
    expect(await page.getByRole('tab', { name: 'プレイグラウンド' }).isVisible()).toBe(true);

    // The other views speak Japanese too.
    await page.getByRole('tab', { name: 'オプティマイザ競争' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: '再生' }).isEnabled(), { timeout: 20_000 })
      .toBe(true);
    expect(await page.getByRole('table', { name: '各走者の位置' }).isVisible()).toBe(true);
    await context.close();
  }, 60_000);

  it('names the runs of a compare in Japanese', async () => {
    const { context, page } = await open('ja-JP');
    await page.getByRole('tab', { name: '比較' }).click();
    await page.getByLabel('変える設定').selectOption('batchNorm');
    await page.getByRole('button', { name: '実行', exact: true }).click();
    // The names come from the setting, in the page's language (the engine says "batch norm on").
    const legend = page.getByRole('group', { name: 'グラフに表示する実行' }).getByRole('button');
    await expect
      .poll(async () => (await legend.allInnerTexts()).map((s) => s.trim()), { timeout: 10_000 })
      .toEqual(['バッチ正規化なし', 'バッチ正規化あり']);
    const runs = page.getByRole('table', { name: 'まとめ' }).getByRole('rowheader');
    await expect
      .poll(async () => (await runs.allInnerTexts()).map((s) => s.trim()), { timeout: 5_000 })
      .toEqual(['バッチ正規化なし', 'バッチ正規化あり']);
    expect(await page.getByText('batch norm', { exact: false }).count()).toBe(0);
    await context.close();
  }, 60_000);

  it('starts in Japanese in a Japanese browser, with no choice made', async () => {
    const { context, page } = await open('ja-JP');
    await expect
      .poll(() => page.getByRole('button', { name: '学習', exact: true }).isEnabled(), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(await htmlLang(page)).toBe('ja');
    expect(await page.getByRole('tab', { name: 'プレイグラウンド' }).isVisible()).toBe(true);
    expect(await learningRate(page).isVisible()).toBe(true);
    expect(await page.evaluate("localStorage.getItem('descent.language')")).toBeNull();
    await context.close();
  }, 60_000);
});
