// The glass box in Chromium, by role and name as a student uses it: open one training step
// for a sample (training pauses), walk its stages with the keyboard and the buttons, read a
// sum written out with its numbers, switch to the minibatch's gradients, follow a weight to
// its update, and open it again once the run has trained on.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

/** "0.48 × (−1.2)" and the like, as the page writes numbers, to a number. */
function value(text: string): number {
  return Number(text.replace(/[()\s]/g, '').replace(/−/g, '-'));
}

/**
 * "= 0.5 × (−1.2) + 0.3 × 0.1 + 0.02 = −0.55": the terms' sum and the result it states.
 * Every term is a product of two numbers but the last (a bias) may be one.
 */
function sumOf(line: string): { terms: number; result: number } {
  const parts = line.replace(/^=\s*/, '').split(' = ');
  const result = value(parts[1]);
  const terms = parts[0]
    .split(' + ')
    .map((term) =>
      term
        .split(' × ')
        .map(value)
        .reduce((a, b) => a * b, 1),
    )
    .reduce((a, b) => a + b, 0);
  return { terms, result };
}

async function openGlass(page: Page, sample: number): Promise<void> {
  const panel = page.getByRole('region', { name: 'One step, opened up' });
  await panel.getByRole('spinbutton', { name: 'Sample number' }).fill(String(sample));
  await panel.getByRole('button', { name: 'Open the step' }).click();
  await expect
    .poll(() => panel.getByText(/^Stage \d+ of \d+:/).isVisible(), { timeout: 20_000 })
    .toBe(true);
}

