// The optimizer race's figures. In Chromium against the built app: the frame rate while
// eight racers animate, and the time to draw a 200×200 surface (heatmap, contours, axes)
// for every surface. In Node: the time to sample each surface on that grid (the worker's
// part), and a 41×41 loss landscape of a 2-64-64-3 network on 400 points.
import type { Browser } from 'playwright-core';
import { readDatasetFile } from '../src/cli/readDatasetFile';
import { surfaceOf } from '../src/engine/customSurface';
import { LandscapeGrid, defaultWindow, randomDirections } from '../src/engine/landscape';
import { prepareData } from '../src/engine/prepare';
import { sampleSurface } from '../src/engine/surfaceGrid';
import { SURFACES } from '../src/engine/surfaces';
import { Trainer } from '../src/engine/train';
import { OPTIMIZERS } from '../src/engine/optimizers';
import type { OptimizerName } from '../src/spec/types';
import { MEASURE } from './measure';
import { spiralExperiment } from './spiral';

const SECONDS = 5;
const RESOLUTION = 200;
const FORMULA = 'sin(x)*y^2 + 0.1*x^4';

/** Eight racers (the race's most), one per optimizer, on Rosenbrock, at 1000 steps a second. */
const LRS: Partial<Record<OptimizerName, number>> = {
  sgd: 0.001,
  momentum: 0.001,
  nesterov: 0.001,
  adagrad: 0.5,
  adadelta: 10,
  rmsprop: 0.01,
  adam: 0.05,
  adamw: 0.05,
};
const RACE = {
  surface: 'rosenbrock',
  expression: FORMULA,
  window: null,
  start: [-1.5, 2],
  steps: 20_000,
  gradientNoise: 0,
  seed: 0,
  racers: (Object.keys(LRS) as OptimizerName[]).map((name) => ({
    name,
    ...OPTIMIZERS[name].defaults,
    lr: LRS[name]!,
  })),
};

export interface RaceFigures {
  fps: number;
  longestFrameMs: number;
  /** Drawing one 200×200 surface in the page: the slowest surface, and which. */
  drawMs: number;
  drawSlowest: string;
  /** Sampling one 200×200 surface (Node, as the worker does): the slowest, and which. */
  sampleMs: number;
  sampleSlowest: string;
  /** A 41×41 landscape along filter-normalised directions (Node). */
  landscapeMs: number;
}

export async function measureRace(browser: Browser, url: string): Promise<RaceFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // The race as a saved one, so the page opens on it (source text: this runs in the page).
  await page.addInitScript({
    content: `localStorage.setItem('descent.race', ${JSON.stringify(JSON.stringify(RACE))});
      localStorage.setItem('descent.view', 'race');`,
  });
  await page.goto(url);
  const play = page.getByRole('button', { name: 'Play' });
  while (!(await play.isEnabled())) await page.waitForTimeout(100);
  await page.getByLabel('Speed').selectOption('1000');
  await play.click();
  await page.waitForTimeout(1500); // past the first heatmap, chart and table renders
  const { frames, longestFrame } = (await page.evaluate(`(${MEASURE})(${SECONDS})`)) as {
    frames: number;
    longestFrame: number;
  };
  await page.getByRole('button', { name: 'Pause' }).click();

  // Every surface in turn: the draw is timed by the page itself (performance.measure).
  let drawMs = 0,
    drawSlowest = '';
  const surfaces = page.getByRole('combobox', { name: 'Surface', exact: true });
  const names = await surfaces
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
  for (const name of names) {
    const before = await drawCount(page);
    await surfaces.selectOption(name);
    if (name === 'custom') {
      await page.getByRole('textbox', { name: 'f(x, y) =' }).fill(FORMULA);
      await page.getByRole('button', { name: 'Plot' }).click();
    }
    while ((await drawCount(page)) <= before) await page.waitForTimeout(20);
    const ms = (await page.evaluate(
      `Math.max(...performance.getEntriesByName('descent:surface').slice(${before}).map((e) => e.duration))`,
    )) as number;
    if (ms > drawMs) [drawMs, drawSlowest] = [ms, name];
  }
  await page.close();

  let sampleMs = 0,
    sampleSlowest = '';
  for (const name of [...Object.keys(SURFACES), 'custom']) {
    const surface = surfaceOf({ surface: name, expression: FORMULA });
    const view = surface.view;
    sampleSurface(surface, view, RESOLUTION); // warm-up
    // The median of five: one sample is at the mercy of a garbage collection.
    const times = Array.from({ length: 5 }, () => {
      const t = performance.now();
      sampleSurface(surface, view, RESOLUTION);
      return performance.now() - t;
    }).sort((a, b) => a - b);
    const ms = times[2];
    if (ms > sampleMs) [sampleMs, sampleSlowest] = [ms, name];
  }
  return {
    fps: frames / SECONDS,
    longestFrameMs: longestFrame,
    drawMs,
    drawSlowest,
    sampleMs,
    sampleSlowest,
    landscapeMs: await landscapeTime(),
  };
}

function drawCount(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(`performance.getEntriesByName('descent:surface').length`) as Promise<number>;
}

/** The case: a 41×41 grid for a 2-64-64-3 network on 400 points, all in one go. */
async function landscapeTime(): Promise<number> {
  const experiment = spiralExperiment(5, { samples: 500, lr: 0.01 });
  const data = await prepareData(experiment, readDatasetFile);
  const trainer = new Trainer(experiment, data);
  for (let e = 0; e < 5; e++) trainer.trainEpoch();
  const directions = randomDirections(trainer.model, 1);
  const grid = new LandscapeGrid(trainer.model, directions, data.train, {
    resolution: 41,
    window: defaultWindow(directions),
  });
  const t = performance.now();
  while (!grid.run(1000).done);
  return performance.now() - t;
}

export function printRace(f: RaceFigures): void {
  console.log('\nThe optimizer race (Chromium, 1280×720) and the loss landscape');
  console.log(
    `  eight racers animating at 1000 steps/s: ${f.fps.toFixed(1)} frames/s (target 60), longest frame ${f.longestFrameMs.toFixed(0)} ms`,
  );
  console.log(
    `  a 200×200 surface: sampled in ${f.sampleMs.toFixed(1)} ms (Node, slowest: ${f.sampleSlowest}), ` +
      `drawn in ${f.drawMs.toFixed(1)} ms (page, slowest: ${f.drawSlowest}); target under 50 ms together`,
  );
  console.log(
    `  loss landscape 41×41, 2-64-64-3 on 400 points (Node): ${(f.landscapeMs / 1000).toFixed(2)} s (target: a few seconds)`,
  );
}
