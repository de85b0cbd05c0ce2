// The page while it trains at full speed, in real Chromium against the built app: the main
// thread's frame rate and longest task (what a student feels), and the worker's steps per
// second against the same experiment trained in Node (what streaming costs the worker);
// then digits at Fastest, quiet and beside CPU-bound processes (digits.ts), W5 in the page
// (convnetPage.ts), the optimizer race's figures (race.ts), the run pool's (compare.ts), a
// 1000-trial search (search.ts) and a ten-minute soak of digits (digits.ts).
//   npm run bench -- --browser                  (also part of a full `npm run bench`)
//   npm run bench -- --browser-only w5,race     (some parts: see BROWSER_PARTS)
import { readDatasetFile } from '../src/cli/readDatasetFile';
import { prepareData } from '../src/engine/prepare';
import { Trainer } from '../src/engine/train';
import { encodeShareLink } from '../src/spec';
import type { Page } from 'playwright-core';
import { startApp, type AppServer } from '../tests/e2e/appServer';
import { measurePool, printPool, type PoolFigures } from './compare';
import { measureConvnetPage, printConvnetPage, type ConvnetFigures } from './convnetPage';
import { MEASURE } from './measure';
import { spiralExperiment } from './spiral';
import { measureRace, printRace, type RaceFigures } from './race';
import { measureSearch, printSearch, type SearchFigures } from './search';
import {
  measureDigits,
  measureSoak,
  printDigits,
  printSoak,
  type DigitsFigures,
  type SoakFigures,
} from './digits';

/** Trained at full speed for seconds: more epochs than it will reach. */
const EXPERIMENT = spiralExperiment(100000);
const SECONDS = 8;

/** The browser bench's parts, in the order they run. */
export const BROWSER_PARTS = ['spiral', 'digits', 'w5', 'race', 'pool', 'search', 'soak'] as const;
export type BrowserPart = (typeof BROWSER_PARTS)[number];

/** Each part's figures, for the parts that ran. */
export interface BrowserFigures {
  spiral?: SpiralFigures;
  w5?: ConvnetFigures;
  race?: RaceFigures;
  pool?: PoolFigures;
  search?: SearchFigures;
  digits?: DigitsFigures;
  soak?: SoakFigures;
}

export interface SpiralFigures {
  fps: number;
  /** 0 when no task passed 50 ms: the API reports nothing shorter. */
  longestTaskMs: number;
  longestFrameMs: number;
  workerStepsPerSecond: number;
  nodeStepsPerSecond: number;
  /** The landscape panel's own report of a 41×41 grid on this network, and the wait seen. */
  landscape: { done: string; seconds: number };
}

/** Optimizer steps per second of the same experiment in Node, no page, no streaming. */
async function nodeSpeed(): Promise<number> {
  const trainer = new Trainer(EXPERIMENT, await prepareData(EXPERIMENT, readDatasetFile));
  trainer.trainEpoch(); // warm-up
  const start = performance.now(),
    first = trainer.step;
  while (performance.now() - start < SECONDS * 500) trainer.trainEpoch();
  return ((trainer.step - first) * 1000) / (performance.now() - start);
}

/** Pauses the run and computes a 41×41 landscape on random directions, from the panel. */
async function landscapeInPage(page: Page): Promise<{ done: string; seconds: number }> {
  await page.getByRole('button', { name: 'Pause' }).click();
  const start = Date.now();
  await page.getByRole('button', { name: 'Compute' }).click();
  const done = page.getByText(/^Done: /);
  while (!(await done.isVisible())) await page.waitForTimeout(20);
  return { done: (await done.textContent()) ?? '', seconds: (Date.now() - start) / 1000 };
}

async function measureSpiral(app: AppServer): Promise<SpiralFigures> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(app.url + (await encodeShareLink(EXPERIMENT)));
  const train = page.getByRole('button', { name: 'Train' });
  while (!(await train.isEnabled())) await page.waitForTimeout(100);
  await page.getByLabel('Speed').selectOption({ label: 'Fastest' });
  await page.getByRole('button', { name: 'Train' }).click();
  await page.waitForTimeout(1500); // past the first compile and layout
  const stepsAt = async () =>
    Number(/step (\d+)/.exec((await page.locator('.d-progress').textContent()) ?? '')?.[1] ?? 0);
  const firstStep = await stepsAt();
  const t0 = Date.now();
  const { frames, longest, longestFrame } = (await page.evaluate(`(${MEASURE})(${SECONDS})`)) as {
    frames: number;
    longest: number;
    longestFrame: number;
  };
  const elapsed = (Date.now() - t0) / 1000;
  const steps = (await stepsAt()) - firstStep;
  const landscape = await landscapeInPage(page);
  await page.close();
  return {
    fps: frames / SECONDS,
    longestTaskMs: longest,
    longestFrameMs: longestFrame,
    workerStepsPerSecond: steps / elapsed,
    nodeStepsPerSecond: await nodeSpeed(),
    landscape,
  };
}

export async function measureBrowser(
  parts: readonly BrowserPart[] = BROWSER_PARTS,
): Promise<BrowserFigures> {
  const app = await startApp();
  const f: BrowserFigures = {};
  try {
    if (parts.includes('spiral')) f.spiral = await measureSpiral(app);
    if (parts.includes('digits')) f.digits = await measureDigits(app.browser, app.url);
    if (parts.includes('w5')) f.w5 = await measureConvnetPage(app.browser, app.url);
    if (parts.includes('race')) f.race = await measureRace(app.browser, app.url);
    if (parts.includes('pool')) f.pool = await measurePool(app.browser, app.url);
    if (parts.includes('search')) f.search = await measureSearch(app.browser, app.url);
    if (parts.includes('soak')) f.soak = await measureSoak(app.browser, app.url);
    return f;
  } finally {
    await app.close();
  }
}

export function printBrowser(figures: BrowserFigures): void {
  if (figures.spiral) printSpiral(figures.spiral);
  if (figures.digits) printDigits(figures.digits);
  if (figures.w5) printConvnetPage(figures.w5);
  if (figures.race) printRace(figures.race);
  if (figures.pool) printPool(figures.pool);
  if (figures.search) printSearch(figures.search);
  if (figures.soak) printSoak(figures.soak);
}

function printSpiral(f: SpiralFigures): void {
  const share = f.workerStepsPerSecond / f.nodeStepsPerSecond;
  console.log(
    '\nThe page training at full speed (Chromium, 1280×720, 3000-sample spiral, 2-64-64-3, Adam)',
  );
  const longTasks =
    f.longestTaskMs === 0 ? 'none over 50 ms' : `longest ${f.longestTaskMs.toFixed(0)} ms`;
  console.log(
    `  main thread: ${f.fps.toFixed(1)} frames/s (target ≥ 55); tasks: ${longTasks} (target ≤ 50); ` +
      `longest frame ${f.longestFrameMs.toFixed(0)} ms`,
  );
  console.log(
    `  worker: ${Math.round(f.workerStepsPerSecond)} steps/s, Node alone: ${Math.round(f.nodeStepsPerSecond)} steps/s ` +
      `(${(100 * share).toFixed(0)}%; target: streaming costs under 10%, i.e. ≥ 90%)`,
  );
  console.log(
    `  loss landscape 41×41 on random directions: "${f.landscape.done}" ` +
      `(${f.landscape.seconds.toFixed(2)} s from the click to the finished picture)`,
  );
}