describe('the glass box in Chromium', () => {
  it('opens a step, walks its stages, writes a sum out, and follows a weight to its update', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app().url);
    await ready(page);
    await page.getByRole('button', { name: 'Train' }).click();
    await page.waitForTimeout(1000);
    await openGlass(page, 3);
    // Training paused on it.
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isVisible(), { timeout: 10_000 })
      .toBe(true);

    const panel = page.getByRole('region', { name: 'One step, opened up' });
    const where = panel.getByText(/^Stage \d+ of \d+:/);
    // The default network: 3 ReLU layers of 16 and a softmax: 8 primitives forward and back.
    expect(await where.textContent()).toBe('Stage 1 of 19: the sample');
    expect(
      await panel
        .getByText(/^Step \d+ of training, as it goes for training sample 3 in a minibatch of 32: /)
        .isVisible(),
    ).toBe(true);
    await panel.getByRole('group', { name: 'The step, stage by stage' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toBe('Stage 2 of 19: layer 1, dense, forward');

    // z₁ of the first layer: both inputs times their weights, plus the bias, adds up.
    const line = await panel
      .getByText(/^= .* = \S+$/)
      .first()
      .textContent();
    const { terms, result } = sumOf(line!);
    expect(line!.split(' + ')).toHaveLength(3);
    expect(Math.abs(terms - result)).toBeLessThan(2e-3 * Math.max(1, Math.abs(result)));
    // Following another unit writes its own sum.
    await panel.getByRole('button', { name: 'Follow z₅' }).click();
    expect(await panel.getByText(/^z₅ = x₁·W₁,₅ \+ x₂·W₂,₅ \+ b₅$/).isVisible()).toBe(true);

    await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toBe('Stage 3 of 19: layer 1, ReLU, forward');
    expect(await panel.getByRole('img', { name: /^The curve of ReLU/ }).isVisible()).toBe(true);

    // The softmax's backward, first stage back from the loss: p − t, over the minibatch.
    await page.keyboard.press('End');
    expect(await where.textContent()).toBe('Stage 19 of 19: the update of a weight');
    await panel.getByRole('button', { name: '← Back a stage' }).click();
    await panel.getByRole('button', { name: '← Back a stage' }).click();
    await panel.getByRole('button', { name: '← Back a stage' }).click();
    await panel.getByRole('button', { name: '← Back a stage' }).click();
    await panel.getByRole('button', { name: '← Back a stage' }).click();
    await panel.getByRole('button', { name: '← Back a stage' }).click();
    await panel.getByRole('button', { name: '← Back a stage' }).click();
    await panel.getByRole('button', { name: '← Back a stage' }).click();
    expect(await where.textContent()).toBe('Stage 11 of 19: layer 4, Softmax, backward');
    expect(await panel.getByText(/∂L\/∂z = p − t/).isVisible()).toBe(true);
    await panel.getByRole('radio', { name: /^its minibatch/ }).check();
    expect(await panel.getByText(/∂L\/∂z = \(p − t\) \/ \d+/).isVisible()).toBe(true);

    // Back through the last dense layer (the arrows on a radio button choose a radio button,
    // so the button moves on here), then a weight into it to its update.
    await panel.getByRole('button', { name: 'On a stage →' }).click();
    await panel.getByRole('radio', { name: 'this sample alone' }).check();
    expect(await where.textContent()).toBe('Stage 12 of 19: layer 4, dense, backward');
    await panel.getByRole('button', { name: 'Follow W₂,₁ to its update' }).click();
    expect(await where.textContent()).toBe('Stage 19 of 19: the update of a weight');
    expect(await panel.getByText(/^The gradient of W₂,₁ over the minibatch is /).isVisible()).toBe(
      true,
    );
    // Adam's rule, its numbers in: five lines, the last giving the weight after the step.
    const rule = panel.getByRole('list', { name: 'The rule with these numbers' });
    const lines = await rule.getByRole('listitem').allTextContents();
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^m ← β₁·m \+ \(1 − β₁\)·g = 0\.9 × /);
    const after = value(lines[4].split(' = ').at(-1)!);
    const readout = (await panel.getByText(/^W₂,₁: .* → .*\(changed by/).textContent())!;
    expect(value(readout.split(' → ')[1].split(' (')[0])).toBeCloseTo(after, 3);

    // Home goes back to the sample; the run trains on, and the step can be opened again.
    await page.keyboard.press('Home');
    expect(await where.textContent()).toBe('Stage 1 of 19: the sample');
    // Walking the stages with the keys moved the stages, not the run (→ also steps a batch
    // elsewhere on the page).
    expect(await panel.getByText(/^The run has trained on since/).count()).toBe(0);
    await page.getByRole('button', { name: 'Step batch' }).click();
    const moved = panel.getByText('The run has trained on since: these numbers are from before.');
    await expect.poll(() => moved.isVisible(), { timeout: 10_000 }).toBe(true);
    await panel.getByRole('button', { name: 'Open it again on the run as it is' }).click();
    await expect.poll(() => moved.isVisible(), { timeout: 10_000 }).toBe(false);
    await page.close();
  }, 90_000);

  it('opens the step of a point clicked on the picture, and brings the panel into view', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app().url);
    await ready(page);
    const picture = page.getByRole('img', { name: /^Decision boundary: / });
    const panel = page.getByRole('region', { name: 'One step, opened up' });
    const where = panel.getByText(/^Stage \d+ of \d+:/);
    // The spiral's arms start at the centre, where its points are dense: one of a few clicks
    // near it lands within reach of a point (a click that reaches none opens nothing).
    for (const [dx, dy] of [
      [0, 0],
      [6, 0],
      [0, 6],
      [-6, 0],
      [0, -6],
      [12, 12],
      [-12, -12],
    ]) {
      await picture.click({ position: { x: 160 + dx, y: 150 + dy } });
      if (await where.isVisible().catch(() => false)) break;
      await page.waitForTimeout(300);
    }
    await expect.poll(() => where.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await where.textContent()).toBe('Stage 1 of 19: the sample');
    // Brought into view.
    await expect.poll(() => where.evaluate((e) => e.getBoundingClientRect().top < 900)).toBe(true);
    await page.close();
  }, 60_000);

  it("writes mean squared error's gradient where the way back begins, for a regression", async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app().url);
    await ready(page);
    await page.getByLabel('Data set').selectOption('plane');
    await ready(page);
    await openGlass(page, 5);
    const panel = page.getByRole('region', { name: 'One step, opened up' });
    await panel.getByRole('group', { name: 'The step, stage by stage' }).focus();
    const where = panel.getByText(/^Stage \d+ of \d+:/);
    for (let i = 0; i < 20 && !(await where.textContent())!.endsWith('the loss'); i++) {
      await page.keyboard.press('ArrowRight');
    }
    expect(await panel.getByText(/^Mean squared error: L = mean of \(y − t\)²/).isVisible()).toBe(
      true,
    );
    // "∂L/∂y = 2(y − t)/1 = 2 × (0.3 − 0.5) / 1 = −0.4": the arithmetic gives the engine's.
    // (One output: the sample alone averages over its one value.)
    const line = (await panel.getByText(/^∂L\/∂y = 2\(y − t\)\/1 = /).textContent())!;
    const [, , arithmetic, engine] = line.split(' = ');
    const [y, t] = arithmetic
      .replace(/^2 × \(/, '')
      .replace(/\) \/ 1$/, '')
      .split(' − ');
    expect(2 * (value(y) - value(t))).toBeCloseTo(value(engine), 2);
    await page.close();
  }, 60_000);

  it('speaks Japanese on the Japanese page', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app().url);
    await ready(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
    const panel = page.getByRole('region', { name: '1 ステップの中身を見る' });
    await panel.getByRole('spinbutton', { name: 'サンプル番号' }).fill('7');
    await panel.getByRole('button', { name: 'ステップを開く' }).click();
    const where = panel.getByText(/^段階 \d+ \/ \d+:/);
    await expect.poll(() => where.textContent(), { timeout: 20_000 }).toBe('段階 1 / 19: サンプル');
    await panel.getByRole('group', { name: 'ステップの各段階' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toBe('段階 2 / 19: 第 1 層、全結合、順伝播');
    await page.keyboard.press('End');
    expect(await panel.getByRole('list', { name: 'この数値を当てはめた更新式' }).isVisible()).toBe(
      true,
    );
    await page.close();
  }, 60_000);

  it('says why a sample cannot be opened, at the field, and opens none', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app().url);
    await ready(page);
    const panel = page.getByRole('region', { name: 'One step, opened up' });
    const number = panel.getByRole('spinbutton', { name: 'Sample number' });
    await number.fill('100000');
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.getByRole('button', { name: 'Open the step' }).isDisabled()).toBe(true);
    expect(await panel.getByText(/^From 1 to \d+\.$/).isVisible()).toBe(true);
    await page.close();
  }, 60_000);
});
