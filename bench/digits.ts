// Digits at the Fastest speed in the page, as a student runs it (issue 11): the data set chosen
// from the menu, the network the builder gives it, Speed at Fastest, Train. Measured twice:
// on the machine as it is, and with a CPU-bound process per core running beside the browser
// (a student's laptop is rarely quiet). Then the soak: ten minutes of it, with the heap after
// a forced collection, the DOM's node count and the frame rate read every minute.
import type { Browser, Page } from 'playwright-core';
import { BURNERS, besideBurners, MEASURE } from './measure';

/** Each window of frames measured. */
const WINDOW_SECONDS = 6;
/** Not measured: the run starting (the worker's first compile, the first layout). */
const SETTLE_MS = 3000;

export interface FrameFigures {
  fps: number;
  /** 0 when no task passed 50 ms: the long-task API reports nothing shorter. */
  longestTaskMs: number;
  longestFrameMs: number;
}

export interface DigitsFigures {
  quiet: FrameFigures;
  busy: FrameFigures;
  /** The CPU-bound processes run beside the browser for `busy`. */
  burners: number;
}

export interface SoakSample {
  minute: number;
  heapMb: number;
  domNodes: number;
  fps: number;
  longestTaskMs: number;
}

export interface SoakFigures {
  minutes: number;
  samples: SoakSample[];
}

/** Epochs enough that the run outlasts the soak (50, the default, take seconds at Fastest). */
const EPOCHS = 100_000;

/** The page training digits at Fastest, past its start. */
async function trainingDigits(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.getByLabel('Data set').selectOption('digits');
  const epochs = page.getByLabel('Epochs', { exact: true });
  await epochs.fill(String(EPOCHS));
  await epochs.press('Enter');
  const train = page.getByRole('button', { name: 'Train' });
  while (!(await train.isEnabled())) await page.waitForTimeout(100);
  await page.getByLabel('Speed').selectOption({ label: 'Fastest' });
  await train.click();
  await page.waitForTimeout(SETTLE_MS);
  return page;
}

async function frames(page: Page, seconds = WINDOW_SECONDS): Promise<FrameFigures> {
  const w = (await page.evaluate(`(${MEASURE})(${seconds})`)) as {
    frames: number;
    longest: number;
    longestFrame: number;
  };
  return { fps: w.frames / seconds, longestTaskMs: w.longest, longestFrameMs: w.longestFrame };
}

export async function measureDigits(browser: Browser, url: string): Promise<DigitsFigures> {
  const page = await trainingDigits(browser, url);
  try {
    const quiet = await frames(page);
    return { quiet, busy: await besideBurners(() => frames(page)), burners: BURNERS };
  } finally {
    await page.close();
  }
}

/** Ten minutes of digits at Fastest: heap, DOM nodes and frames, every minute. */
export async function measureSoak(
  browser: Browser,
  url: string,
  minutes = 10,
): Promise<SoakFigures> {
  const page = await trainingDigits(browser, url);
  const cdp = await page.context().newCDPSession(page);
  const sample = async (minute: number): Promise<SoakSample> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    const f = await frames(page);
    return {
      minute,
      heapMb: usedSize / 2 ** 20,
      domNodes: nodes,
      fps: f.fps,
      longestTaskMs: f.longestTaskMs,
    };
  };
  try {
    const start = Date.now();
    const samples = [await sample(0)];
    for (let minute = 1; minute <= minutes; minute++) {
      const wait = start + minute * 60_000 - Date.now();
      if (wait > 0) await page.waitForTimeout(wait);
      samples.push(await sample(minute));
    }
    return { minutes, samples };
  } finally {
    await page.close();
  }
}

function frameLine(f: FrameFigures): string {
  const tasks =
    f.longestTaskMs === 0 ? 'none over 50 ms' : `longest ${f.longestTaskMs.toFixed(0)} ms`;
  return `${f.fps.toFixed(1)} frames/s (target ≥ 55); tasks: ${tasks} (target ≤ 50); longest frame ${f.longestFrameMs.toFixed(0)} ms`;
}

export function printDigits(f: DigitsFigures): void {
  console.log('\nDigits at Fastest in the page (Chromium, 1280×720, the builder’s network)');
  console.log(`  quiet machine: ${frameLine(f.quiet)}`);
  console.log(`  ${f.burners} CPU-bound processes beside: ${frameLine(f.busy)}`);
}

export function printSoak(f: SoakFigures): void {
  console.log(
    `\nSoak: digits at Fastest for ${f.minutes} minutes (heap after a forced collection)`,
  );
  for (const s of f.samples) {
    const tasks =
      s.longestTaskMs === 0 ? 'none over 50 ms' : `longest task ${s.longestTaskMs.toFixed(0)} ms`;
    console.log(
      `  minute ${String(s.minute).padStart(2)}: heap ${s.heapMb.toFixed(1)} MB, ${s.domNodes} DOM nodes, ${s.fps.toFixed(1)} frames/s, ${tasks}`,
    );
  }
  const first = f.samples[0],
    last = f.samples.at(-1)!;
  const growth = (100 * (last.heapMb - first.heapMb)) / first.heapMb;
  console.log(
    `  heap ${growth >= 0 ? '+' : ''}${growth.toFixed(1)}% from start to end (target within ±10%); DOM nodes ${first.domNodes} → ${last.domNodes}`,
  );
}
