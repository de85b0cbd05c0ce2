// k-means, PCA and the curse of dimensionality in Chromium, as a student meets them: Blobs
// chosen in the playground, then the Classic methods view: k-means++ places its centroids
// one Step at a time, Play runs both starts to convergence with the inertia of each on a
// chart; PCA projects the digits with each component's share; the curse's ratio falls.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

async function openOnBlobs(): Promise<Page> {
  const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(app().url);
  await page.getByLabel('Data set').selectOption('blobs');
  await ready(page);
  await page.getByRole('tab', { name: 'Classic methods' }).click();
  return page;
}

/** A number as the page writes it ("7.82", "39.6", "14.7%"). */
const numberIn = (text: string) => parseFloat(text.replace('%', ''));

/** A table's body rows as their cells' texts, the row's heading first. */
async function rows(table: Locator): Promise<string[][]> {
  const out = [];
  for (const row of await table.locator('tbody tr').all()) {
    out.push(await row.locator('th, td').allTextContents());
  }
  return out;
}

describe('k-means, PCA and the curse in Chromium', () => {
  it('k-means++ steps through its start on blobs, and both starts play to convergence', async () => {
    const page = await openOnBlobs();
    const kmeans = page.getByRole('region', { name: 'k-means: a random start against k-means++' });
    const picture = (name: RegExp) => kmeans.getByRole('img', { name });
    await expect
      .poll(() => picture(/^k-means\+\+: 0 of 3 centroids, step 0$/).count(), { timeout: 20_000 })
      .toBe(1);
    // Seed 8, on Blobs at its defaults (400 samples, the playground's seed 1), is one where
    // k-means++ places one centroid in each blob and converges at an inertia of 7.82 after 2
    // assignments, while the random start puts two in one blob and stays stuck at 39.6. Not
    // every seed shows this: over seeds 0 to 99 (measured in Node with the worker's jobs)
    // k-means++ ended lower 13 times, the same 80 times, and higher 7 times (seed 10).
    const seed = kmeans.getByLabel('Seed');
    await seed.fill('8');
    await seed.press('Enter');

    const step = kmeans.getByRole('button', { name: 'Step' });
    for (const placed of [1, 2, 3]) {
      await step.click();
      await expect
        .poll(
          () =>
            picture(
              new RegExp(`^k-means\\+\\+: ${placed} of 3 centroids, step ${placed}$`),
            ).count(),
          {
            timeout: 10_000,
          },
        )
        .toBe(1);
      expect(await kmeans.textContent()).toContain(`k-means++ placed centroid ${placed} of 3`);
      // While it places, each point is drawn by its chance of being the next centroid.
      const chances = 'A point’s size is its chance of becoming the next centroid';
      expect((await kmeans.textContent())?.includes(chances)).toBe(placed < 3);
    }
    // The random start placed all three at its first step, and has assigned since.
    expect(await picture(/^Random start: 3 of 3 centroids, step 3$/).count()).toBe(1);

    await kmeans.getByRole('button', { name: 'Play' }).click();
    const final = kmeans.getByRole('status').filter({ hasText: 'Both converged' });
    await expect.poll(() => final.count(), { timeout: 30_000 }).toBe(1);
    const [, plusPlus, random] =
      /k-means\+\+ ended at an inertia of ([\d.]+), the random start at ([\d.]+)/.exec(
        (await final.textContent()) ?? '',
      ) ?? [];
    expect(numberIn(plusPlus)).toBeCloseTo(7.82, 2);
    expect(numberIn(random)).toBeCloseTo(39.6, 1);
    expect(numberIn(plusPlus)).toBeLessThanOrEqual(numberIn(random));
    // Against the blobs' classes: k-means++'s three clusters are the three blobs; the random
    // start's, with two centroids in one blob, leave one blob's points with another's.
    const [, plusPlusAgree, randomAgree] =
      /k-means\+\+’s clusters hold ([\d.]+)% of the points in their class, the random start’s ([\d.]+)%/.exec(
        (await final.textContent()) ?? '',
      ) ?? [];
    expect(Number(plusPlusAgree)).toBeGreaterThan(95);
    expect(Number(randomAgree)).toBeLessThan(80);
    // Play stopped by itself, and nothing is left to step.
    expect(await kmeans.getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
    expect(await step.isDisabled()).toBe(true);
    expect(await kmeans.textContent()).toMatch(/Converged after \d+ assignments/);

    // One line per start on the inertia chart, each named in its legend and table.
    const chart = kmeans.getByRole('img', { name: 'Inertia after each assignment' });
    await expect.poll(() => chart.locator('path.recharts-curve').count()).toBe(2);
    const table = kmeans.getByRole('table', { name: 'Inertia after each assignment' });
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Assignment',
      'Random start',
      'k-means++',
    ]);
    const inertias = await rows(table);
    expect(numberIn(inertias.at(-1)![1])).toBeCloseTo(39.6, 1);
    // k-means never raises the inertia: each run's column only falls (– once it is done).
    for (const column of [1, 2]) {
      const values = inertias.map((row) => numberIn(row[column])).filter(Number.isFinite);
      values.slice(1).forEach((v, i) => expect(v).toBeLessThanOrEqual(values[i]));
    }

    // Reset starts both again from the same seed.
    await kmeans.getByRole('button', { name: 'Reset' }).click();
    await expect
      .poll(() => picture(/^k-means\+\+: 0 of 3 centroids, step 0$/).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await final.count()).toBe(0);
    await page.close();
  }, 120_000);

  it('PCA shows the digits on two components with their shares; the curse’s ratio falls', async () => {
    const page = await openOnBlobs();
    const pca = page.getByRole('region', {
      name: 'Principal component analysis: many features in two dimensions',
    });
    const shares = pca.getByRole('table', { name: 'Share of the variance by component' });
    await expect.poll(async () => (await rows(shares)).length, { timeout: 30_000 }).toBe(10);
    const digits = await rows(shares);
    // The pixels on one scale (not standardised one by one): 14.7% on the 1438 training
    // images, where scikit-learn's PCA of all 1797 raw digits gives 14.9% (standardised, 12.0%).
    const first = numberIn(digits[0][1]) / 100;
    expect(first).toBeGreaterThan(0.1);
    expect(first).toBeLessThan(0.2);
    expect(first).toBeCloseTo(0.147, 3);
    expect(digits[0][0]).toBe('PC 1');
    expect(numberIn(digits[9][2])).toBeGreaterThan(numberIn(digits[1][2])); // cumulative
    expect(
      await pca
        .getByRole('img', {
          name: 'Digits (8×8) on its first two principal components: 1438 points coloured by class',
        })
        .count(),
    ).toBe(1);
    expect(await pca.textContent()).toContain('PC 1 (14.7% of the variance)');

    // Wine: 13 standardised features, the first component a little over a third.
    await pca.getByLabel('Data set to project').selectOption('wine');
    await expect.poll(async () => (await rows(shares)).length, { timeout: 20_000 }).toBe(10);
    await expect
      .poll(async () => numberIn((await rows(shares))[0][1]), { timeout: 20_000 })
      .toBeCloseTo(36.6, 0);

    // The curse, on the playground's Blobs: the farthest-to-nearest ratio falls towards 1.
    const curse = page.getByRole('region', { name: 'The curse of dimensionality' });
    expect(await curse.textContent()).toContain('On the playground’s data (Blobs)');
    const table = curse.getByRole('table', {
      name: 'Distance ratio and kNN accuracy by number of dimensions',
    });
    await expect.poll(async () => (await rows(table)).length, { timeout: 30_000 }).toBe(8);
    const points = (await rows(table)).map(([d, ratio, accuracy]) => ({
      d: Number(d),
      ratio: numberIn(ratio),
      accuracy: numberIn(accuracy),
    }));
    expect(points.map((p) => p.d)).toEqual([2, 5, 10, 20, 50, 100, 200, 500]);
    points.slice(1).forEach((p, i) => expect(p.ratio).toBeLessThan(points[i].ratio));
    expect(points[0].ratio).toBeGreaterThan(10); // measured: 78
    expect(points.at(-1)!.ratio).toBeLessThan(1.3); // 1.15
    expect(points[0].accuracy).toBeGreaterThan(95); // 100%
    expect(points.at(-1)!.accuracy).toBeLessThan(60); // 40%
    const chart = curse.getByRole('img', {
      name: 'Distance ratio and kNN accuracy by number of dimensions',
    });
    await expect.poll(() => chart.locator('path.recharts-curve').count()).toBe(2);
    await page.close();
  }, 120_000);
});
