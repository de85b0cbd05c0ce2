// The lesson "Backpropagation by hand" as the student does it, in Chromium by role and
// name: open it from the Lessons tab, type the colour (233, 63, 127) into "Classify a colour",
// open it in the glass box, walk forward to the loss and back through every layer with the
// keyboard, and read the update of a weight, its rule written with its numbers. Then the same
// walk on the Japanese page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

/** "−0.2833", "(−0.05741)" as the glass box writes numbers, to a number. */
function value(text: string): number {
  return Number(text.replace(/[()\s]/g, '').replace(/−/g, '-'));
}

/** Types the colour into the three 0–255 fields, named in the page's language. */
async function typeColour(page: Page, names: [string, string, string]): Promise<void> {
  const values = ['233', '63', '127'];
  for (let k = 0; k < 3; k++) {
    await page.getByRole('spinbutton', { name: names[k] }).fill(values[k]);
  }
}

/**
 * Plain SGD's rule at the update stage, "θ ← θ − lr·g = −0.2833 − 0.2 × (−0.05741) = −0.2718":
 * what its numbers give, and the weight after it states.
 */
function sgdRule(line: string): { computed: number; stated: number } {
  const [, numbers, result] = line.split(' = ');
  const [before, rest] = numbers.split(' − ');
  const [lr, g] = rest.split(' × ');
  return { computed: value(before) - value(lr) * value(g), stated: value(result) };
}

describe('the lesson “Backpropagation by hand” in Chromium', () => {
  it('opens (233, 63, 127) in the glass box, walks forward and back with the keys, and reads the update', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app().url);
    await page.getByRole('tab', { name: 'Lessons' }).click();
    await page
      .getByRole('button', {
        name: /the lesson “Backpropagation by hand: one colour through the network”$/,
      })
      .click();
    expect(await page.getByRole('tab', { name: 'Playground' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const banner = page.getByRole('complementary', { name: /^Lesson: Backpropagation by hand/ });
    expect(await banner.textContent()).toMatch(/What to look for:.*R 233, G 63, B 127/);
    await ready(page);
    // The lesson's colours: red, green and blue.
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Red, green, blue (3)' }).getAttribute('aria-pressed'),
      )
      .toBe('true');

    await typeColour(page, ['Red (0–255)', 'Green (0–255)', 'Blue (0–255)']);
    expect(await page.getByRole('img', { name: 'The colour R 233, G 63, B 127' }).isVisible()).toBe(
      true,
    );
    const bars = page.getByRole('list', { name: 'What the network calls this colour' });
    await expect.poll(() => bars.getByRole('listitem').count(), { timeout: 10_000 }).toBe(3);
    await page.getByRole('button', { name: 'Open this colour in the glass box' }).click();

    const panel = page.getByRole('region', { name: 'One step, opened up' });
    const where = panel.getByText(/^Stage \d+ of \d+:/);
    // Dense and ReLU, dense and softmax: four primitives forward, the loss, four back, the update.
    await expect
      .poll(() => where.textContent(), { timeout: 20_000 })
      .toBe('Stage 1 of 11: the sample');
    expect(
      await panel
        .getByText(
          'The sample is of class red: the network should give that class the highest probability.',
        )
        .isVisible(),
    ).toBe(true);

    await panel.getByRole('group', { name: 'The step, stage by stage' }).focus();
    const forward = [
      'Stage 2 of 11: layer 1, dense, forward',
      'Stage 3 of 11: layer 1, ReLU, forward',
      'Stage 4 of 11: layer 2, dense, forward',
      'Stage 5 of 11: layer 2, Softmax, forward',
      'Stage 6 of 11: the loss',
    ];
    for (const name of forward) {
      await page.keyboard.press('ArrowRight');
      expect(await where.textContent()).toBe(name);
    }
    // Untrained, the network gives red about 0.16: the lesson's −log 0.16 ≈ 1.82.
    const loss = await panel.getByText(/^Cross-entropy: L = −log p\(target\)\./).textContent();
    const [, p, sampleLoss] = /probability of (\S+), so .* = (\S+)\.$/.exec(loss!)!;
    expect(value(p)).toBeCloseTo(0.16, 2);
    expect(value(sampleLoss)).toBeCloseTo(-Math.log(value(p)), 2);

    await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toBe('Stage 7 of 11: layer 2, Softmax, backward');
    expect(await panel.getByText(/∂L\/∂z = p − t/).isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toBe('Stage 8 of 11: layer 2, dense, backward');
    await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toBe('Stage 9 of 11: layer 1, ReLU, backward');
    expect(await panel.getByText(/∂L\/∂z = ∂L\/∂a · \[z > 0\]/).isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toBe('Stage 10 of 11: layer 1, dense, backward');
    expect(await panel.getByText(/∂L\/∂W = xᵀ·∂L\/∂z/).isVisible()).toBe(true);

    await page.keyboard.press('End');
    expect(await where.textContent()).toBe('Stage 11 of 11: the update of a weight');
    const rule = panel.getByRole('list', { name: 'The rule with these numbers' });
    const lines = await rule.getByRole('listitem').allTextContents();
    // Plain SGD, learning rate 0.2: one line, whose numbers give the weight after the step.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^θ ← θ − lr·g = \S+ − 0\.2 × \S+ = \S+$/);
    const { computed, stated } = sgdRule(lines[0]);
    expect(Math.abs(computed - stated)).toBeLessThan(2e-3 * Math.max(1, Math.abs(stated)));
    const readout = (await panel.getByText(/^[Wb]\S*: .* → .*\(changed by/).textContent())!;
    expect(value(readout.split(' → ')[1].split(' (')[0])).toBeCloseTo(stated, 3);
    await page.close();
  }, 90_000);

  it('does the same on the Japanese page', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app().url);
    await ready(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
    await page.getByRole('tab', { name: 'レッスン' }).click();
    await page
      .getByRole('button', {
        name: /レッスン「誤差逆伝播法を手で追う: 1 つの色がネットワークを通る」$/,
      })
      .click();
    expect(
      await page
        .getByRole('complementary', { name: /^レッスン: 誤差逆伝播法を手で追う/ })
        .isVisible(),
    ).toBe(true);
    await expect
      .poll(() => page.getByRole('button', { name: '学習', exact: true }).isEnabled(), {
        timeout: 20_000,
      })
      .toBe(true);

    await typeColour(page, ['赤 (0–255)', '緑 (0–255)', '青 (0–255)']);
    await page.getByRole('button', { name: 'この色の学習ステップを開く' }).click();
    const panel = page.getByRole('region', { name: '1 ステップの中身を見る' });
    const where = panel.getByText(/^段階 \d+ \/ \d+:/);
    await expect.poll(() => where.textContent(), { timeout: 20_000 }).toBe('段階 1 / 11: サンプル');
    await panel.getByRole('group', { name: 'ステップの各段階' }).focus();
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toBe('段階 6 / 11: 損失');
    await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toBe('段階 7 / 11: 第 2 層、ソフトマックス、逆伝播');
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toBe('段階 10 / 11: 第 1 層、全結合、逆伝播');
    await page.keyboard.press('End');
    expect(await where.textContent()).toBe('段階 11 / 11: 重みの更新');
    const lines = await panel
      .getByRole('list', { name: 'この数値を当てはめた更新式' })
      .getByRole('listitem')
      .allTextContents();
    expect(lines).toHaveLength(1);
    const { computed, stated } = sgdRule(lines[0]);
    expect(Math.abs(computed - stated)).toBeLessThan(2e-3 * Math.max(1, Math.abs(stated)));
    await page.close();
  }, 90_000);
});
