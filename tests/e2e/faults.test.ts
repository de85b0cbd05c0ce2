// Workers that die, in real Chromium against the built app: each kind (training, run pool,
// surface) is made to throw or to hang from outside, through the browser's own handle on
// it, and the page must notice within seconds, say so in words where the user looks, stop
// the worker, and work again after Reset without a reload, the experiment kept.
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

async function open(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app().url);
  await ready(page);
  return page;
}

/** The page's live workers whose script is `name` (training.worker, run.worker, …). */
function workers(page: Page, name: string): Worker[] {
  return page.workers().filter((w) => w.url().includes(name));
}

/** The one worker of that kind, once it has started. */
async function theWorker(page: Page, name: string): Promise<Worker> {
  await expect.poll(() => workers(page, name).length, { timeout: 20_000 }).toBeGreaterThan(0);
  return workers(page, name)[0];
}

/** Resolves when the worker is gone (terminated by the page). */
function closed(worker: Worker): Promise<void> {
  return new Promise((resolve) => worker.once('close', () => resolve()));
}

/** Makes the worker loop forever from its next task on: it stops answering, raising no event. */
async function hang(worker: Worker): Promise<void> {
  await worker.evaluate('setTimeout(() => { for (;;) {} }, 0)');
}

/** An error thrown in the worker that nothing catches; the worker itself goes on running. */
async function throwIn(worker: Worker, message: string): Promise<void> {
  await worker.evaluate(`setTimeout(() => { throw new Error(${JSON.stringify(message)}); }, 0)`);
}

/** The steps trained so far, read from the run bar ("Epoch 2 · step 40 · …"). */
async function steps(page: Page): Promise<number> {
  const text = await page
    .getByRole('group', { name: 'Training controls' })
    .locator('output')
    .innerText();
  return Number(/step (\d+)/.exec(text)?.[1] ?? NaN);
}

async function train(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: 'Train' })
    .click({ timeout: 20_000 })
    .catch(async (e: Error) => {
      // Why it could not be pressed, as the page says it.
      const said = await page.getByRole('alert').allInnerTexts();
      const dialogs = await page.getByRole('dialog').allInnerTexts();
      throw new Error(`${e.message}\nalerts: ${said.join(' | ')}\ndialogs: ${dialogs.join(' | ')}`);
    });
  await expect.poll(() => steps(page), { timeout: 20_000 }).toBeGreaterThan(0);
}

/** The run bar's alert, in the sticky header: in view wherever the page is scrolled. */
function runAlert(page: Page) {
  return page.locator('header').getByRole('alert');
}

/** After Reset, a new worker trains the experiment that was kept. */
async function resetAndTrain(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Reset' }).click();
  await ready(page);
  expect(await runAlert(page).count()).toBe(0);
  const before = await steps(page);
  expect(before).toBe(0);
  await train(page);
}

/** A page training xor (the experiment Reset must keep), and its training worker. */
async function trainingXor() {
  const page = await open();
  await page.getByLabel('Data set').selectOption('xor');
  await ready(page);
  await train(page);
  const worker = await theWorker(page, 'training.worker');
  return { page, worker, gone: closed(worker) };
}

describe('dead workers in Chromium', () => {
  it('a training worker that throws: the notice stays, the worker is stopped, Reset trains again', async () => {
    const { page, worker, gone } = await trainingXor();
    await throwIn(worker, 'boom in the training worker');
    const alert = runAlert(page).filter({ hasText: 'stopped unexpectedly' });
    await expect.poll(() => alert.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await alert.innerText()).toMatch(/boom in the training worker/);
    await gone; // terminated: it trained on after the error, and its updates hid the notice
    // Nothing the dead worker sent later takes the notice away.
    await page.waitForTimeout(1_000);
    expect(await alert.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Train' }).isDisabled()).toBe(true);
    expect(workers(page, 'training.worker')).toHaveLength(0);
    // The alert is in the header: in view even with the page scrolled to its end.
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    const box = await alert.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);

    await resetAndTrain(page);
    expect(workers(page, 'training.worker')).toHaveLength(1);
    expect(await page.getByLabel('Data set').inputValue()).toBe('xor'); // the experiment kept
    await page.close();
  }, 90_000);

  it('a training worker that hangs: said within about 2 s, stopped, and Reset trains again', async () => {
    const { page, worker, gone } = await trainingXor();
    const hungAt = Date.now();
    await hang(worker);
    const alert = runAlert(page).filter({ hasText: 'stopped answering' });
    await expect.poll(() => alert.isVisible(), { timeout: 8_000, interval: 100 }).toBe(true);
    const noticed = Date.now() - hungAt;
    // The heartbeat's 2 s of silence and its 250 ms checks (tests/worker/heartbeat.test.ts
    // times them with a fake clock), then the test's own polling.
    expect(noticed).toBeLessThan(6_000); // generous: the machine running the tests may be busy
    await gone;
    // The header no longer says Pause: the run is over.
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Train' }).isDisabled()).toBe(true);

    await resetAndTrain(page);
    expect(await page.getByLabel('Data set').inputValue()).toBe('xor');
    await page.close();
  }, 90_000);

  it('a run worker that hangs mid-compare: its run fails with why, the others finish, Run works again', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const worker = await theWorker(page, 'run.worker');
    const gone = closed(worker);
    await hang(worker);
    await gone;
    const rows = page.getByRole('table', { name: 'Summary' }).locator('tbody tr td:nth-child(2)');
    const statuses = async () => (await rows.allInnerTexts()).map((s) => s.split(':')[0].trim());
    await expect
      .poll(async () => (await statuses()).filter((s) => s !== 'done').length, {
        timeout: 90_000,
      })
      .toBe(1);
    expect((await statuses()).filter((s) => s === 'failed')).toHaveLength(1);
    // Why, in words (the table's cell carries it for screen readers and as its tooltip).
    const failed = rows.filter({ hasText: 'failed' });
    expect(await failed.innerText()).toMatch(/stopped answering/);
    // The pool replaced the worker: all four run again.
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(async () => (await statuses()).join(','), { timeout: 90_000 })
      .toBe('done,done,done,done');
    await page.close();
  }, 240_000);

  it('a surface worker that hangs: the race says so, and Reset races again', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Optimizer race' }).click();
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), { timeout: 20_000 }).toBe(true);
    const worker = await theWorker(page, 'surface.worker');
    const gone = closed(worker);
    await hang(worker);
    // A change asks the hung worker for a new race (once the loop has begun: a request it
    // answered first would leave nothing waiting on it).
    await page.waitForTimeout(200);
    await page.getByLabel('Preset').selectOption({ index: 1 });
    const alert = page.getByRole('alert').filter({ hasText: 'stopped answering' });
    await expect.poll(() => alert.isVisible(), { timeout: 8_000, interval: 100 }).toBe(true);
    await gone;
    await page
      .getByRole('group', { name: 'Race controls' })
      .getByRole('button', { name: 'Reset' })
      .click();
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(0);
    await theWorker(page, 'surface.worker');
    await play.click();
    const firstStep = page
      .getByRole('table', { name: 'Where each racer is' })
      .locator('tbody tr td')
      .first();
    await expect
      .poll(async () => Number(await firstStep.innerText()), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.close();
  }, 90_000);
});
