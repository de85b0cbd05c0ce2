// The glass box on a convolutional network, in Chromium by role and name: on digits, a
// convolution with padding 1 and stride 2, a second one and a max pooling; the student picks
// an output cell of the first convolution with the fields and then by clicking its picture,
// reads its receptive field (the padding counted) and its sum written out, which adds up to
// the value shown; back through the second convolution, where its gradient goes; the first
// passes none further; and the cell max pooling took.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

/** "0.48", "(−1.2)" as the page writes numbers, to a number. */
function value(text: string): number {
  return Number(text.replace(/[()\s]/g, '').replace(/−/g, '-'));
}

/**
 * "= 0.5 × (−1.2) + 0.3 × 0.1 + 0.02 = −0.55": the terms' sum and the result it states. A
 * term is a product of two numbers, a bias one number, and "3 more terms, together 0.1" its sum.
 */
function sumOf(line: string): { terms: number[]; result: number } {
  const [sum, result] = line.replace(/^=\s*/, '').split(' = ');
  const terms = sum.split(' + ').map((term) => {
    const rest = /together (\S+)$/.exec(term);
    if (rest) return value(rest[1]);
    return term
      .split(' × ')
      .map(value)
      .reduce((a, b) => a * b, 1);
  });
  return { terms, result: value(result) };
}

function expectAddsUp(line: string, count: number) {
  const { terms, result } = sumOf(line);
  expect(terms).toHaveLength(count);
  const total = terms.reduce((a, b) => a + b, 0);
  // Each factor is written to four digits: the products carry that rounding.
  expect(Math.abs(total - result)).toBeLessThan(3e-3 * Math.max(1, Math.abs(result)));
}

/** The builder's row n (from 1). */
const row = (page: Page, n: number) =>
  page
    .getByRole('list', { name: 'Layers' })
    .getByRole('listitem')
    .nth(n - 1);

async function setField(page: Page, name: string, to: string) {
  const field = page.getByRole('spinbutton', { name });
  await field.fill(to);
  await field.press('Enter');
}

/** Moves with → from the first stage to the one named `name`. */
async function goTo(page: Page, panel: Locator, name: string) {
  const where = panel.getByText(/^Stage \d+ of \d+:/);
  await panel.getByRole('group', { name: 'The step, stage by stage' }).focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 40 && !(await where.textContent())!.endsWith(`: ${name}`); i++) {
    await page.keyboard.press('ArrowRight');
  }
  expect(await where.textContent()).toMatch(new RegExp(`: ${name}$`));
}

