// The classic methods beside the network in Chromium, as the student sees them on
// the moons: logistic regression fails where the RBF SVM and the network succeed, kNN's
// regions change as k moves and a clicked point shows its neighbours, and the SVMs draw
// their margins with their support vectors counted.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './appServer';

const app = useApp();

async function openOnMoons(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.goto(app().url);
  await page.getByLabel('Data set').selectOption('moons');
  await expect
    .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
    .toBe(true);
  return page;
}

/** The accuracy table's row for a method: [training, validation] as numbers (NaN for –). */
async function accuracies(page: Page, method: string): Promise<[number, number]> {
  const row = page
    .getByRole('table', { name: 'Accuracy of each method' })
    .getByRole('row', { name: new RegExp(`^${method}`) });
  const cells = await row.getByRole('cell').allTextContents();
  return [parseFloat(cells[0]), parseFloat(cells[1])];
}

/** The little of a canvas these tests read (they compile without the DOM's types). */
interface PixelCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
  };
}

/** A hash of a canvas's pixels: changes when what is drawn changes. */
function pixels(canvas: Locator): Promise<string> {
  return canvas.evaluate((element) => {
    const c = element as unknown as PixelCanvas;
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 0;
    for (let i = 0; i < data.length; i++) h = (h * 31 + data[i]) | 0;
    return String(h);
  });
}

describe('the classic methods in Chromium', () => {
  it('on the moons: logistic regression fails, the RBF SVM and the network succeed, kNN changes with k', async () => {
    const page = await openOnMoons();
    // The playground's pace is the network's here too: the default 50 epochs at full speed.
    await page.getByLabel('Speed').selectOption({ label: 'Fastest' });
    await page.getByRole('tab', { name: 'Classic methods' }).click();
    await page.getByRole('button', { name: 'Train the network' }).click();
    // The default 50 epochs at full speed: the network's row fills in as it trains.
    await expect
      .poll(async () => (await accuracies(page, 'The network'))[1], { timeout: 60_000 })
      .toBeGreaterThanOrEqual(95);
    await expect
      .poll(() => page.getByRole('button', { name: 'Train the network' }).isDisabled(), {
        timeout: 60_000,
      })
      .toBe(true);
    await expect
      .poll(async () => (await accuracies(page, 'RBF-kernel SVM'))[1], { timeout: 30_000 })
      .toBeGreaterThanOrEqual(90);
    const logistic = await accuracies(page, 'Logistic regression');
    expect(logistic[1]).toBeLessThan(90);
    expect(logistic[1]).toBeGreaterThan(70); // a line through the moons: most, not all
    const linear = await accuracies(page, 'Linear SVM');
    expect(linear[1]).toBeLessThan(90);
    // Logistic regression says what it is, with its log-likelihood.
    const logisticPanel = page.getByRole('region', { name: 'Logistic regression' });
    expect(await logisticPanel.textContent()).toMatch(/A network with no hidden layer/);
    expect(await logisticPanel.textContent()).toMatch(
      /Log-likelihood of the \d+ training labels: -\d/,
    );
    // Every picture is named with its accuracies.
    await expect
      .poll(() =>
        page
          .getByRole('img', {
            name: /^RBF-kernel SVM’s decision regions on Two moons: Training \d/,
          })
          .count(),
      )
      .toBe(1);
    // The SVMs count their support vectors; the RBF one explains the kernel trick.
    const rbf = page.getByRole('region', { name: 'RBF-kernel SVM' });
    expect(await rbf.textContent()).toMatch(/\d+ support vectors \(ringed\) hold the margin/);
    expect(await rbf.textContent()).toMatch(/The kernel trick in one dimension/);

    // kNN: k = 5 fits the moons; k = 100 blurs them, and the picture and accuracy change.
    const knn = page.getByRole('region', { name: 'k-nearest neighbours' });
    const knnPicture = knn.getByRole('img', { name: /k-nearest neighbours’s decision regions/ });
    await expect
      .poll(async () => (await accuracies(page, 'k-nearest neighbours'))[1])
      .toBeGreaterThanOrEqual(95);
    const before = await pixels(knnPicture);
    const slider = knn.getByLabel(/k \(neighbours that vote\)/);
    await slider.fill('100');
    await expect.poll(() => pixels(knnPicture), { timeout: 20_000 }).not.toBe(before);
    await expect
      .poll(async () => (await accuracies(page, 'k-nearest neighbours'))[1], { timeout: 20_000 })
      .toBeLessThan(95);
    // A click shows the clicked point's 100 nearest.
    await knnPicture.click({ position: { x: 160, y: 150 } });
    await expect
      .poll(async () => (await knn.textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/The 100 nearest to \(-?[\d.]+, -?[\d.]+\): \d+ × /);
    // Without a mouse: the point typed, then its neighbours shown.
    await knn.getByLabel('Point x').fill('0.5');
    await knn.getByLabel('Point y').fill('0.25');
    await knn.getByRole('button', { name: 'Show its neighbours' }).click();
    await expect
      .poll(async () => (await knn.textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/The 100 nearest to \(0\.5, 0\.25\): \d+ × /);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('opens a lesson of the classic methods in their view, with its banner', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app().url);
    await page.getByRole('tab', { name: 'Lessons' }).click();
    await page
      .getByRole('button', {
        name: 'Open in Classic methods: the lesson “Margins: the SVM”',
      })
      .click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Classic methods' }).getAttribute('aria-selected'))
      .toBe('true');
    const banner = page.getByRole('complementary', { name: /^Lesson: Margins: the SVM/ });
    expect(await banner.isVisible()).toBe(true);
    // The lesson's blobs, and what it says to look for: 16 support vectors at C = 1.
    await expect
      .poll(
        async () => (await page.getByRole('region', { name: 'Linear SVM' }).textContent()) ?? '',
        {
          timeout: 20_000,
        },
      )
      .toMatch(/16 support vectors \(ringed\) hold the margin/);
    await page.close();
  }, 60_000);
});
