// The playground as a person uses it, in real Chromium against the built app: build a
// network, train, watch the loss fall and the histograms move, pause, reload, open a
// tampered link, make a run diverge.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();

async function open(hash = ''): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.goto(app().url + hash);
  await expect
    .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
    .toBe(true);
  return page;
}

/** The numbers the progress line shows: epoch, step and the latest loss. */
async function progress(page: Page): Promise<{ epoch: number; step: number; loss: number | null }> {
  const text = (await page.locator('.d-progress').textContent()) ?? '';
  const number = (re: RegExp) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  return {
    epoch: number(/Epoch (\d+)/) ?? 0,
    step: number(/step (\d+)/) ?? 0,
    loss: number(/· loss ([\d.e+-]+)/),
  };
}

describe('the playground in Chromium', () => {
  it('builds a network, trains with Adam, and shows the loss fall and the histograms change', async () => {
    const page = await open();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Descent' }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    const layers = page.getByRole('list', { name: 'Layers' }).getByRole('listitem');
    const before = await layers.count();
    await page.getByRole('button', { name: 'Add dense layer' }).click();
    await expect.poll(() => layers.count(), { timeout: 10_000 }).toBe(before + 1);
    await page.getByLabel('Optimizer').selectOption('adam');
    await expect
      .poll(() => page.getByLabel('Optimizer').inputValue(), { timeout: 10_000 })
      .toBe('adam');
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
      .toBe(true);

    const histogram = page.getByRole('img', { name: /^Layer 1 outputs/ });
    await expect.poll(() => histogram.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const histogramBefore = await histogram.first().getAttribute('aria-label');

    // At the default pace (about a dozen epochs a second here) 5000 epochs outlast the test.
    await page.getByLabel('Epochs').fill('5000');
    await page.getByLabel('Epochs').press('Enter');
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
      .toBe(true);
    await page.getByRole('button', { name: 'Train' }).click();
    await expect.poll(async () => (await progress(page)).loss, { timeout: 30_000 }).not.toBeNull();
    const early = await progress(page);
    await expect
      .poll(async () => (await progress(page)).epoch, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(early.epoch + 20);
    const later = await progress(page);
    expect(later.loss!).toBeLessThan(early.loss!);
    for (const chart of [
      /^Loss by epoch$/,
      /^Accuracy by epoch$/,
      /^Minibatch loss by step$/,
      /^Decision boundary: \d+ classes, \d+ training samples and \d+ validation samples$/,
    ]) {
      expect(await page.getByRole('img', { name: chart }).isVisible()).toBe(true);
    }
    await expect
      .poll(() => histogram.first().getAttribute('aria-label'), { timeout: 10_000 })
      .not.toBe(histogramBefore);

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    const paused = await progress(page);
    await page.waitForTimeout(300);
    expect((await progress(page)).step).toBe(paused.step);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);

    // A reload restores the same experiment: the extra layer and Adam are still there.
    await page.reload();
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
      .toBe(true);
    expect(await page.getByRole('list', { name: 'Layers' }).getByRole('listitem').count()).toBe(
      before + 1,
    );
    expect(await page.getByLabel('Optimizer').inputValue()).toBe('adam');
    await page.close();
  }, 120_000);

  it('applies a new learning rate mid-run, and restarts (saying so) when the network changes', async () => {
    const page = await open();
    // Before any training nothing is lost by a new run, so nothing is said.
    await page.getByLabel('Noise').fill('0.1');
    await page.getByLabel('Noise').press('Enter');
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 10_000 })
      .toBe(true);
    expect(await page.getByText(/started over/).count()).toBe(0);
    await page.getByLabel('Epochs').fill('5000');
    await page.getByLabel('Epochs').press('Enter');
    await page.getByRole('button', { name: 'Train' }).click();
    await expect
      .poll(async () => (await progress(page)).epoch, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(3);
    const lr = page.getByLabel('Learning rate');
    await lr.fill('0.002');
    await lr.press('Enter');
    const before = await progress(page);
    await expect
      .poll(async () => (await progress(page)).step, { timeout: 10_000 })
      .toBeGreaterThan(before.step);
    expect(await page.getByText(/training started over/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'More units in layer 1' }).click();
    await expect
      .poll(() => page.getByText(/network changed, so training started over/).isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    await expect
      .poll(async () => (await progress(page)).step, { timeout: 10_000 })
      .toBeLessThan(before.step);
    await page.close();
  }, 60_000);

  it('says why binary cross-entropy gives way when the data gets a third class', async () => {
    const page = await open();
    await page
      .getByRole('combobox', { name: 'Loss', exact: true })
      .selectOption({ label: 'Binary cross-entropy (sigmoid, 2 classes)' });
    await expect
      .poll(() => page.getByLabel('Activation of layer 4').inputValue(), { timeout: 10_000 })
      .toBe('sigmoid');
    await page.getByRole('spinbutton', { name: 'Classes' }).fill('3');
    await page.getByRole('spinbutton', { name: 'Classes' }).press('Enter');
    const notice = page.getByRole('status').filter({ hasText: /needs exactly two classes/ });
    await expect.poll(() => notice.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await notice.textContent()).toMatch(/this data has 3.*softmax with cross-entropy/);
    expect(await page.getByRole('combobox', { name: 'Loss', exact: true }).inputValue()).toBe(
      'cross_entropy',
    );
    await page.close();
  }, 60_000);

  it('fits 1280×720 with the picture and the curves in view, and a tablet without sideways scrolling', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Step epoch' }).click();
    const inView = async (name: RegExp) => {
      const box = (await page.getByRole('img', { name }).boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 720 && box.x + box.width <= 1280;
    };
    await expect.poll(() => inView(/^Loss by epoch$/), { timeout: 10_000 }).toBe(true);
    expect(await inView(/^Decision boundary/)).toBe(true);

    await page.setViewportSize({ width: 768, height: 1024 });
    const overflow = () =>
      page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    await expect.poll(overflow, { timeout: 5_000 }).toBe(0);
    // Scrolled down to the histograms, the run controls are still at hand.
    await page.getByRole('heading', { name: 'Activations and gradients' }).scrollIntoViewIfNeeded();
    const train = (await page.getByRole('button', { name: 'Train' }).boundingBox())!;
    expect(train.y).toBeGreaterThanOrEqual(0);
    expect(train.y + train.height).toBeLessThanOrEqual(1024);
    await page.close();
  }, 60_000);

  it('shows every view at 1280 and 768 pixels wide without sideways scrolling', async () => {
    const page = await open();
    const overflow = () =>
      page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    for (const width of [1280, 768]) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of ['Lessons', 'Playground', 'Optimizer race', 'Compare', 'Search']) {
        await page.getByRole('tab', { name: view }).click();
        // The race's table at its widest: long racer names, every number filled in.
        if (view === 'Optimizer race' && width === 1280) {
          await page.getByRole('button', { name: 'Play' }).click();
          await expect
            .poll(() => page.getByText(/^Step 30 of 30$/).isVisible(), { timeout: 10_000 })
            .toBe(true);
        }
        expect(await overflow(), `${view} at ${width}`).toBe(0);
      }
    }
    await page.close();
  }, 60_000);

  it('loads a CSV of its own, and names the line of a malformed one', async () => {
    const page = await open();
    const rows = Array.from({ length: 60 }, (_, i) => {
      const a = Math.cos(i),
        b = Math.sin(i * 1.7);
      return `${a.toFixed(3)},${b.toFixed(3)},${a * b > 0 ? 'same' : 'opposite'}`;
    });
    const csv = ['a,b,sign', ...rows].join('\n');
    const file = page.getByLabel('Your own data (CSV)');
    await file.setInputFiles({ name: 'signs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect
      .poll(() => page.getByLabel('Label column').inputValue(), { timeout: 10_000 })
      .toBe('2');
    await page.getByRole('button', { name: 'Use this data' }).click();
    await expect
      .poll(
        () =>
          page
            .getByText(/48 training samples and 12 validation samples, 2 inputs, 2 classes/)
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Step epoch' }).click();
    await expect.poll(async () => (await progress(page)).epoch, { timeout: 10_000 }).toBe(1);

    await file.setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('a,b,c\n1,2,0\n3,oops,1\n'),
    });
    // Said as soon as the file is read, with "Use this data" off until the choice works.
    await expect
      .poll(
        () =>
          page
            .getByRole('alert')
            .filter({ hasText: 'broken.csv: line 3, column "b": "oops" is not a number' })
            .isVisible(),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Use this data' }).isDisabled()).toBe(true);
    // Another label column (b, where "oops" is the class of its row) works: the alert goes.
    await page.getByLabel('Label column').selectOption('1');
    await expect
      .poll(() => page.getByRole('button', { name: 'Use this data' }).isEnabled(), {
        timeout: 5_000,
      })
      .toBe(true);
    await page.close();
  }, 60_000);

  it('trains on a real data set fetched by the worker, with per-class results', async () => {
    const page = await open();
    await page.getByLabel('Data set').selectOption('digits');
    await expect
      .poll(
        () =>
          page
            .getByText(/1438 training samples and 359 validation samples, 64 inputs, 10 classes/)
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Step epoch' }).click();
    const table = page.getByRole('table', { name: 'Confusion matrix (validation)' });
    await expect.poll(() => table.isVisible(), { timeout: 20_000 }).toBe(true);
    const samples = page.getByRole('button', { name: /^Sample \d+: true \d · predicted \d/ });
    await expect.poll(() => samples.count(), { timeout: 10_000 }).toBe(24);
    // Digits are images: the diagram follows one sample through the layers, to its classes.
    const inside = page.getByRole('group', { name: 'One sample through the network' });
    await expect
      .poll(
        () => inside.getByRole('list', { name: 'Class probabilities for this sample' }).isVisible(),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    await samples.nth(2).click();
    await expect
      .poll(
        () => inside.getByRole('img', { name: /^Sample 3 of the validation part/ }).isVisible(),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    expect(await samples.nth(2).getAttribute('aria-pressed')).toBe('true');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps Space for the focused button, and for play/pause elsewhere; → steps from a button', async () => {
    const page = await open();
    const layers = page.getByRole('list', { name: 'Layers' }).getByRole('listitem');
    const before = await layers.count();
    await page.getByRole('button', { name: 'Add dense layer' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => layers.count(), { timeout: 10_000 }).toBe(before + 1);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
      .toBe(true);
    // → means nothing to a button: after a click on Step epoch, it steps one batch more.
    await page.getByRole('button', { name: 'Step epoch' }).click();
    const stepped = async () => (await progress(page)).step;
    await expect.poll(stepped, { timeout: 10_000 }).toBeGreaterThan(0);
    const afterEpoch = await stepped();
    await page.keyboard.press('ArrowRight');
    await expect.poll(stepped, { timeout: 10_000 }).toBe(afterEpoch + 1);
    await page.getByRole('heading', { name: 'Descent' }).click(); // focus back on the page
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.getByRole('button', { name: 'Pause' }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    await page.close();
  }, 60_000);

  it('opens a tampered link as the default experiment, saying why', async () => {
    const page = await open('#x=eyJ2ZXJzaW9uIjogMn0');
    await expect
      .poll(() => page.getByText(/link's experiment could not be opened/).isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    await expect
      .poll(() => page.getByText(/version 2 is not supported/).isVisible(), { timeout: 10_000 })
      .toBe(true);
    await page.close();
  }, 60_000);

  it('refuses a learning rate of -1 with a message, and pauses a diverging run with an explanation', async () => {
    const page = await open();
    // Squared error on a regression overflows when every step overshoots.
    await page.getByLabel('Data set').selectOption('plane');
    await page.getByLabel('Optimizer').selectOption('sgd');
    const lr = page.getByLabel('Learning rate');
    // Nothing to send: the field says so, and stays empty until it has a number.
    await lr.fill('');
    await lr.press('Enter');
    const blank = page.getByRole('alert').filter({ hasText: /^Learning rate needs a number/ });
    await expect.poll(() => blank.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await lr.inputValue()).toBe('');
    await lr.fill('-1');
    await lr.press('Enter');
    expect(await blank.count()).toBe(0);
    // Refused below the field, in plain words (more in fieldMessages.test.ts); the value stays.
    const refused = page.getByRole('alert').filter({ hasText: /^Learning rate must be/ });
    await expect
      .poll(() => refused.textContent(), { timeout: 10_000 })
      .toBe('Learning rate must be a positive number; you typed -1.');
    expect(Number(await lr.inputValue())).toBeGreaterThan(0);
    await lr.fill('100000');
    await lr.press('Enter');
    await page.getByRole('button', { name: 'Train' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'diverged' });
    await expect.poll(() => alert.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await alert.textContent()).toMatch(/learning rate/);
    expect(await page.getByRole('button', { name: 'Train' }).isDisabled()).toBe(true);
    // The coach says it too: a loss that is no longer a number exploded (coach.test.ts).
    const coach = page.locator('header').getByRole('status', { name: 'What went wrong' });
    expect(await coach.textContent()).toMatch(
      /^The loss exploded\. The loss went from 0\.\d+ to a value that is no longer a number after \d+ steps\./,
    );
    // Said at the run controls, in the header: in view wherever the page is scrolled.
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    expect(await page.locator('header').getByRole('alert').textContent()).toMatch(/diverged/);
    const box = await alert.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(720); // the viewport's height
    await page.close();
  }, 60_000);
});
