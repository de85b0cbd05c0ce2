// A refused value says why where the user typed it, in real Chromium against the built app:
// right below its field (in view, not at the top of the page), in plain words in the page's
// language, as the input's description and in an alert a screen reader speaks; said once.
// The note that a field needs a number stays until it has one, and a layer's units are typed.
// A layer's refusal no field says is said on its row only.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

/** The contexts a test opened, closed after it whether it passed or not. */
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function open(locale = 'en-US'): Promise<Page> {
  const context = await app().browser.newContext({
    locale,
    viewport: { width: 1280, height: 800 },
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(app().url);
  if (locale === 'en-US') await ready(page);
  return page;
}

const field = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });

/** Types `value` into `input` and presses Enter, as a person commits a number. */
async function type(input: Locator, value: string): Promise<void> {
  await input.fill(value);
  await input.press('Enter');
}

/**
 * What the page says about `input`: the text of the element that describes it, checked to
 * be an alert just below the input, which is marked invalid.
 */
async function saidBeside(page: Page, input: Locator): Promise<string> {
  await expect.poll(() => input.getAttribute('aria-describedby'), { timeout: 10_000 }).toBeTruthy();
  const note = page.locator(`[id="${await input.getAttribute('aria-describedby')}"]`);
  expect(await note.getAttribute('role')).toBe('alert'); // a live region: spoken as it appears
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  const [box, at] = [(await input.boundingBox())!, (await note.boundingBox())!];
  expect(at.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
  expect(at.y - (box.y + box.height)).toBeLessThan(40);
  return (await note.textContent()) ?? '';
}

/** Alerts whose text matches `text` anywhere on the page. */
const alerts = (page: Page, text: string | RegExp) =>
  page.getByRole('alert').filter({ hasText: text });

describe('messages where the user looks', () => {
  it('says why a learning rate of -1 was refused below the field, once, in plain words', async () => {
    const page = await open();
    const lr = field(page, 'Learning rate');
    await type(lr, '-1');
    expect(await saidBeside(page, lr)).toBe(
      'Learning rate must be a positive number; you typed -1.',
    );
    // Not at the top of the page too, and not in validation's words.
    expect(await alerts(page, 'must be a positive number').count()).toBe(1);
    expect(await alerts(page, /That change was not applied|optimizer\.lr/).count()).toBe(0);
    // The field shows the value that stays; an accepted value clears the message.
    expect(await lr.inputValue()).toBe('0.01');
    await type(lr, '0.05');
    await expect.poll(() => alerts(page, 'must be a positive number').count()).toBe(0);
    expect(await lr.getAttribute('aria-invalid')).toBeNull();
  }, 60_000);

  it('says it for the number fields of every panel', async () => {
    const page = await open();
    const cases: [string, string, string][] = [
      ['Batch size', '0', 'Batch size must be a whole number of at least 1; you typed 0.'],
      ['Momentum', '1', 'Momentum must be at least 0 and less than 1; you typed 1.'],
      ['Noise', '-1', 'Noise must be between 0 and 100; you typed -1.'],
      ['Samples', '2.5', 'Samples must be a whole number of at least 1; you typed 2.5.'],
      ['Std of layer 1', '0', 'Std of layer 1 must be more than 0 and at most 1000; you typed 0.'],
    ];
    await page.getByLabel('Optimizer').selectOption('sgd');
    await page.getByRole('combobox', { name: 'Initializer of layer 1' }).selectOption('normal');
    for (const [name, value, said] of cases) {
      const input = field(page, name);
      await type(input, value);
      expect(await saidBeside(page, input), name).toBe(said);
      expect(await alerts(page, said).count(), name).toBe(1);
    }
  }, 60_000);

  it('says it in Japanese on the Japanese page', async () => {
    const page = await open('ja-JP');
    await expect
      .poll(() => page.getByRole('button', { name: '学習', exact: true }).isEnabled(), {
        timeout: 20_000,
      })
      .toBe(true);
    const lr = field(page, '学習率');
    await type(lr, '-1');
    expect(await saidBeside(page, lr)).toBe(
      '学習率には正の数を入力してください(-1 と入力されました)。',
    );
    expect(await alerts(page, /optimizer\.lr|must be/).count()).toBe(0);
    // A range of the data set's, not a number's bounds: Japanese too.
    const classes = field(page, 'クラス数');
    await type(classes, '20');
    expect(await saidBeside(page, classes)).toBe(
      'クラス数には 2 以上 10 以下の整数を入力してください(20 と入力されました)。',
    );
    expect(await alerts(page, /data\.classes|integer/).count()).toBe(0);
  }, 60_000);

  it('keeps saying a field needs a number until it has one', async () => {
    const page = await open();
    const lr = field(page, 'Learning rate');
    const note = alerts(page, 'Learning rate needs a number: it stays 0.01.');
    await lr.fill('');
    await lr.press('Enter');
    expect(await saidBeside(page, lr)).toBe('Learning rate needs a number: it stays 0.01.');
    // Leaving the field, and editing another, do not hide it: the field is still empty.
    await lr.press('Tab');
    const batchSize = field(page, 'Batch size');
    await type(batchSize, '16');
    await expect.poll(() => batchSize.inputValue(), { timeout: 10_000 }).toBe('16');
    expect(await note.isVisible()).toBe(true);
    expect(await lr.inputValue()).toBe('');
    // A number fixes it.
    await type(lr, '0.02');
    await expect.poll(() => note.count()).toBe(0);
    expect(await lr.inputValue()).toBe('0.02');
  }, 60_000);

  it("types a layer's units, and says the limit beside the field when it is passed", async () => {
    const page = await open();
    const units = field(page, 'Units in layer 1');
    expect(await units.getAttribute('max')).toBe('4096');
    await type(units, '416');
    const row = page.getByRole('list', { name: 'Layers' }).getByRole('listitem').first();
    await expect
      .poll(() => row.textContent(), { timeout: 10_000 })
      .toMatch(/^1\. Dense, 416 units/);
    await type(units, '5000');
    expect(await saidBeside(page, units)).toBe(
      'Units in layer 1 can be at most 4096; you typed 5000.',
    );
    expect(await alerts(page, 'at most 4096').count()).toBe(1);
    expect(await units.inputValue()).toBe('416');
    expect(await row.textContent()).toMatch(/^1\. Dense, 416 units/);

    // At the limit + is off (it would only be refused); at 1, −.
    const more = page.getByRole('button', { name: 'More units in layer 1' });
    const fewer = page.getByRole('button', { name: 'Fewer units in layer 1' });
    await type(units, '4095');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/4,?095 units/);
    expect(await more.isEnabled()).toBe(true);
    await more.click();
    await expect.poll(() => units.inputValue(), { timeout: 10_000 }).toBe('4096');
    expect(await more.isDisabled()).toBe(true);
    expect(await fewer.isEnabled()).toBe(true);
    await type(units, '1');
    await expect.poll(() => fewer.isDisabled(), { timeout: 10_000 }).toBe(true);
    expect(await more.isEnabled()).toBe(true);
  }, 60_000);

  it("says a layer's refusal that no field says on its row only, not at the top too", async () => {
    const page = await open();
    await page.getByLabel('Data set').selectOption('digits');
    await expect
      .poll(() => page.getByText(/^1 × 8 × 8 image · /).isVisible(), { timeout: 20_000 })
      .toBe(true);
    await page.getByRole('button', { name: 'Add convolution' }).click();
    const kernel = field(page, 'Kernel size of layer 1');
    // The side typed is kernelSize[0]; validation refuses the kernel whole (kernelSize), a
    // path no field claims: the network panel says it on the convolution's row.
    await type(kernel, '9');
    const said = alerts(page, 'larger than its 8 × 8 input');
    await expect.poll(() => said.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const onRow = page
      .getByRole('list', { name: 'Layers' })
      .getByRole('listitem')
      .first()
      .getByRole('alert');
    expect(await onRow.textContent()).toBe(
      'Not applied: kernelSize is 9 × 9, larger than its 8 × 8 input (use a smaller kernel or more padding)',
    );
    expect(await said.count()).toBe(1);
    expect(await alerts(page, 'That change was not applied').count()).toBe(0);
  }, 60_000);
});