/** The text of what describes `element` (its aria-describedby). */
async function description(page: Page, element: Locator): Promise<string> {
  const id = await element.getAttribute('aria-describedby');
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

describe('the glass box on a convolutional network', () => {
  it('shows an output cell’s receptive field, its sum, and where its gradient goes', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app().url);
    await ready(page);
    await page.getByLabel('Data set').selectOption('digits');
    await expect
      .poll(() => page.getByText(/^1 × 8 × 8 image · /).isVisible(), { timeout: 20_000 })
      .toBe(true);

    // 8 filters 3×3 with padding 1 and stride 2: ⌊(8 + 2 − 3)/2⌋ + 1 = 4 a side; then a
    // second convolution (4 − 3 + 1 = 2) and a max pooling 2×2 (1).
    await page.getByRole('button', { name: 'Add convolution' }).click();
    await setField(page, 'Padding of layer 1', '1');
    await setField(page, 'Stride of layer 1', '2');
    await expect.poll(() => row(page, 1).textContent(), { timeout: 10_000 }).toContain('8 × 4 × 4');
    await page.getByRole('button', { name: 'Add convolution' }).click();
    await expect.poll(() => row(page, 2).textContent(), { timeout: 10_000 }).toContain('8 × 2 × 2');
    await page.getByRole('button', { name: 'Add max pooling' }).click();
    await expect.poll(() => row(page, 3).textContent(), { timeout: 10_000 }).toContain('8 × 1 × 1');
    await ready(page);

    const panel = page.getByRole('region', { name: 'One step, opened up' });
    await panel.getByRole('spinbutton', { name: 'Sample number' }).fill('5');
    await panel.getByRole('button', { name: 'Open the step' }).click();
    await expect
      .poll(() => panel.getByText(/^Stage \d+ of \d+:/).isVisible(), { timeout: 20_000 })
      .toBe(true);

    // The first convolution forward: one input picture, eight output ones.
    await goTo(page, panel, 'layer 1, convolution, forward');
    const input = panel.getByRole('group', { name: 'The input' });
    expect(await input.getByRole('img').count()).toBe(1);
    expect(await input.getByRole('img', { name: 'The input, channel 1 (8 × 8)' }).isVisible()).toBe(
      true,
    );
    const output = panel.getByRole('group', { name: 'The output' });
    expect(await output.getByRole('img').count()).toBe(8);

    // Filter 2, row 1, column 1: its kernel starts at row and column 1·0 − 1 = −1, on the
    // padding; rows and columns 1–2 of the image are under it, 4 of the 9 terms.
    await panel.getByRole('combobox', { name: 'Filter' }).selectOption({ label: '2' });
    await panel.getByRole('spinbutton', { name: 'Row' }).fill('1');
    await panel.getByRole('spinbutton', { name: 'Column' }).fill('1');
    expect(await description(page, input)).toBe(
      'The receptive field of y₂,₁,₁ (filter 2, row 1, column 1): rows 1–2 and columns 1–2 of ' +
        'the input, under the 3 × 3 kernel. 5 of its 9 terms fall on the padding: they are 0, ' +
        'left out of the sum.',
    );
    expect(
      await panel
        .getByText(
          'y₂,₁,₁ = x₁,₁,₁·W₂,₁,₂,₂ + x₁,₁,₂·W₂,₁,₂,₃ + x₁,₂,₁·W₂,₁,₃,₂ + x₁,₂,₂·W₂,₁,₃,₃ + b₂',
        )
        .isVisible(),
    ).toBe(true);
    const sum = panel.getByText(/^= .* = \S+$/).first();
    expectAddsUp((await sum.textContent())!, 5);
    // The padding is in the kernel's table too, as zeros.
    const under = panel.getByRole('table', { name: 'Channel 1 under the kernel: x' });
    expect(await under.getByRole('cell', { name: '0 (padding)' }).count()).toBe(5);

    // A click on filter 3's picture, row 3, column 2 (cells of 28 px): its kernel lies on
    // rows 2·2 − 1 + 1 = 4 … 6 and columns 2 … 4, all inside; its 9 terms and b₃ written out.
    await output
      .getByRole('img', { name: 'The output, channel 3 (4 × 4)' })
      .click({ position: { x: 1 * 28 + 14, y: 2 * 28 + 14 } });
    expect(await panel.getByRole('spinbutton', { name: 'Row' }).inputValue()).toBe('3');
    expect(await panel.getByRole('spinbutton', { name: 'Column' }).inputValue()).toBe('2');
    expect(await description(page, input)).toBe(
      'The receptive field of y₃,₃,₂ (filter 3, row 3, column 2): rows 4–6 and columns 2–4 of ' +
        'the input, under the 3 × 3 kernel.',
    );
    expectAddsUp((await sum.textContent())!, 10);

    // Back through the second convolution: its cell's gradient, to each weight x·∂L/∂y and
    // to each input under it W·∂L/∂y. A cell its ReLU let through: the others' gradient is 0.
    await goTo(page, panel, 'layer 2, convolution, backward');
    const intro = panel.getByText(/^Back through the convolution from the cell followed, /);
    const gradient = async () =>
      value(/where ∂L\/∂y = (\S+?)\. /.exec((await intro.textContent())!)![1]);
    for (let f = 2; f <= 8 && (await gradient()) === 0; f++) {
      await panel.getByRole('combobox', { name: 'Filter' }).selectOption({ label: String(f) });
    }
    const g = await gradient();
    expect(g).not.toBe(0);
    expect(await intro.textContent()).toMatch(/followed, y\S+,₁,₁ \(filter \d, row 1, column 1\)/);
    const taps = panel.getByRole('table', { name: /^Where the gradient at y\S+ goes/ });
    // 8 input channels × 3 × 3 weights, each with both products of ∂L/∂y.
    expect(await taps.locator('tbody tr').count()).toBe(72);
    const first = taps.locator('tbody tr').first();
    const w = value((await first.locator('th').textContent())!.split(' = ')[1]);
    const x = value((await first.locator('td').nth(0).textContent())!.split(' = ')[1]);
    for (const [k, factor] of [
      [1, w],
      [2, x],
    ]) {
      const [a, dy, product] = (await first.locator('td').nth(k).textContent())!
        .split(/ × | = /)
        .map(value);
      expect(a).toBeCloseTo(factor, 3);
      expect(dy).toBeCloseTo(g, 3);
      expect(Math.abs(product - a * dy)).toBeLessThanOrEqual(3e-3 * Math.abs(product));
    }
    expect(
      await panel.getByText(/^The bias b\S+ gets the gradient of every cell/).isVisible(),
    ).toBe(true);
    const below = panel.getByRole('group', { name: 'The gradient into the layer below, ∂L/∂x' });
    expect(await below.getByRole('img').count()).toBe(8);
    expect(await description(page, below)).toContain(
      'rows 1–3 and columns 1–3 of each of the 8 input channels',
    );

    // The first convolution passes no gradient below it: its weights get theirs, no input.
    // A filter's weight followed to its update keeps its four indices there.
    const followW = panel.getByRole('button', { name: /^Follow W\S+ to its update$/ }).first();
    const weight = /^Follow (W\S+) to its update$/.exec(
      (await followW.getAttribute('aria-label')) ?? (await followW.textContent())!,
    )![1];
    expect(weight.split(',')).toHaveLength(4);
    await followW.click();
    expect(
      await panel
        .getByText(`The gradient of ${weight} over the minibatch is `, { exact: false })
        .isVisible(),
    ).toBe(true);
    await goTo(page, panel, 'layer 1, convolution, backward');
    expect(await panel.getByText(/^This is the first layer with weights/).isVisible()).toBe(true);
    expect(await panel.getByRole('columnheader', { name: 'To the weight: x·∂L/∂y' }).count()).toBe(
      1,
    );
    expect(await panel.getByRole('columnheader', { name: 'To the input: W·∂L/∂y' }).count()).toBe(
      0,
    );

    // Max pooling takes one cell of its window: the largest.
    await goTo(page, panel, 'layer 3, max pooling, forward');
    expect(
      await panel
        .getByText(/^It took x\S+ \(channel 1, row [12], column [12]\), the largest: /)
        .isVisible(),
    ).toBe(true);
    // The ReLU after a convolution: maps, not a table of every value; its slope is its mask.
    await goTo(page, panel, 'layer 1, ReLU, forward');
    expect(await panel.getByRole('group', { name: 'a = f(z)' }).isVisible()).toBe(true);
    expect(await panel.getByRole('table').count()).toBe(0);
    const line = (await panel
      .getByText(/^a\S+ \(channel \d+, row \d+, column \d+\): z = /)
      .textContent())!;
    const [z, a, slope] = ['z', 'a', 'f′\\(z\\)'].map((name) =>
      Number(new RegExp(`(?:^|, |: )${name} = ([^,]+)`).exec(line)![1].replace('−', '-')),
    );
    expect([a, slope]).toEqual(z > 0 ? [z, 1] : [0, 0]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
