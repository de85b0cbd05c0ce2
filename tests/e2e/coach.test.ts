// The coach in Chromium: a run that goes wrong is paused or flagged with the numbers, the
// cause and one setting to try, at the run controls and in "What went wrong"; each example
// document of docs/examples/coach-*.json shows its finding in the page as in the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();
const EXAMPLES = join(__dirname, '../../docs/examples');

async function open(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(app().url);
  await expect
    .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
    .toBe(true);
  return page;
}

async function setRate(page: Page, optimizer: string, lr: string): Promise<void> {
  await page.getByLabel('Optimizer').selectOption(optimizer);
  const field = page.getByLabel('Learning rate');
  await field.fill(lr);
  await field.press('Enter');
  await expect
    .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
    .toBe(true);
}

const progressText = async (page: Page) => (await page.locator('.d-progress').textContent()) ?? '';
const stepOf = async (page: Page) => Number(/step (\d+)/.exec(await progressText(page))?.[1] ?? 0);
const findings = (page: Page) =>
  page.getByRole('region', { name: 'What went wrong' }).getByRole('listitem');

describe('the coach in the page', () => {
  it('pauses Adam at learning rate 100 on the spiral at once, says why, and mends it with one click', async () => {
    const page = await open();
    await setRate(page, 'adam', '100');
    const started = Date.now();
    await page.getByRole('button', { name: 'Train' }).click();
    const alert = page
      .locator('header')
      .getByRole('alert')
      .filter({ hasText: 'The loss exploded' });
    await expect.poll(() => alert.isVisible(), { timeout: 10_000 }).toBe(true);
    const seconds = (Date.now() - started) / 1000;
    console.log(`coach: Adam at lr 100 paused ${seconds.toFixed(2)} s after Train`);
    expect(await alert.textContent()).toMatch(
      /Training paused\. The loss rose from 0\.\d+ to [\d.e+]+ in \d+ steps\./,
    );
    // Paused, a few steps in: the run waits for the student.
    expect(await page.getByRole('button', { name: 'Train' }).isEnabled()).toBe(true);
    expect(await stepOf(page)).toBeLessThanOrEqual(10);
    // "What went wrong" has it too, with the cause and the lesson.
    const item = findings(page).first();
    expect(await item.textContent()).toMatch(
      /The learning rate 100 is too large for Adam: each step overshoots/,
    );
    expect(await item.getByRole('button', { name: /^Lesson: / }).count()).toBe(1);

    await alert.getByRole('button', { name: 'Set the learning rate to 0.01' }).click();
    await expect
      .poll(() => page.getByLabel('Learning rate').inputValue(), { timeout: 10_000 })
      .toBe('0.01');
    await expect.poll(() => findings(page).count(), { timeout: 10_000 }).toBe(0);
    expect(await page.getByRole('region', { name: 'What went wrong' }).textContent()).toMatch(
      /Nothing has gone wrong/,
    );
    expect(await stepOf(page)).toBe(0); // a new run, from the first weights
    await page.close();
  });

  it('says SGD at learning rate 1e-6 is learning nothing before its 50 epochs end', async () => {
    const page = await open();
    await setRate(page, 'sgd', '0.000001');
    await page.getByRole('button', { name: 'Train' }).click();
    const status = page
      .locator('header')
      .getByRole('status')
      .filter({ hasText: 'Nothing is being learned' });
    await expect.poll(() => status.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await status.textContent()).toMatch(
      /By epoch 21 the loss on 256 training samples has come down at best to 0\.70\d*, from 0\.70\d*; guessing gives 0\.693\./,
    );
    const item = findings(page).first();
    expect(await item.textContent()).toMatch(/After step 210/);
    expect(await item.textContent()).toMatch(/The learning rate 0\.000001 is too small for SGD/);
    // Said while the run still had epochs to go (it went on: this is advice, not a stop).
    expect(await item.getByRole('button', { name: 'Set the learning rate to 0.1' }).count()).toBe(
      1,
    );
    await page.close();
  });

  it('marks the layer it found dead units in, in the diagram and among the histograms', async () => {
    const page = await open();
    await page.getByLabel('Open…').setInputFiles({
      name: 'coach-dead-units.json',
      mimeType: 'application/json',
      buffer: readFileSync(join(EXAMPLES, 'coach-dead-units.json')),
    });
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 30_000 })
      .toBe(true);
    await page.getByRole('button', { name: 'Step epoch' }).click();
    const note = page.getByRole('note').filter({ hasText: 'The coach: dead units' });
    // The example's SGD at 5 kills most units of all three hidden layers in its first epoch.
    await expect.poll(() => note.count(), { timeout: 20_000 }).toBe(3);
    const diagram = page.getByRole('img', { name: /^Network diagram/ });
    await expect
      .poll(async () => (await diagram.getAttribute('aria-label')) ?? '', { timeout: 20_000 })
      .toMatch(/The coach marks Layer 1: dead units\..*Layer 3: dead units\./);
    const item = findings(page).filter({
      hasText:
        /\d+ of the 16 units of layer 1 output 0 for each of the first 256 training samples\./,
    });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('marks a convolution whose filters stay identical on its feature maps', async () => {
    const page = await open();
    // Four zero-initialised filters on the digits: they stay one filter.
    const document = {
      version: 1,
      kind: 'train',
      seed: 1,
      data: { kind: 'digits', samples: 600 },
      validation: 0.2,
      model: {
        inputs: [1, 8, 8],
        layers: [
          {
            type: 'conv2d',
            filters: 4,
            kernelSize: 3,
            padding: 1,
            activation: 'relu',
            init: 'zeros',
          },
          { type: 'maxpool2d', size: 2 },
          { type: 'flatten' },
          { type: 'dense', units: 10, activation: 'softmax' },
        ],
      },
      optimizer: { name: 'adam', lr: 0.01 },
      training: { batchSize: 32, epochs: 3 },
    };
    await page.getByLabel('Open…').setInputFiles({
      name: 'zero-filters.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 30_000 })
      .toBe(true);
    await page.getByRole('button', { name: 'Step epoch' }).click();
    const maps = page.getByRole('figure', { name: /^Layer 1:.*The coach: symmetric units$/ });
    await expect.poll(() => maps.count(), { timeout: 20_000 }).toBe(1);
    const item = findings(page).filter({
      hasText: /4 of the 4 units of layer 1 have the same weights as another unit of the layer/,
    });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  const LESSONS: [title: string, finding: string][] = [
    ['Zero initialisation: why nothing learns', 'Units that stay identical'],
    ['Vanishing gradients in a deep sigmoid network', 'Vanishing gradients'],
    ['Overfitting, and three cures', 'Overfitting'],
  ];
  it(
    'finds in each lesson that shows a failure the failure it shows',
    { timeout: 180_000 },
    async () => {
      const page = await open();
      await page.getByLabel('Speed').selectOption({ label: 'Fastest' });
      for (const [title, finding] of LESSONS) {
        await page.getByRole('tab', { name: 'Lessons' }).click();
        await page.getByRole('button', { name: new RegExp(`the lesson “${title}”$`) }).click();
        // The lesson's own run: the last one's findings are gone, and it is ready to train.
        await expect.poll(() => findings(page).count(), { timeout: 30_000 }).toBe(0);
        await expect
          .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 30_000 })
          .toBe(true);
        await page.getByRole('button', { name: 'Train' }).click();
        const heading = findings(page).getByRole('heading', { name: new RegExp(`^${finding}`) });
        await expect.poll(() => heading.count(), { timeout: 60_000 }).toBeGreaterThan(0);
        // Its finding links back to a lesson on the same failure.
        const item = findings(page).filter({ hasText: finding }).first();
        await expect
          .poll(() => item.getByRole('button', { name: /^Lesson: / }).count(), { timeout: 10_000 })
          .toBe(1);
      }
      await page.close();
    },
  );

  it('speaks Japanese', async () => {
    const page = await open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
    await setRateJa(page);
    const alert = page
      .locator('header')
      .getByRole('alert')
      .filter({ hasText: '損失が発散しました' });
    await expect.poll(() => alert.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await alert.textContent()).toMatch(
      /学習を一時停止しました。損失が \d+ ステップで 0\.\d+ から/,
    );
    expect(await alert.getByRole('button', { name: '学習率を 0.01 にする' }).count()).toBe(1);
    await page.close();
  });

  const EXPECTED: [file: string, title: string][] = [
    ['coach-exploding.json', 'The loss exploded'],
    ['coach-not-learning.json', 'Nothing is being learned'],
    ['coach-dead-units.json', 'Dead ReLU units'],
    ['coach-saturation.json', 'Saturated units'],
    ['coach-vanishing-gradients.json', 'Vanishing gradients'],
    ['coach-exploding-gradients.json', 'Exploding gradients'],
    ['coach-symmetry.json', 'Units that stay identical'],
    ['coach-overfitting.json', 'Overfitting'],
    ['coach-oscillation.json', 'The loss oscillates'],
  ];
  it("shows each example document's finding, as the CLI does", { timeout: 300_000 }, async () => {
    const page = await open();
    await page.getByLabel('Speed').selectOption({ label: 'Fastest' });
    for (const [file, title] of EXPECTED) {
      await page.getByLabel('Open…').setInputFiles({
        name: file,
        mimeType: 'application/json',
        buffer: readFileSync(join(EXAMPLES, file)),
      });
      await expect
        .poll(() => page.getByText(`Opened ${file}`).isVisible(), { timeout: 20_000 })
        .toBe(true);
      await expect.poll(() => findings(page).count(), { timeout: 30_000 }).toBe(0);
      await expect
        .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 30_000 })
        .toBe(true);
      await page.getByRole('button', { name: 'Train' }).click();
      const heading = findings(page).getByRole('heading', { name: new RegExp(`^${title}`) });
      await expect.poll(() => heading.count(), { timeout: 60_000 }).toBeGreaterThan(0);
      // The run may go on: opening the next file starts a new one.
    }
    await page.close();
  });
});

async function setRateJa(page: Page): Promise<void> {
  const field = page.getByRole('spinbutton', { name: '学習率' });
  await field.fill('100');
  await field.press('Enter');
  await expect
    .poll(() => page.getByRole('button', { name: '学習' }).isEnabled(), { timeout: 20_000 })
    .toBe(true);
  await page.getByRole('button', { name: '学習', exact: true }).click();
}
