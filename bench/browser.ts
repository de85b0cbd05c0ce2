// The page while it trains at full speed, in real Chromium against the built app: the main
// thread's frame rate and longest task (what a student feels), and the worker's steps per
// second against the same experiment trained in Node (what streaming costs the worker).
//   npm run bench -- --browser        (also part of a full `npm run bench`)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { readDatasetFile } from '../src/cli/readDatasetFile';
import { prepareData } from '../src/engine/prepare';
import { Trainer } from '../src/engine/train';
import { encodeShareLink, parseExperiment } from '../src/spec';
import { launchChromium } from '../tests/e2e/browser';

/** The page's default kind of run, a little heavier: a 3-class spiral, 2-64-64-3, Adam. */
const EXPERIMENT = parseExperiment({
  version: 1,
  seed: 1,
  data: { kind: 'spiral', samples: 3000, classes: 3 },
  model: {
    layers: [
      { type: 'dense', units: 64, activation: 'relu' },
      { type: 'dense', units: 64, activation: 'relu' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ],
  },
  optimizer: { name: 'adam', lr: 0.003 },
  training: { batchSize: 32, epochs: 100000 },
});
const SECONDS = 8;

/**
 * Runs in the page for `seconds`: counts animation frames, records the longest gap between
 * two frames and the longest task. The long-task API reports only tasks over 50 ms, so
 * "none" there means every task stayed under the target.
 * Passed as source text: tsx's transform would wrap a function's inner names in a helper
 * that does not exist in the page.
 */
const MEASURE = `async (seconds) => {
  let longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  let frames = 0;
  let longestFrame = 0;
  let previous = performance.now();
  const end = previous + seconds * 1000;
  await new Promise((resolve) => {
    const tick = (now) => {
      frames++;
      longestFrame = Math.max(longestFrame, now - previous);
      previous = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  return { frames, longest, longestFrame };
}`;

export interface BrowserFigures {
  fps: number;
  /** 0 when no task passed 50 ms: the API reports nothing shorter. */
  longestTaskMs: number;
  longestFrameMs: number;
  workerStepsPerSecond: number;
  nodeStepsPerSecond: number;
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

export async function measureBrowser(): Promise<BrowserFigures> {
  const outDir = mkdtempSync(join(tmpdir(), 'descent-bench-'));
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.resolvedUrls!.local[0] + encodeShareLink(EXPERIMENT));
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
    return {
      fps: frames / SECONDS,
      longestTaskMs: longest,
      longestFrameMs: longestFrame,
      workerStepsPerSecond: steps / elapsed,
      nodeStepsPerSecond: await nodeSpeed(),
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

export function printBrowser(f: BrowserFigures): void {
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
}
