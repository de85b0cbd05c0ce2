// The formulas beside the controls, in Chromium against the built app, found by role and
// name as a screen reader finds them: the optimizer's update rule under its fields follows a
// learning rate typed in; a layer's "ƒ" reveals its formulas, whose initializer shows the
// limit for the layer's own fans and follows its units; the loss's formula beside its menu;
// and the Japanese page words them in Japanese. The numbers are read from KaTeX's MathML,
// what assistive technology reads.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

/** The numbers of a formula, as its MathML gives them (<mn>). */
const numbers = (figure: Locator) => figure.locator('math mn').allTextContents();

/** A settings panel by its heading. */
const panel = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });

async function open(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(app().url);
  await ready(page);
  return page;
}

describe('formulas beside the controls in Chromium', () => {
  it('writes the optimizer’s rule under its fields, with the learning rate typed in', async () => {
    const page = await open();
    const training = panel(page, 'Training');
    const rule = training.getByRole('figure', { name: 'Update rule: Adam' });
    expect(await rule.isVisible()).toBe(true);
    // Under the optimizer's own controls, before the training settings.
    const select = await training.getByRole('combobox', { name: 'Optimizer' }).boundingBox();
    const figure = await rule.boundingBox();
    const batch = await training.getByRole('spinbutton', { name: 'Batch size' }).boundingBox();
    expect(figure!.y).toBeGreaterThan(select!.y);
    expect(figure!.y).toBeLessThan(batch!.y);
    // Adam at the page's lr 0.01, β₁ 0.9, β₂ 0.999 (ε is 10⁻⁸: a power of ten).
    expect(await numbers(rule)).toEqual(expect.arrayContaining(['0.01', '0.9', '0.999']));

    const lr = training.getByRole('spinbutton', { name: 'Learning rate', exact: true });
    await lr.fill('0.05');
    await lr.press('Enter');
    await expect.poll(() => numbers(rule), { timeout: 5_000 }).toContain('0.05');
    expect(await numbers(rule)).not.toContain('0.01');

    // Another optimizer, another rule: SGD with momentum shows μ's line and value.
    await training.getByRole('combobox', { name: 'Optimizer' }).selectOption('momentum');
    const momentum = training.getByRole('figure', { name: 'Update rule: SGD with momentum' });
    await expect.poll(() => momentum.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await numbers(momentum)).toEqual(expect.arrayContaining(['0.05', '0.9']));
    await page.close();
  }, 60_000);

  it('reveals a layer’s formulas with its "ƒ": its initializer’s limit for its fans', async () => {
    const page = await open();
    const network = panel(page, 'Network');
    const toggle = network.getByRole('button', { name: 'Formulas of layer 1' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const formulas = network.getByRole('group', { name: 'Formulas of layer 1' });
    expect(await formulas.count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await formulas.isVisible()).toBe(true);

    // The spiral's 2 inputs into 16 ReLU units, Xavier uniform: a = √(6/(2 + 16)) = 0.5774.
    const init = formulas.getByRole('figure', { name: 'Initial weights: Xavier/Glorot uniform' });
    expect(await numbers(init)).toEqual(expect.arrayContaining(['2', '16', '0.5774']));
    expect(await formulas.getByRole('figure', { name: 'Activation: ReLU' }).isVisible()).toBe(true);
    expect(
      await formulas.getByRole('figure', { name: 'The layer: Dense, 16 units' }).isVisible(),
    ).toBe(true);

    // The variance argument, with what LeCun, Xavier and He would give this layer.
    await formulas.getByText('Why this initializer?').click();
    const he = formulas.getByRole('row', { name: /^He/ });
    expect(await numbers(he)).toEqual(expect.arrayContaining(['2', '1'])); // 2/n_in = 2/2 = 1
    const lesson = formulas.getByRole('button', {
      name: 'Lesson: “Activation histograms: the scale of the initial weights” (opens in Compare)',
    });
    expect(await lesson.isVisible()).toBe(true);

    // Four units: a = √(6/(2 + 4)) = 1.
    const units = network.getByRole('spinbutton', { name: 'Units in layer 1' });
    await units.fill('4');
    await units.press('Enter');
    await expect.poll(() => numbers(init), { timeout: 5_000 }).toContain('4');
    expect(await numbers(init)).toContain('1');
    expect(await numbers(init)).not.toContain('0.5774');

    // The loss beside its menu: cross-entropy over a minibatch of N = 32, K = 2 classes (the spiral's arms).
    const loss = network.getByRole('figure', { name: 'Loss: Cross-entropy (softmax)' });
    expect(await numbers(loss)).toEqual(expect.arrayContaining(['32', '2']));

    // The lesson opens as the lessons tab opens it.
    await lesson.click();
    const banner = page.getByRole('complementary', {
      name: 'Lesson: Activation histograms: the scale of the initial weights',
    });
    await expect.poll(() => banner.isVisible(), { timeout: 10_000 }).toBe(true);
    await page.close();
  }, 60_000);

  it('speaks Japanese on the Japanese page', async () => {
    const page = await open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
    const rule = page.getByRole('figure', { name: '更新式: Adam' });
    await expect.poll(() => rule.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await rule.textContent()).toContain('各ステップで、すべての重み θ');
    await page.getByRole('button', { name: '第 1 層の数式' }).click();
    const formulas = page.getByRole('group', { name: '第 1 層の数式' });
    const init = formulas.getByRole('figure', { name: '重みの初期値: Xavier/Glorot(一様)' });
    expect(await numbers(init)).toContain('0.5774');
    await formulas.getByText('なぜこの初期値?').click();
    expect(await formulas.getByText(/これが LeCun の初期値/).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('figure', { name: '損失関数: 交差エントロピー誤差(ソフトマックス関数)' })
        .isVisible(),
    ).toBe(true);
    await page.close();
  }, 60_000);
});
