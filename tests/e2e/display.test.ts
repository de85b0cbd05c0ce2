// How the page looks, measured in real Chromium at 1280×800 against the built app: the
// Japanese header on one row, in a Japanese font, with its class names and legends in
// Japanese; tick labels inside their charts; menus as wide as their entries; no empty panel;
// a race map with structure around a pole, and a word when a racer leaves it; presentation
// mode's larger chart labels under a compact header.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../src/spec';
import { encodeShareLink } from '../../src/spec/shareLink';
import type { Experiment } from '../../src/spec/types';
import { ready, useApp } from './appServer';
import { axisInk } from './chartPixels';

const app = useApp();

async function open(hash = ''): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app().url + hash);
  await ready(page);
  return page;
}

/** The page in Japanese, chosen from the language menu as a person would. */
async function openInJapanese(): Promise<Page> {
  const page = await open();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
  await expect
    .poll(() => page.getByRole('button', { name: '学習', exact: true }).isEnabled(), {
      timeout: 10_000,
    })
    .toBe(true);
  return page;
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

describe('the page in Japanese', () => {
  it('keeps the header on one row at 1280 px, "?" beside the tabs, in a Japanese font', async () => {
    const page = await openInJapanese();
    const tabs = await box(page.getByRole('tablist', { name: '表示' }));
    const help = await box(page.getByRole('button', { name: 'キーボードショートカット' }));
    const run = await box(page.getByRole('group', { name: '学習の操作' }));
    // "?" sits on the tabs' row (centred on it), not below them among Train and Step.
    expect(Math.abs(help.y + help.height / 2 - (tabs.y + tabs.height / 2))).toBeLessThan(3);
    expect(help.y + help.height).toBeLessThan(run.y);
    const header = await box(page.locator('header'));
    expect(header.height).toBeLessThan(95);

    // The page's font stack names the usual Japanese faces of each system.
    const stack = await page.evaluate<string>(
      'getComputedStyle(document.documentElement).fontFamily',
    );
    for (const face of ['Hiragino Sans', 'Yu Gothic', 'Meiryo', 'Noto Sans CJK JP']) {
      expect(stack).toContain(face);
    }
    // And this machine has one (scripts/ensure-cjk-font.sh): the tab's text is drawn in a
    // CJK face, not as boxes of a fallback.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[role="tab"][aria-selected="true"]',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/CJK|Hiragino|Gothic|Meiryo/);
    await page.close();
  }, 60_000);

  it('orders the chart legend as English does (training, then validation)', async () => {
    const page = await openInJapanese();
    await page.getByRole('button', { name: '1 エポック進める' }).click();
    const loss = page.getByRole('img', { name: 'エポックごとの損失' });
    const legend = loss.locator('.d-line-name');
    await expect.poll(() => legend.allInnerTexts(), { timeout: 10_000 }).toEqual(['訓練', '検証']);
    await page.close();
  }, 60_000);

  it('names the classes in Japanese: under the picture and in the confusion matrix', async () => {
    const page = await openInJapanese();
    // The spiral's classes under the picture: "arm 1" is the engine's English.
    const picture = page.locator('figure.d-boundary figcaption');
    await expect.poll(() => picture.innerText(), { timeout: 10_000 }).toContain('渦の腕 1');
    expect(await page.getByText('arm 1', { exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: '1 エポック進める' }).click();
    // The confusion matrix's headers are the classes, in Japanese too.
    const matrix = page.getByRole('table', { name: /混同行列/ });
    await expect
      .poll(() => matrix.getByRole('columnheader').allInnerTexts(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['渦の腕 1', '渦の腕 2']));
    await page.close();
  }, 60_000);
});

describe('charts and menus', () => {
  it('keeps every tick label of the minibatch chart inside it (1.2e-13, not .2e-13)', async () => {
    // A straight line through tiny targets, fitted from zero weights with a tiny step: the
    // minibatch losses stay near 1e-13, and the axis labels read 2.0e-13, 4.0e-13 and so on.
    const experiment = defaultExperiment() as Experiment;
    const x = Array.from({ length: 40 }, (_, i) => [i / 20 - 1]);
    experiment.data = {
      kind: 'inline',
      task: 'regression',
      x,
      y: x.map(([v]) => 1e-6 * v + 5e-7),
      normalize: 'none',
    };
    experiment.validation = 0;
    experiment.model = {
      inputs: 1,
      layers: [{ type: 'dense', units: 1, activation: 'linear', init: { name: 'zeros' } }],
      loss: 'mse',
    };
    experiment.optimizer = { name: 'sgd', lr: 1e-6, momentum: 0, nesterov: false, weightDecay: 0 };
    const page = await open(await encodeShareLink(experiment));
    await page.getByRole('button', { name: 'Step epoch' }).click();
    await page.getByRole('button', { name: 'Step epoch' }).click();
    const chart = page.getByRole('img', { name: 'Minibatch loss by step' });
    // The chart's numbers (its table for screen readers) are tiny, so its labels are too.
    const numbers = page.getByRole('table', {
      name: 'Minibatch loss by step: some of the values drawn',
    });
    const tiny = async () =>
      (await numbers.getByRole('cell').allTextContents()).some((v) => v.endsWith('e-13'));
    await expect.poll(tiny, { timeout: 10_000 }).toBe(true);
    // The labels are drawn on the canvas: the axis widened past its usual 48 px for them, and
    // none reaches the canvas's edge, where it would be cut.
    await expect
      .poll(async () => (await axisInk(chart)).axisX, { timeout: 5_000 })
      .toBeGreaterThan(50);
    const ink = await axisInk(chart);
    expect(ink.labels).toBeGreaterThanOrEqual(2);
    expect(ink.labelLeft).toBeGreaterThanOrEqual(1);
    expect(ink.atEdges).toBe(0);
    const loss = await axisInk(page.getByRole('img', { name: 'Loss by epoch' }));
    expect(loss.labels).toBeGreaterThanOrEqual(2);
    expect(loss.atEdges).toBe(0);
    await page.close();
  }, 60_000);

  it('makes every menu as wide as its longest entry', async () => {
    const page = await open();
    // Each shown <select> against a copy of itself sized to its content.
    const cut = () =>
      page.evaluate<string[]>(`[...document.querySelectorAll('#d-view select')]
        .filter((select) => select.offsetParent !== null)
        .flatMap((select) => {
          const copy = select.cloneNode(true);
          copy.style.cssText = 'position:absolute;width:max-content;max-width:none';
          select.parentElement.append(copy);
          const needed = copy.offsetWidth;
          copy.remove();
          return select.offsetWidth + 1 < needed ? [select.labels[0]?.textContent] : [];
        })`);
    expect(await cut()).toEqual([]);
    for (const view of ['Optimizer race', 'Compare']) {
      await page.getByRole('tab', { name: view }).click();
      await expect.poll(() => page.locator('#d-view select').count()).toBeGreaterThan(0);
      expect(await cut()).toEqual([]);
    }
    await page.close();
  }, 60_000);

  it('draws no empty panel on Compare before a run', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Compare' }).click();
    const view = page.getByRole('tabpanel', { name: 'Compare' });
    await expect
      .poll(() => view.getByText('Choose a setting and press Run').isVisible(), { timeout: 5_000 })
      .toBe(true);
    const empty = [];
    for (const region of await view.getByRole('region').all()) {
      if ((await region.isVisible()) && (await region.innerText()).trim() === '') {
        empty.push(await region.getAttribute('aria-label'));
      }
    }
    expect(empty).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the race around a pole', () => {
  it('shows the structure of 1/x and says which racers left the view', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Optimizer race' }).click();
    await page
      .getByRole('combobox', { name: 'Surface', exact: true })
      .selectOption({ label: 'Your own f(x, y)' });
    await page.getByRole('textbox', { name: 'f(x, y) =' }).fill('1/x');
    await page.getByRole('button', { name: 'Plot' }).click();
    await expect
      .poll(() => page.getByRole('img', { name: /f = 1\/x/ }).count(), { timeout: 10_000 })
      .toBe(1);
    // The map's colours along its middle row: one yellow over nearly all of it before.
    // (Its plot area lies inside the axes' margins, boundary/plot.ts: 10% to 97% across.)
    const commonest = () =>
      page.evaluate<number>(`(() => {
        const canvas = document.querySelector('.d-surface canvas');
        const { width, height } = canvas;
        const row = canvas.getContext('2d').getImageData(0, Math.round(height * 0.3), width, 1);
        const counts = new Map();
        const from = Math.round(width * 0.1), to = Math.round(width * 0.97);
        for (let x = from; x < to; x++) {
          const [r, g, b] = row.data.subarray(4 * x, 4 * x + 3);
          const key = (r >> 4) + ',' + (g >> 4) + ',' + (b >> 4);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        return Math.max(...counts.values()) / (to - from);
      })()`);
    await expect.poll(commonest, { timeout: 10_000 }).toBeLessThan(0.25);

    await page.getByRole('button', { name: 'Play' }).click();
    const left = page
      .getByRole('list', { name: 'Racers that left the view' })
      .getByRole('listitem');
    await expect.poll(() => left.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await left.first().innerText()).toMatch(/^.+ · lr [\d.]+ left the view at step \d+\.$/);
    await page.close();
  }, 60_000);
});

describe('presentation mode', () => {
  it('keeps the header compact: the tabs, and the run controls on the row below', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect
      .poll(() => page.evaluate(`document.documentElement.classList.contains('d-present')`))
      .toBe(true);
    const header = await box(page.locator('header'));
    const tabs = await box(page.getByRole('tablist', { name: 'Views' }));
    const run = await box(page.getByRole('group', { name: 'Training controls' }));
    expect(header.height).toBeLessThan(100);
    expect(run.y).toBeGreaterThan(tabs.y + tabs.height - 1);
    expect(run.y).toBeLessThan(tabs.y + 2 * tabs.height);
    await page.close();
  }, 60_000);

  it('enlarges the chart and picture labels and keeps them whole', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Step epoch' }).click();
    const accuracy = page.getByRole('img', { name: 'Accuracy by epoch' });
    // 0%, 25%, … 100%, drawn on its canvas.
    await expect.poll(async () => (await axisInk(accuracy)).labels, { timeout: 10_000 }).toBe(5);
    const small = await axisInk(accuracy);
    const before = await labelRows(page);

    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect
      .poll(() => page.evaluate(`document.documentElement.classList.contains('d-present')`))
      .toBe(true);
    // The charts' labels are larger (16 px type: glyphs over 10 px tall, from under 9), and
    // whole: "100%" fits the accuracy axis, which widened for it.
    await expect
      .poll(async () => (await axisInk(accuracy)).tallest, { timeout: 5_000 })
      .toBeGreaterThanOrEqual(10);
    const large = await axisInk(accuracy);
    expect(small.tallest).toBeLessThan(9);
    expect(large.labels).toBe(5);
    expect(large.axisX).toBeGreaterThan(small.axisX);
    expect(large.labelLeft).toBeGreaterThanOrEqual(1);
    expect(large.atEdges).toBe(0);
    // The picture's axis labels (drawn on its canvas) are taller.
    await expect.poll(() => labelRows(page), { timeout: 5_000 }).toBeGreaterThan(before + 2);
    await page.close();
  }, 60_000);
});

/**
 * How tall the boundary picture's x-axis labels are, in CSS pixels: the rows under the plot
 * that hold label pixels. The canvas is transparent outside the plot, whose last row is the
 * lowest one mostly painted.
 */
function labelRows(page: Page): Promise<number> {
  return page.evaluate<number>(`(() => {
    const c = document.querySelector('canvas.d-boundary-canvas');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const painted = (y) => {
      let n = 0;
      for (let x = 0; x < c.width; x++) if (data[4 * (y * c.width + x) + 3] > 128) n++;
      return n;
    };
    let bottom = c.height - 1;
    while (bottom > 0 && painted(bottom) < c.width / 2) bottom--;
    let rows = 0;
    for (let y = bottom + 1; y < c.height; y++) if (painted(y) > 0) rows++;
    return rows / (c.width / c.getBoundingClientRect().width);
  })()`);
}
