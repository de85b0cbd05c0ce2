// Files as a class uses them, in real Chromium against the built app: save an experiment and
// open it again, a broken file that changes nothing, a trained model that training goes on
// from, the curves as CSV and the pictures as PNG, and the keyboard shortcuts' dialog.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

async function open(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(app().url);
  await ready(page);
  return page;
}

/** Clicks `name` (opening the File menu first when it is one of its entries) and reads the download. */
async function download(page: Page, name: string, inMenu = false) {
  if (inMenu) await page.locator('.d-file-menu > summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Opens a file through the File menu's Open… input. */
async function openFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Open…').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** The progress line's epoch and latest epoch loss. */
async function progress(page: Page): Promise<{ epoch: number; loss: number | null }> {
  const text = (await page.locator('.d-progress').textContent()) ?? '';
  const epoch = /Epoch (\d+)/.exec(text);
  const loss = /· loss ([\d.e+-]+)/.exec(text);
  return { epoch: epoch ? Number(epoch[1]) : 0, loss: loss ? Number(loss[1]) : null };
}

const layerCount = (page: Page) =>
  page.getByRole('list', { name: 'Layers' }).getByRole('listitem').count();

async function setEpochs(page: Page, epochs: string): Promise<void> {
  await page.getByLabel('Epochs').fill(epochs);
  await page.getByLabel('Epochs').press('Enter');
}

describe('files in Chromium', () => {
  it('saves the experiment and opens it again, restoring what was changed', async () => {
    const page = await open();
    const saved = await download(page, 'Save experiment', true);
    expect(saved.name).toBe('descent-experiment.json');
    const document = JSON.parse(saved.bytes.toString('utf8'));
    expect(document).toMatchObject({ version: 1, kind: 'train', params: null });
    const epochs = await page.getByLabel('Epochs').inputValue();
    expect(String(document.training.epochs)).toBe(epochs);
    const layers = await layerCount(page);

    await setEpochs(page, '7');
    await page.getByRole('button', { name: 'Add dense layer' }).click();
    await expect.poll(() => layerCount(page), { timeout: 10_000 }).toBe(layers + 1);

    await openFile(page, 'descent-experiment.json', saved.bytes.toString('utf8'));
    await expect
      .poll(() => page.getByText('Opened descent-experiment.json').isVisible(), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => layerCount(page), { timeout: 10_000 }).toBe(layers);
    expect(await page.getByLabel('Epochs').inputValue()).toBe(epochs);
    await ready(page);
    await page.close();
  }, 60_000);

  it('exports the experiment as a PyTorch script', async () => {
    const page = await open();
    const script = await download(page, 'Export as PyTorch', true);
    expect(script.name).toBe('descent_experiment.py');
    const text = script.bytes.toString('utf8');
    expect(text).toMatch(/^#/);
    expect(text).toMatch(/import torch/);
    expect(text).toMatch(/torch\.optim\.Adam\(/);
    await page.close();
  }, 60_000);

  it('names the file and the field of a broken file, and changes nothing', async () => {
    const page = await open();
    const saved = JSON.parse((await download(page, 'Save experiment', true)).bytes.toString());
    const layers = await layerCount(page);
    const epochs = await page.getByLabel('Epochs').inputValue();
    const notice = page.locator('.d-notices [role="status"]');

    saved.model.layers[0].units = -3;
    await openFile(page, 'broken.json', JSON.stringify(saved));
    await expect
      .poll(() => notice.textContent(), { timeout: 10_000 })
      .toMatch(
        /^broken\.json could not be opened: model\.layers\[0\]\.units .*Nothing was changed\./,
      );

    await openFile(page, 'notes.json', '{"version": 1, "seed": ');
    await expect
      .poll(() => notice.textContent(), { timeout: 10_000 })
      .toMatch(/^notes\.json could not be opened: it is not valid JSON/);

    const compare = { version: 1, kind: 'compare', experiment: {}, vary: 'seed', values: [1] };
    await openFile(page, 'race.json', JSON.stringify(compare));
    await expect
      .poll(() => notice.textContent(), { timeout: 10_000 })
      .toMatch(/^race\.json is a "compare" document, not an experiment/);

    expect(await layerCount(page)).toBe(layers);
    expect(await page.getByLabel('Epochs').inputValue()).toBe(epochs);
    expect((await progress(page)).epoch).toBe(0);
    await page.close();
  }, 60_000);

  it('saves a trained model, and after a reload training goes on from its weights', async () => {
    const page = await open();
    await setEpochs(page, '30');
    await ready(page);
    await page.getByRole('button', { name: 'Train' }).click();
    await expect
      .poll(() => page.getByText('Training finished at epoch 30, the last.').isVisible(), {
        timeout: 30_000,
      })
      .toBe(true);
    const trained = (await progress(page)).loss!;

    // The histories as CSV: a header and one row per epoch; the steps likewise.
    const epochs = await download(page, 'Download CSV: loss and accuracy by epoch');
    expect(epochs.name).toBe('descent-epochs.csv');
    const lines = epochs.bytes.toString().split('\r\n');
    expect(lines[0]).toBe('epoch,loss,accuracy,valLoss,valAccuracy');
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength((await progress(page)).epoch);
    expect(rows.map((r) => Number(r.split(',')[0]))).toEqual(rows.map((_, i) => i + 1));
    expect(Number(rows.at(-1)!.split(',')[1]).toPrecision(4)).toBe(trained.toPrecision(4));
    const steps = await download(page, 'Download CSV: minibatch loss by step');
    expect(steps.bytes.toString()).toMatch(/^step,loss\r\n1,[\d.]+\r\n(\d+,[\d.]+\r\n)+$/);

    const model = await download(page, 'Save trained model', true);
    expect(model.name).toBe('descent-model.json');
    expect(JSON.parse(model.bytes.toString()).params).toHaveLength(await layerCount(page));

    // A fresh page's first epoch, from the seed's initial weights: the untrained loss.
    await page.reload();
    await ready(page);
    await page.getByRole('button', { name: 'Step epoch' }).click();
    await expect.poll(async () => (await progress(page)).loss, { timeout: 10_000 }).not.toBeNull();
    const untrained = (await progress(page)).loss!;
    expect(untrained - trained).toBeGreaterThan(0.1);

    await openFile(page, 'descent-model.json', model.bytes.toString());
    await expect
      .poll(() => page.getByText(/with its trained weights/).isVisible(), { timeout: 10_000 })
      .toBe(true);
    await ready(page);
    expect(
      await page
        .getByText(/starts fresh/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect((await progress(page)).epoch).toBe(0);
    await page.getByRole('button', { name: 'Step epoch' }).click();
    await expect.poll(async () => (await progress(page)).epoch, { timeout: 10_000 }).toBe(1);
    const resumed = (await progress(page)).loss!;
    expect(Math.abs(resumed - trained)).toBeLessThan((untrained - trained) / 3);
    await page.close();
  }, 120_000);

  it('downloads the loss and accuracy charts and the decision boundary as PNG', async () => {
    const page = await open();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step epoch' }).click();
    await expect.poll(async () => (await progress(page)).epoch, { timeout: 10_000 }).toBe(3);
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    for (const [name, file] of [
      ['Download PNG: Loss by epoch', 'descent-loss.png'],
      ['Download PNG: Accuracy by epoch', 'descent-accuracy.png'],
      ['Download PNG: Decision boundary', 'descent-boundary.png'],
    ]) {
      const png = await download(page, name);
      expect(png.name).toBe(file);
      expect([...png.bytes.subarray(0, 8)]).toEqual(signature);
      // The IHDR chunk's width and height: a picture, not an empty canvas.
      expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(200);
      expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(150);
    }
    await page.close();
  }, 60_000);

  it('lists the keyboard shortcuts on ?, in the page language, and closes on Escape', async () => {
    const page = await open();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await page.getByRole('heading', { name: 'Descent' }).click();
    await page.keyboard.press('?');
    await expect.poll(() => dialog.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await dialog.textContent()).toMatch(/Space.*Train or pause/);
    // The focus stays in the dialog: Space presses its button, not Train.
    expect(await page.evaluate('document.activeElement.closest("dialog") !== null')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), { timeout: 5_000 }).toBe(false);
    expect((await progress(page)).epoch).toBe(0);

    // `?` typed into a field is a character; the header's button opens the list too.
    await page.getByLabel('Epochs').press('?');
    expect(await dialog.isVisible()).toBe(false);
    await page.getByLabel('Language').selectOption('ja');
    await page.getByRole('button', { name: 'キーボードショートカット' }).click();
    const ja = page.getByRole('dialog', { name: 'キーボードショートカット' });
    await expect.poll(() => ja.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await ja.textContent()).toMatch(/この一覧を表示する/);
    await page.keyboard.press('Escape');
    await expect.poll(() => ja.isVisible(), { timeout: 5_000 }).toBe(false);
    await page.close();
  }, 60_000);
});
