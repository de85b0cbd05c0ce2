// Descent embedded in a course page, in real Chromium: a teacher copies the <iframe> code
// from the Share for class dialog, a course page on another origin pastes it, and the frame
// shows one view with the link's experiment, without tabs or the hidden builder, sized to
// its frame, trains, and opens the whole app in a new tab; then the same in a frame
// sandboxed with scripts only, where storage throws.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

// A static host's CORS header, as GitHub Pages sends it: a sandboxed frame's opaque origin
// loads the app's module scripts and workers only with it.
const app = useApp({ cors: true });
let courseUrl = '';
let course: Server;
/** What the course page's body is: the teacher's pasted code. */
let coursePage = '';

beforeAll(async () => {
  // The course page: another port on another host name, so another origin.
  course = createServer((_, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>Course</title><h1>Week 3</h1>${coursePage}`);
  });
  await new Promise<void>((resolve) => course.listen(0, '127.0.0.1', resolve));
  courseUrl = `http://localhost:${(course.address() as AddressInfo).port}/`;
});

afterAll(() => {
  course?.close();
});

/** The teacher's code: SGD at 0.07, the network builder hidden, the playground embedded. */
async function teachersCode(): Promise<string> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app().url);
  await ready(page);
  await page.getByLabel('Optimizer').selectOption('sgd');
  const lr = page.getByLabel('Learning rate');
  await lr.fill('0.07');
  await lr.press('Enter');
  await ready(page);
  await page.getByRole('button', { name: 'Share for class' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share for class' });
  await dialog.getByRole('checkbox', { name: 'Network builder' }).check();
  await dialog.getByLabel('View to show').selectOption({ label: 'Playground' });
  const code = dialog.getByRole('textbox', { name: 'Code for the course page' });
  await expect
    .poll(() => code.inputValue(), { timeout: 5_000 })
    .toMatch(/^<iframe src="[^"]+#z=[\w-]+&amp;hide=network&amp;embed=playground" /);
  expect(await dialog.getByRole('button', { name: 'Copy the code' }).isEnabled()).toBe(true);
  const text = await code.inputValue();
  await page.close();
  return text;
}

async function openCourse(code: string): Promise<{ page: Page; frame: FrameLocator }> {
  coursePage = code;
  const page = await app().browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(courseUrl);
  const frame = page.frameLocator('iframe');
  await expect
    .poll(() => frame.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
    .toBe(true);
  return { page, frame };
}

/** Trains until the frame's progress line passes epoch 0. */
async function trains(frame: FrameLocator): Promise<void> {
  await frame.getByRole('button', { name: 'Train' }).click();
  const epoch = async () =>
    Number(/Epoch (\d+)/.exec((await frame.locator('.d-progress').textContent()) ?? '')?.[1] ?? 0);
  await expect.poll(epoch, { timeout: 20_000 }).toBeGreaterThan(0);
}

describe('Descent embedded in a course page', () => {
  it("shows one view from the teacher's code on another origin, and opens the app", async () => {
    const code = await teachersCode();
    const { page, frame } = await openCourse(code);
    // The link's experiment, what the teacher hid hidden, no tabs.
    expect(await frame.getByLabel('Optimizer').inputValue()).toBe('sgd');
    expect(await frame.getByLabel('Learning rate').inputValue()).toBe('0.07');
    expect(await frame.getByRole('list', { name: 'Layers' }).count()).toBe(0);
    expect(await frame.getByRole('tablist').count()).toBe(0);
    expect(await frame.getByRole('tab').count()).toBe(0);
    // Sized to its frame: as wide as the course page's column, nothing wider inside.
    const inner = page.frames()[1];
    expect(new URL(inner.url()).origin).not.toBe(new URL(courseUrl).origin);
    const frameWidth = await page.locator('iframe').evaluate((f) => f.clientWidth);
    expect(frameWidth).toBeGreaterThan(800);
    const widths = (await inner.evaluate(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    )) as number[];
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    expect(widths[1]).toBeGreaterThan(frameWidth - 20);
    await trains(frame);

    // "Open in Descent": the whole app in a new tab, with the experiment and the tabs.
    const openApp = frame.getByRole('link', { name: /^Open in Descent/ });
    expect(await openApp.getAttribute('target')).toBe('_blank');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), openApp.click()]);
    await ready(tab);
    expect(tab.url()).not.toMatch(/embed/);
    expect(await tab.getByRole('tab', { name: 'Playground' }).isVisible()).toBe(true);
    expect(await tab.getByLabel('Learning rate').inputValue()).toBe('0.07');
    await tab.close();
    await page.close();
  }, 120_000);

  it('offers only the views the teacher leaves visible', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(app().url);
    await page.getByRole('button', { name: 'Share for class' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share for class' });
    const view = dialog.getByLabel('View to show');
    await view.selectOption({ label: 'Optimizer race' });
    // Hiding the race while it is chosen: it is no longer offered, and the code embeds the
    // playground, which a teacher can see, rather than a race the frame would not show.
    await dialog.getByRole('checkbox', { name: '“Optimizer race” tab' }).check();
    const offered = await view.getByRole('option').allTextContents();
    expect(offered).toContain('Playground');
    expect(offered).not.toContain('Optimizer race');
    expect(await view.inputValue()).toBe('playground');
    const code = dialog.getByRole('textbox', { name: 'Code for the course page' });
    await expect
      .poll(() => code.inputValue(), { timeout: 5_000 })
      .toMatch(/&amp;hide=race&amp;embed=playground"/);
    await page.close();
  }, 60_000);

  it('works in a frame sandboxed with scripts only, where storage throws', async () => {
    const code = (await teachersCode()).replace('<iframe ', '<iframe sandbox="allow-scripts" ');
    const { page, frame } = await openCourse(code);
    const inner = page.frames()[1];
    expect(
      await inner.evaluate(
        `(() => { try { localStorage; return 'kept'; } catch { return 'throws'; } })()`,
      ),
    ).toBe('throws');
    expect(await frame.getByLabel('Learning rate').inputValue()).toBe('0.07');
    // An edit works too (the address is rewritten, nothing is saved).
    const lr = frame.getByLabel('Learning rate');
    await lr.fill('0.05');
    await lr.press('Enter');
    await expect.poll(() => lr.inputValue()).toBe('0.05');
    await trains(frame);
    await page.close();
  }, 120_000);
});
