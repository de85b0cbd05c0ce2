// Links and lessons in an open tab, in real Chromium against the built app: a link pasted
// into the address bar loads (asking first, in the page's own dialog, when the experiment
// has unsaved changes), a lesson's Close brings back the user's own experiment, and Back
// and Forward move between the views, lessons and links the user opened.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultExperiment, encodeShareLink } from '../../src/spec';
import { ready, useApp } from './appServer';

const app = useApp();

/** The browser's own dialogs each page opened (a listener's throw would fail no test). */
const browserDialogs = new WeakMap<Page, string[]>();

async function open(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
  const opened: string[] = [];
  browserDialogs.set(page, opened);
  page.on('dialog', (d) => {
    opened.push(d.type());
    void d.dismiss();
  });
  await page.goto(app().url);
  await ready(page);
  return page;
}

/** Closes the page; nothing may have gone to the browser's own confirm() or alert(). */
async function close(page: Page): Promise<void> {
  await page.close();
  expect(browserDialogs.get(page)).toEqual([]);
}

/** The app's address with an SGD experiment at learning rate `lr`. */
async function linkTo(lr: number): Promise<string> {
  const experiment = defaultExperiment();
  experiment.optimizer = { name: 'sgd', lr, momentum: 0, weightDecay: 0, nesterov: false };
  return app().url + (await encodeShareLink(experiment));
}

const learningRate = (page: Page) => page.getByLabel('Learning rate').inputValue();

async function setLearningRate(page: Page, value: string): Promise<void> {
  const field = page.getByLabel('Learning rate');
  await field.fill(value);
  await field.press('Enter');
  await expect.poll(() => page.evaluate('location.hash'), { timeout: 5_000 }).toMatch(/^#z=/);
}

describe('links and lessons in an open tab', () => {
  it('opens a pasted link, asking first when the experiment has unsaved changes', async () => {
    const page = await open();
    // Nothing changed since the page opened: the link loads at once.
    await page.goto(await linkTo(0.07));
    await expect.poll(() => learningRate(page), { timeout: 10_000 }).toBe('0.07');
    expect(await page.getByLabel('Optimizer').inputValue()).toBe('sgd');
    await ready(page);

    // An edit not shared: the next link asks, and "Keep" keeps it (and its address).
    await setLearningRate(page, '0.03');
    const mine = await page.evaluate('location.hash');
    const next = await linkTo(0.5);
    await page.goto(next);
    const question = page.getByRole('dialog', { name: 'Open the link?' });
    await expect.poll(() => question.isVisible(), { timeout: 10_000 }).toBe(true);
    await question.getByRole('button', { name: 'Keep my experiment' }).click();
    await expect.poll(() => question.isVisible()).toBe(false);
    expect(await learningRate(page)).toBe('0.03');
    await expect.poll(() => page.evaluate('location.hash'), { timeout: 5_000 }).toBe(mine);

    // Asked again, "Open the link" opens it.
    await page.goto(next);
    await expect.poll(() => question.isVisible(), { timeout: 10_000 }).toBe(true);
    await question.getByRole('button', { name: 'Open the link' }).click();
    await expect.poll(() => learningRate(page), { timeout: 10_000 }).toBe('0.5');
    await ready(page);

    // Back brings the edited experiment back; a link copied is saved: the next one just loads.
    await page.goBack();
    await expect.poll(() => learningRate(page), { timeout: 10_000 }).toBe('0.03');
    await ready(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /Link copied|select the link/ })
          .count(),
      )
      .toBe(1);
    await page.goto(await linkTo(0.2));
    await expect.poll(() => learningRate(page), { timeout: 10_000 }).toBe('0.2');
    // Opened without an answer, so it asked nothing (and nothing is left on show).
    await expect.poll(() => question.isVisible()).toBe(false);
    await close(page);
  }, 90_000);

  it('closes a lesson back to the own experiment; Back and Forward walk what was opened', async () => {
    const page = await open();
    await setLearningRate(page, '0.03');
    const initializer = page.getByLabel('Initializer of layer 1');
    const own = await initializer.inputValue();
    expect(own).not.toBe('zeros');

    const tab = (name: string) => page.getByRole('tab', { name });
    const banner = page.getByRole('complementary', { name: /^Lesson: Zero initialisation/ });
    const openLesson = () =>
      page
        .getByRole('button', { name: /the lesson “Zero initialisation: why nothing learns”$/ })
        .click();
    await tab('Lessons').click();
    await openLesson();
    await expect.poll(() => initializer.inputValue(), { timeout: 10_000 }).toBe('zeros');
    await page.getByRole('button', { name: 'Close the lesson' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(() => learningRate(page), { timeout: 10_000 }).toBe('0.03');
    expect(await initializer.inputValue()).toBe(own);
    await ready(page);

    // Back: the lesson again, then the list, then the own experiment, all in the app.
    await page.goBack();
    await expect.poll(() => banner.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => initializer.inputValue(), { timeout: 10_000 }).toBe('zeros');
    await page.goBack();
    await expect.poll(() => tab('Lessons').getAttribute('aria-selected')).toBe('true');
    await page.goBack();
    await expect.poll(() => tab('Playground').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => learningRate(page), { timeout: 10_000 }).toBe('0.03');
    expect(await initializer.inputValue()).toBe(own);
    expect(page.url().startsWith(app().url)).toBe(true);

    // Forward: the list, then the lesson with its preset.
    await page.goForward();
    await expect.poll(() => tab('Lessons').getAttribute('aria-selected')).toBe('true');
    await page.goForward();
    await expect.poll(() => banner.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => initializer.inputValue(), { timeout: 10_000 }).toBe('zeros');
    await close(page);
  }, 90_000);

  it('passes tabs by with the arrow keys as one history entry; a click is one each', async () => {
    const page = await open();
    const selected = (name: string) =>
      page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected');
    await page.getByRole('tab', { name: 'Optimizer race' }).click();
    await expect.poll(() => selected('Optimizer race')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selected('Compare')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selected('Search')).toBe('true');
    // One Back undoes the click and the key presses after it, and stays in the app.
    await page.goBack();
    await expect.poll(() => selected('Playground')).toBe('true');
    expect(page.url().startsWith(app().url)).toBe(true);
    await page.goForward();
    await expect.poll(() => selected('Search')).toBe('true');
    await close(page);
  }, 60_000);
});
