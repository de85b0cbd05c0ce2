// A 1000-trial random search in the page (the default experiment, the default ranges), in
// Chromium against the built app: the main thread's frame rate in 3-s windows from the press
// of Search to the last trial (the page's cost must not grow with the trials that have run),
// its long tasks, and the time-left estimate the page showed at trials 10 to 500 against the
// time the rest actually took. Twice, each in a fresh page: on the machine as it is, and with
// a CPU-bound process per core running beside the browser.
import type { Browser } from 'playwright-core';
import { BURNERS, besideBurners } from './measure';

const TRIALS = 1000;
/** Long enough for the slowest machine we expect; the bench reports where it stopped. */
const LIMIT_SECONDS = 900;
/** The trials at which the estimate is checked against what followed. */
const CHECKPOINTS = [10, 20, 50, 100, 200, 500];
/**
 * From the page's load to the press of Search, as a user reads the page first. Pressed at
 * once, the first second of trials shared the cores with the page's own start (its training
 * worker preparing the data, the first boundary drawn) and took twice as long (23 ms a trial
 * against 12), which the estimate at trial 10 then carried (+23% to +154% in four runs).
 */
const READING_MS = 3000;

export interface SearchRun {
  trials: number;
  finished: number;
  seconds: number;
  /** Frames per second in each 3-s window, in order. */
  windows: number[];
  fps: number;
  /** 0 when no task passed 50 ms: the API reports nothing shorter. */
  longestTaskMs: number;
  tasksOver50: number;
  tasksOver100: number;
  longestFrameMs: number;
  /** At each checkpoint reached: the estimate the page showed and the time the rest took. */
  estimates: { trial: number; estimateS: number | null; actualS: number }[];
}

/**
 * Runs in the page until the progress bar is full (or `limit` seconds): frames per 3-s
 * window, every long task, and the progress readout every 100 ms with its time. Passed as
 * source text (see measure.ts).
 */
const WATCH = `async (limit) => {
  const tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  const t0 = performance.now();
  const windows = [];
  const readouts = [];
  let frames = 0, longestFrame = 0, previous = t0, windowStart = t0, done = false;
  const tick = (now) => {
    frames++;
    longestFrame = Math.max(longestFrame, now - previous);
    previous = now;
    if (now - windowStart >= 3000) {
      windows.push((frames * 1000) / (now - windowStart));
      frames = 0;
      windowStart = now;
    }
    if (!done) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      const bar = document.querySelector('.d-search-progress progress');
      const text = document.querySelector('.d-search-progress .d-readout');
      if (bar !== null && text !== null) readouts.push([(now - t0) / 1000, text.textContent]);
      const full = bar !== null && bar.max > 0 && bar.value >= bar.max;
      if (full || now - t0 > limit * 1000) {
        clearInterval(timer);
        done = true;
        resolve();
      }
    }, 100);
  });
  return { windows, tasks, longestFrame, readouts, seconds: (performance.now() - t0) / 1000 };
}`;

interface Watched {
  windows: number[];
  tasks: number[];
  longestFrame: number;
  readouts: [number, string][];
  seconds: number;
}

/** "637 of 1000 trials · 108.0 s · about 1 min 5 s left": 637 and 65 (null without one). */
function parseReadout(text: string): { finished: number; left: number | null } {
  const finished = Number(/^(\d+) of/.exec(text)?.[1] ?? 0);
  const left = /about (?:(\d+) min )?(\d+) s left/.exec(text);
  return {
    finished,
    left: left === null ? null : Number(left[1] ?? 0) * 60 + Number(left[2]),
  };
}

export interface SearchFigures {
  quiet: SearchRun;
  busy: SearchRun;
  /** The CPU-bound processes run beside the browser for `busy`. */
  burners: number;
}

export async function measureSearch(browser: Browser, url: string): Promise<SearchFigures> {
  const quiet = await searchOnce(browser, url);
  const busy = await besideBurners(() => searchOnce(browser, url));
  return { quiet, busy, burners: BURNERS };
}

async function searchOnce(browser: Browser, url: string): Promise<SearchRun> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForTimeout(READING_MS);
    await page.getByRole('tab', { name: 'Search' }).click();
    const trials = page.getByRole('spinbutton', { name: 'Trials' });
    await trials.fill(String(TRIALS));
    await trials.press('Enter');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const w = (await page.evaluate(`(${WATCH})(${LIMIT_SECONDS})`)) as Watched;
    const samples = w.readouts.map(([t, text]) => ({ t, ...parseReadout(text) }));
    const last = samples.at(-1);
    const end = last?.finished === TRIALS ? last.t : null;
    const estimates = CHECKPOINTS.flatMap((trial) => {
      const at = samples.find((s) => s.finished >= trial);
      if (at === undefined || end === null) return [];
      return [{ trial, estimateS: at.left, actualS: end - at.t }];
    });
    const frames = w.windows.reduce((a, b) => a + b, 0);
    return {
      trials: TRIALS,
      finished: last?.finished ?? 0,
      seconds: w.seconds,
      windows: w.windows,
      fps: w.windows.length === 0 ? 0 : frames / w.windows.length,
      longestTaskMs: Math.max(0, ...w.tasks),
      tasksOver50: w.tasks.length,
      tasksOver100: w.tasks.filter((d) => d > 100).length,
      longestFrameMs: w.longestFrame,
      estimates,
    };
  } finally {
    await page.close();
  }
}

export function printSearch({ quiet, busy, burners }: SearchFigures): void {
  console.log(
    `\nSearch in the page: ${quiet.trials} trials (the default experiment and ranges, 20 epochs ` +
      `each), pressed ${READING_MS / 1000} s after the page loaded`,
  );
  console.log('  on the machine as it is:');
  printRun(quiet);
  console.log(`  with ${burners} CPU-bound processes beside the browser:`);
  printRun(busy);
}

function printRun(f: SearchRun): void {
  console.log(
    `    ${f.finished} of ${f.trials} finished in ${f.seconds.toFixed(1)} s` +
      (f.finished < f.trials ? ' (stopped at the time limit)' : ''),
  );
  const longTasks =
    f.tasksOver50 === 0
      ? 'none over 50 ms'
      : `${f.tasksOver50} over 50 ms (${f.tasksOver100} over 100), longest ${f.longestTaskMs.toFixed(0)} ms`;
  console.log(
    `    main thread: ${f.fps.toFixed(1)} frames/s (target ≥ 55); tasks: ${longTasks} (target ≤ 50); ` +
      `longest frame ${f.longestFrameMs.toFixed(0)} ms`,
  );
  console.log(`    frames/s by 3-s window: ${f.windows.map((x) => x.toFixed(0)).join(' ')}`);
  for (const e of f.estimates) {
    const shown = e.estimateS === null ? 'none' : `${e.estimateS} s`;
    const error = e.estimateS === null ? '' : ` (${signedPercent(e.estimateS / e.actualS - 1)})`;
    console.log(
      `    time left at trial ${e.trial}: estimated ${shown}, took ${e.actualS.toFixed(1)} s${error} (target within 25%)`,
    );
  }
}

function signedPercent(x: number): string {
  return `${x >= 0 ? '+' : ''}${(100 * x).toFixed(0)}%`;
}
