// Sharing as a class uses it, in real Chromium against the built app: copy a link to an
// experiment and open it somewhere else (a new context: no saved experiment to fall back
// on), open a teacher's link that hides the network builder, open old and damaged links,
// and switch presentation mode with its button and the `p` key.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../src/spec';
import { ready, useApp } from './appServer';

const app = useApp();

/** A fresh browser profile: its own storage and clipboard, as another student's machine. */
function newContext(): Promise<BrowserContext> {
  return app().browser.newContext({
    viewport: { width: 1280, height: 720 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
}

async function open(context: BrowserContext, address = app().url): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.goto(address);
  await ready(page);
  return page;
}

const errorsOf = (page: Page) => (page as unknown as { errors: string[] }).errors;
const layers = (page: Page) => page.getByRole('list', { name: 'Layers' }).getByRole('listitem');

describe('sharing in Chromium', () => {
  it('copies a link that opens the same experiment in another browser', async () => {
    const teacher = await newContext();
    const page = await open(teacher);
    const before = await layers(page).count();
    await page.getByLabel('Optimizer').selectOption('sgd');
    await ready(page);
    const lr = page.getByLabel('Learning rate');
    await lr.fill('0.05');
    await lr.press('Enter');
    await page.getByRole('button', { name: 'Add dense layer' }).click();
    await expect.poll(() => layers(page).count(), { timeout: 10_000 }).toBe(before + 1);
    await ready(page);

    await page.getByRole('button', { name: 'Copy link' }).click();
    const said = page.getByRole('status').filter({ hasText: 'Link copied' });
    await expect.poll(() => said.isVisible(), { timeout: 5_000 }).toBe(true);
    const link = (await page.evaluate('navigator.clipboard.readText()')) as string;
    expect(link.startsWith(app().url + '#z=')).toBe(true);
    // It goes after a few seconds.
    await expect.poll(() => said.count(), { timeout: 10_000 }).toBe(0);

    const student = await newContext();
    const opened = await open(student, link);
    expect(await opened.getByLabel('Optimizer').inputValue()).toBe('sgd');
    expect(await opened.getByLabel('Learning rate').inputValue()).toBe('0.05');
    expect(await layers(opened).count()).toBe(before + 1);
    expect(await opened.getByRole('note').count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
    expect(errorsOf(opened)).toEqual([]);
    await teacher.close();
    await student.close();
  }, 90_000);

  it('shows the link in a selected field when the clipboard refuses it', async () => {
    const context = await newContext();
    await context.addInitScript(
      "navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));",
    );
    const page = await open(context);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Link to this experiment' });
    await expect.poll(() => field.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await field.inputValue()).toMatch(/#z=[\w-]+$/);
    // Focused and wholly selected: Ctrl+C copies it.
    expect(
      await page.evaluate(`(() => {
        const input = document.activeElement;
        return input.getAttribute('aria-label') === 'Link to this experiment' &&
          input.selectionStart === 0 && input.selectionEnd === input.value.length;
      })()`),
    ).toBe(true);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /select the link/ })
        .count(),
    ).toBe(1);
    await context.close();
  }, 60_000);

  it('opens a teacher link without the network builder, and keeps it hidden', async () => {
    const teacher = await newContext();
    const page = await open(teacher);
    await page.getByRole('button', { name: 'Share for class' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share for class' });
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Network builder' }).check();
    await dialog.getByRole('checkbox', { name: '“Optimizer race” tab' }).check();
    const field = dialog.getByRole('textbox', { name: 'Link for the class' });
    await expect
      .poll(() => field.inputValue(), { timeout: 5_000 })
      .toMatch(/#z=[\w-]+&hide=network,race$/);
    const link = await field.inputValue();
    // Keyboard: Esc closes it and the focus goes back to the button.
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Share for class');

    const student = await newContext();
    const opened = await open(student, link);
    expect(await opened.getByText('Some controls are hidden by your teacher.').isVisible()).toBe(
      true,
    );
    expect(await opened.getByRole('list', { name: 'Layers' }).count()).toBe(0);
    expect(await opened.getByRole('button', { name: 'Add dense layer' }).count()).toBe(0);
    expect(await opened.getByRole('tab', { name: 'Optimizer race' }).count()).toBe(0);
    expect(await opened.getByRole('button', { name: 'Share for class' }).count()).toBe(0);
    // What the teacher left is there.
    expect(await opened.getByRole('heading', { name: 'Data' }).isVisible()).toBe(true);
    expect(await opened.getByRole('tab', { name: 'Compare' }).isVisible()).toBe(true);

    // An edit rewrites the link but keeps what it hides: a reload does not show them.
    const lr = opened.getByLabel('Learning rate');
    await lr.fill('0.03');
    await lr.press('Enter');
    await expect
      .poll(() => opened.evaluate('location.hash'), { timeout: 5_000 })
      .not.toBe(link.slice(link.indexOf('#')));
    expect(await opened.evaluate('location.hash')).toMatch(/&hide=network,race$/);
    await opened.reload();
    await ready(opened);
    expect(await opened.getByLabel('Learning rate').inputValue()).toBe('0.03');
    expect(await opened.getByRole('list', { name: 'Layers' }).count()).toBe(0);
    expect(await opened.getByRole('note').isVisible()).toBe(true);
    expect(errorsOf(opened)).toEqual([]);
    await teacher.close();
    await student.close();
  }, 90_000);

  it('opens a link from before compression, and a damaged one as the default', async () => {
    const context = await newContext();
    const experiment = defaultExperiment();
    experiment.optimizer = { name: 'sgd', lr: 0.07, momentum: 0, weightDecay: 0, nesterov: false };
    const old = '#x=' + Buffer.from(JSON.stringify(experiment)).toString('base64url');
    const page = await open(context, app().url + old);
    expect(await page.getByLabel('Optimizer').inputValue()).toBe('sgd');
    expect(await page.getByLabel('Learning rate').inputValue()).toBe('0.07');

    const damaged = await open(context, app().url + '#z=' + old.slice(3, 40));
    await expect
      .poll(() => damaged.getByText(/link's experiment could not be opened/).isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(await damaged.getByLabel('Optimizer').inputValue()).toBe(
      defaultExperiment().optimizer.name,
    );
    await context.close();
  }, 60_000);

  it('switches presentation mode with its button and the p key', async () => {
    const context = await newContext();
    const page = await open(context);
    const button = page.getByRole('button', { name: 'Presentation mode' });
    const state = async () => ({
      present: await page.evaluate('document.documentElement.classList.contains("d-present")'),
      pressed: await button.getAttribute('aria-pressed'),
      font: parseFloat(
        (await page.evaluate(
          'getComputedStyle(document.querySelector(".d-panel h2")).fontSize',
        )) as string,
      ),
    });
    const normal = await state();
    expect(normal).toMatchObject({ present: false, pressed: 'false' });

    await button.click();
    await expect.poll(async () => (await state()).present, { timeout: 5_000 }).toBe(true);
    const large = await state();
    expect(large.pressed).toBe('true');
    expect(large.font).toBeGreaterThan(normal.font * 1.3);

    await page.keyboard.press('p');
    await expect.poll(async () => (await state()).present, { timeout: 5_000 }).toBe(false);
    expect((await state()).font).toBe(normal.font);
    // From the page (not a field): `p` again.
    await page.getByRole('heading', { name: 'Descent' }).click();
    await page.keyboard.press('p');
    await expect.poll(async () => (await state()).present, { timeout: 5_000 }).toBe(true);
    // Typing a `p` in a field is typing.
    await page.getByLabel('Learning rate').press('p');
    expect((await state()).present).toBe(true);
    // Leaving full screen (Esc, the browser's own control) leaves presentation mode.
    await expect
      .poll(() => page.evaluate('document.fullscreenElement !== null'), { timeout: 5_000 })
      .toBe(true);
    await page.evaluate('document.exitFullscreen()');
    await expect.poll(async () => (await state()).present, { timeout: 5_000 }).toBe(false);
    await page.close();

    // A link can ask for it.
    const linked = await open(context, app().url + '?present=1');
    expect(await linked.evaluate('document.documentElement.classList.contains("d-present")')).toBe(
      true,
    );
    await context.close();
  }, 60_000);
});
