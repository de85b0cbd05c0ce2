// The optimizer race as a person uses it, in real Chromium against the built app: open the
// view, choose a preset, click a start point, play, watch the trails grow and f fall; type
// a formula of one's own, and a bad one (the page then says which formula is still shown).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();

async function openRace(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app().url);
  await page.getByRole('tab', { name: 'Optimizer race' }).click();
  await expect
    .poll(() => page.getByRole('button', { name: 'Play' }).isEnabled(), { timeout: 20_000 })
    .toBe(true);
  return page;
}

/** Painted pixels on the trail canvas: grows as the trails are drawn. */
function trailPixels(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const canvas = document.querySelectorAll('.d-surface canvas')[1];
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  })()`);
}

/** The legend's rows: step, x, y and f of each racer. */
async function legend(page: Page): Promise<{ step: number; f: number }[]> {
  const rows = page.getByRole('table', { name: 'Where each racer is' }).locator('tbody tr');
  const out = [];
  for (const row of await rows.all()) {
    const cells = await row.locator('td').allTextContents();
    out.push({ step: Number(cells[0]), f: Number(cells[3].replace(/ diverged$/, '')) });
  }
  return out;
}

describe('the optimizer race in Chromium', () => {
  it('races a preset from a clicked start, growing the trails and lowering f', async () => {
    const page = await openRace();
    await page.getByLabel('Preset').selectOption('saito');
    await expect.poll(async () => (await legend(page)).length, { timeout: 10_000 }).toBe(4);

    // Click the surface: the start moves there (the fields follow).
    const surface = page.getByRole('img', { name: /Elongated bowl/ });
    const box = (await surface.boundingBox())!;
    await surface.click({ position: { x: box.width * 0.2, y: box.height * 0.25 } });
    const startX = Number(await page.getByLabel('Start x').inputValue());
    const startY = Number(await page.getByLabel('Start y').inputValue());
    expect(startX).toBeLessThan(-3);
    expect(startY).toBeGreaterThan(0.5);
    await expect.poll(async () => (await legend(page))[0].step, { timeout: 10_000 }).toBe(0);
    const before = await legend(page);
    const pixelsBefore = await trailPixels(page);

    await page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(() => page.locator('.d-progress').textContent(), { timeout: 20_000 })
      .toBe('Step 30 of 30');
    expect(await trailPixels(page)).toBeGreaterThan(pixelsBefore + 500);
    // The table follows a few times a second.
    await expect
      .poll(async () => (await legend(page)).every((r) => r.step === 30), { timeout: 5_000 })
      .toBe(true);
    const after = await legend(page);
    after.forEach((racer, k) => {
      expect(racer.step).toBe(30);
      expect(racer.f).toBeLessThan(before[k].f);
    });
    // One line per racer in the f chart.
    const lines = page
      .getByRole('img', { name: 'f by step for every racer' })
      .locator('path.recharts-curve');
    await expect.poll(() => lines.count(), { timeout: 5_000 }).toBe(4);
    await page.close();
  }, 90_000);

  it('plots a typed formula, and explains a bad one while keeping the last good race', async () => {
    const page = await openRace();
    await page
      .getByRole('combobox', { name: 'Surface', exact: true })
      .selectOption({ label: 'Your own f(x, y)' });
    const formula = page.getByRole('textbox', { name: 'f(x, y) =' });
    await formula.fill('sin(x)*y^2 + 0.1*x^4');
    await page.getByRole('button', { name: 'Plot' }).click();
    await expect
      .poll(() => page.getByRole('img', { name: /f = sin\(x\)\*y\^2/ }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    await page.getByRole('button', { name: 'Play' }).click();
    const step = async () =>
      Number(/Step (\d+)/.exec((await page.locator('.d-progress').textContent()) ?? '')?.[1]);
    await expect.poll(step, { timeout: 30_000 }).toBeGreaterThan(5);

    await formula.fill('sin(x');
    await formula.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: /missing '\)'/ });
    await expect.poll(() => alert.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await alert.textContent()).toMatch(
      /expression is not a formula: missing '\)' for the '\(' at column 4/,
    );
    // The last good formula is still the one raced.
    expect(await page.getByRole('img', { name: /f = sin\(x\)\*y\^2/ }).count()).toBe(1);
    await page.close();
  }, 90_000);

  it('after a refused formula, says which one is shown and offers it back', async () => {
    const page = await openRace();
    await page
      .getByRole('combobox', { name: 'Surface', exact: true })
      .selectOption({ label: 'Your own f(x, y)' });
    await page.getByLabel('Start x').fill('-2.4');
    await page.getByLabel('Start x').press('Enter');
    await page.getByLabel('Start y').fill('0');
    await page.getByLabel('Start y').press('Enter');
    const formula = page.getByRole('textbox', { name: 'f(x, y) =' });
    await formula.fill('x^2+y^2');
    await formula.press('Enter');
    await expect
      .poll(() => page.getByRole('img', { name: /f = x\^2\+y\^2/ }).count(), { timeout: 10_000 })
      .toBe(1);

    await formula.fill('sqrt(x)');
    await formula.press('Enter');
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 10_000 })
      .toContain('Your f(x, y) is not finite at the start point (−2.4, 0)');
    const note = page.getByRole('status').filter({ hasText: 'Showing f(x, y) = x^2+y^2' });
    expect(await note.textContent()).toContain('the new formula was not applied');
    expect(await page.getByRole('img', { name: /f = x\^2\+y\^2/ }).count()).toBe(1);

    await note.getByRole('button', { name: 'Revert' }).click();
    expect(await formula.inputValue()).toBe('x^2+y^2');
    expect(await note.count()).toBe(0);
    await page.close();
  }, 90_000);

  it('notes a start outside the plotted window', async () => {
    const page = await openRace();
    await page.getByLabel('Preset').selectOption('saito');
    await page.getByLabel('Start x').fill('1e6');
    await page.getByLabel('Start x').press('Enter');
    const note = page.getByRole('status').filter({ hasText: 'outside the plotted window' });
    await expect
      .poll(() => note.textContent(), { timeout: 10_000 })
      .toBe(
        'The start (1e6, 2) is outside the plotted window x ∈ [−8, 8], y ∈ [−3, 3]: the racers run off the picture.',
      );
    await page.close();
  }, 60_000);

  it('keeps the view and the race across a reload', async () => {
    const page = await openRace();
    await page.getByLabel('Preset').selectOption('himmelblau');
    await expect.poll(async () => (await legend(page)).length, { timeout: 10_000 }).toBe(4);
    await page.reload();
    await expect
      .poll(() => page.getByRole('img', { name: /Himmelblau/ }).count(), { timeout: 20_000 })
      .toBe(1);
    expect(
      await page.getByRole('tab', { name: 'Optimizer race' }).getAttribute('aria-selected'),
    ).toBe('true');
    await page.close();
  }, 60_000);
});
