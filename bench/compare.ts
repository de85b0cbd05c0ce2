// The worker pool's figures, in Chromium against the built app: the total training
// throughput of four compare runs at once against one run alone (the scaling the pool gets
// from this machine's cores), and the page's frame rate while the four train.
import type { Browser, Page } from 'playwright-core';
import { encodeShareLink } from '../src/spec';
import { MEASURE } from './measure';
import { spiralExperiment } from './spiral';

/** Heavy enough that a run lasts seconds: 2400 training samples, 150 epochs. */
const EXPERIMENT = spiralExperiment(150);
const FPS_SECONDS = 3;

export interface PoolFigures {
  /** Workers the pool used (the page's navigator.hardwareConcurrency, clamped to 1…4). */
  workers: number;
  aloneSeconds: number;
  fourSeconds: number;
  /** Four runs' throughput over one run's: 1 means no gain, 4 perfect. */
  scaling: number;
  fps: number;
  longestFrameMs: number;
}

/** Runs a compare over `seeds` and returns the seconds until every run is done. */
async function compareSeeds(page: Page, seeds: string, measureFps: boolean) {
  await page.getByRole('textbox', { name: 'Values' }).fill(seeds);
  const start = Date.now();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const frames = measureFps
    ? ((await page.evaluate(`(${MEASURE})(${FPS_SECONDS})`)) as {
        frames: number;
        longestFrame: number;
      })
    : null;
  const rows = page.getByRole('table', { name: 'Summary' }).locator('tbody tr td:first-of-type');
  const count = seeds.split(',').length;
  // The table redraws a few times a second: first see the new runs under way, so the last
  // compare's "done" rows are not taken for this one's.
  const until = Date.now() + 1000;
  while ((await rows.allInnerTexts()).every((s) => s === 'done') && Date.now() < until) {
    await page.waitForTimeout(10);
  }
  for (;;) {
    const statuses = await rows.allInnerTexts();
    if (statuses.length === count && statuses.every((s) => s === 'done')) break;
    await page.waitForTimeout(25);
  }
  return { seconds: (Date.now() - start) / 1000, frames };
}

export async function measurePool(browser: Browser, url: string): Promise<PoolFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.goto(url + (await encodeShareLink(EXPERIMENT)));
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByLabel('Vary').selectOption('seed');
    await compareSeeds(page, '8, 9', false); // warm-up: both workers started, data cached
    const alone = await compareSeeds(page, '1', false);
    const four = await compareSeeds(page, '1, 2, 3, 4', true);
    const workers = (await page.evaluate(
      'Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2))',
    )) as number;
    return {
      workers,
      aloneSeconds: alone.seconds,
      fourSeconds: four.seconds,
      scaling: (4 * alone.seconds) / four.seconds,
      fps: four.frames!.frames / FPS_SECONDS,
      longestFrameMs: four.frames!.longestFrame,
    };
  } finally {
    await page.close();
  }
}

export function printPool(f: PoolFigures): void {
  console.log(
    `\nCompare in the page: ${f.workers} run workers (2-64-64-3, 2400 samples, 150 epochs a run)`,
  );
  console.log(
    `  one run alone ${f.aloneSeconds.toFixed(2)} s; four at once ${f.fourSeconds.toFixed(2)} s: ` +
      `throughput ${f.scaling.toFixed(2)}× one run's (ideal ${Math.min(4, f.workers)}×)`,
  );
  console.log(
    `  main thread while the four train: ${f.fps.toFixed(1)} frames/s, longest frame ${f.longestFrameMs.toFixed(0)} ms`,
  );
}
