// W5 in the browser (issue 12): the page training LeNet-5 on Fashion-MNIST at the Fastest
// speed, in real Chromium against the built app. While it trains: the main thread's frame
// rate and longest task, where the long ones came from, and the worker's samples per second;
// and the time from the press of Train until the page shows 85% validation accuracy, and
// until it shows the epoch whose network scores 85% on the test images (convnetNode.ts).
// Then, the run going on, the frame rate again with a CPU-bound process per core beside the
// browser.
import type { Browser, Page } from 'playwright-core';
import { encodeShareLink } from '../src/spec';
import { nodeW5, TARGET_PERCENT, W5_EXPERIMENT, W5_LR, type NodeW5 } from './convnetNode';
import { BURNERS, besideBurners, MEASURE } from './measure';

/** Not measured: the run starting (the worker's first compile, the first layout). */
const SETTLE_MS = 1000;
/** MEASURE's window: windows follow one another until the page shows the last epoch wanted. */
const WINDOW_SECONDS = 4;
/** Given up after this long (30 epochs take about 3 minutes on a quiet machine). */
const TIMEOUT_MS = 300_000;
/** How often the page's accuracy is read: the times are this close. */
const POLL_MS = 100;

/** The readout under the accuracy chart (MetricsChart): the last epoch, both parts. */
const READOUT = /^Epoch (\d+) · training ([\d.]+)% · validation ([\d.]+)%$/;

/**
 * In the page from before Train: every animation frame over 50 ms (the long-animation-frame
 * API), with its longest script's invoker, to say where a long task came from.
 */
const LONG_FRAMES = `(() => {
  window.__longFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const s = [...e.scripts].sort((a, b) => b.duration - a.duration)[0];
      window.__longFrames.push({ at: e.startTime, ms: e.duration, blocking: e.blockingDuration,
        script: s ? s.duration : 0, invoker: s ? s.invoker : '' });
    }
  }).observe({ type: 'long-animation-frame' });
  return performance.now();
})()`;

interface LongFrame {
  /** Seconds after the press of Train. */
  at: number;
  ms: number;
  /** The part of it in tasks over 50 ms. */
  blocking: number;
  script: number;
  invoker: string;
}

export interface ConvnetFigures {
  fps: number;
  /** 0 when no task passed 50 ms: the API reports nothing shorter. */
  longestTaskMs: number;
  longestFrameMs: number;
  measuredSeconds: number;
  /** The windows that missed a target, with the epoch the page showed after each. */
  missed: { fps: number; longestTaskMs: number; epoch: number }[];
  windows: number;
  /** Frames with a task over 50 ms, from the press of Train (the settling second too). */
  longFrames: LongFrame[];
  /** When the page first showed each epoch's readout: seconds after Train, validation %. */
  shown: { epoch: number; seconds: number; percent: number }[];
  workerSamplesPerSecond: number;
  node: NodeW5;
  /** Past the last epoch wanted, with BURNERS CPU-bound processes beside the browser. */
  busy: { fps: number; longestTaskMs: number; longestFrameMs: number; burners: number };
}

const progress = async (page: Page) => (await page.locator('.d-progress').textContent()) ?? '';
const stepOf = (text: string) => Number(/step (\d+)/.exec(text)?.[1] ?? 0);
const epochOf = (text: string) => Number(/Epoch (\d+)/.exec(text)?.[1] ?? 0);

/** The accuracy readout's epoch and validation percent, or null before the first epoch. */
async function readout(page: Page): Promise<{ epoch: number; percent: number } | null> {
  const text = await page
    .getByText(READOUT)
    .first()
    .textContent({ timeout: 1000 })
    .catch(() => '');
  const m = READOUT.exec(text ?? '');
  return m ? { epoch: Number(m[1]), percent: Number(m[3]) } : null;
}

export async function measureConvnetPage(browser: Browser, url: string): Promise<ConvnetFigures> {
  // First, alone on the machine: the epochs the page must reach.
  const node = await nodeW5();
  const last = Math.max(node.validationEpoch ?? Infinity, node.testEpoch ?? Infinity);
  const lastEpoch = Number.isFinite(last) ? last : W5_EXPERIMENT.training.epochs;
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.goto(url + (await encodeShareLink(W5_EXPERIMENT)));
    const train = page.getByRole('button', { name: 'Train' });
    // Enabled once the run is built: the 6 MB image file fetched and parsed, the split made.
    while (!(await train.isEnabled())) await page.waitForTimeout(100);
    await page.getByLabel('Speed').selectOption({ label: 'Fastest' });
    const clickedAt = (await page.evaluate(LONG_FRAMES)) as number;
    await train.click();
    const start = Date.now();

    // Reads the accuracy readout until it shows the last epoch wanted, while windows measure.
    const shown: ConvnetFigures['shown'] = [];
    const watch = (async () => {
      while (Date.now() - start < TIMEOUT_MS) {
        const r = await readout(page);
        if (r !== null && r.epoch > (shown.at(-1)?.epoch ?? 0)) {
          shown.push({ ...r, seconds: (Date.now() - start) / 1000 });
          if (r.epoch >= lastEpoch) return;
        }
        await page.waitForTimeout(POLL_MS);
      }
    })();

    await page.waitForTimeout(SETTLE_MS);
    const firstStep = stepOf(await progress(page));
    const t0 = Date.now();
    const windows: { fps: number; longestTaskMs: number; longestFrameMs: number; epoch: number }[] =
      [];
    let frames = 0;
    while ((shown.at(-1)?.epoch ?? 0) < lastEpoch && Date.now() - start < TIMEOUT_MS) {
      const w = (await page.evaluate(`(${MEASURE})(${WINDOW_SECONDS})`)) as {
        frames: number;
        longest: number;
        longestFrame: number;
      };
      frames += w.frames;
      windows.push({
        fps: w.frames / WINDOW_SECONDS,
        longestTaskMs: w.longest,
        longestFrameMs: w.longestFrame,
        epoch: epochOf(await progress(page)),
      });
    }
    const elapsed = (Date.now() - t0) / 1000;
    const steps = stepOf(await progress(page)) - firstStep;
    await watch;
    const busy = await besideBurners(async () => {
      const w = (await page.evaluate(`(${MEASURE})(${2 * WINDOW_SECONDS})`)) as {
        frames: number;
        longest: number;
        longestFrame: number;
      };
      const fps = w.frames / (2 * WINDOW_SECONDS);
      return { fps, longestTaskMs: w.longest, longestFrameMs: w.longestFrame, burners: BURNERS };
    });
    const frameList = (await page.evaluate('window.__longFrames')) as LongFrame[];
    return {
      fps: frames / (windows.length * WINDOW_SECONDS),
      longestTaskMs: Math.max(0, ...windows.map((w) => w.longestTaskMs)),
      longestFrameMs: Math.max(0, ...windows.map((w) => w.longestFrameMs)),
      measuredSeconds: windows.length * WINDOW_SECONDS,
      missed: windows.filter((w) => w.fps < 55 || w.longestTaskMs > 50),
      windows: windows.length,
      longFrames: frameList
        .filter((f) => f.blocking > 0)
        .map((f) => ({ ...f, at: (f.at - clickedAt) / 1000 })),
      shown,
      workerSamplesPerSecond: (steps * W5_EXPERIMENT.training.batchSize) / elapsed,
      node,
      busy,
    };
  } finally {
    await page.close();
  }
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const pct = (a: number) => `${(100 * a).toFixed(1)}%`;

export function printConvnetPage(f: ConvnetFigures): void {
  const { node } = f;
  console.log(
    `\nW5 in the page: LeNet-5 on Fashion-MNIST at Fastest (Chromium, 1280×720; 12,000 images, ` +
      `2400 held out for validation; Adam lr ${W5_LR}, batches of 64, seed 1)`,
  );
  const longTasks =
    f.longestTaskMs === 0 ? 'none over 50 ms' : `longest ${f.longestTaskMs.toFixed(0)} ms`;
  console.log(
    `  main thread over ${f.measuredSeconds} s of training: ${f.fps.toFixed(1)} frames/s ` +
      `(target ≥ 55: ${verdict(f.fps >= 55)}); tasks: ${longTasks} ` +
      `(target ≤ 50: ${verdict(f.longestTaskMs <= 50)}); longest frame ${f.longestFrameMs.toFixed(0)} ms`,
  );
  if (f.missed.length > 0) {
    const list = f.missed.map(
      (w) => `epoch ${w.epoch}: ${w.fps.toFixed(0)} fps, task ${w.longestTaskMs.toFixed(0)} ms`,
    );
    console.log(
      `  ${f.missed.length} of ${f.windows} ${WINDOW_SECONDS}-s windows missed (${list.join('; ')})`,
    );
  }
  if (f.longFrames.length > 0) {
    const worst = [...f.longFrames].sort((a, b) => b.ms - a.ms).slice(0, 4);
    const list = worst.map(
      (w) =>
        `${w.ms.toFixed(0)} ms at ${w.at.toFixed(1)} s (script ${w.script.toFixed(0)} ms, ${w.invoker || 'none'})`,
    );
    console.log(
      `  frames with a task over 50 ms, from the press of Train: ${f.longFrames.length}; ` +
        `longest: ${list.join('; ')}`,
    );
  }
  const at = (epoch: number | null) => f.shown.find((s) => s.epoch === epoch);
  const valShown = f.shown.find((s) => s.percent >= TARGET_PERCENT);
  console.log(
    valShown === undefined
      ? `  ${TARGET_PERCENT}% validation accuracy: not shown within ${TIMEOUT_MS / 1000} s: FAIL`
      : `  time to ${TARGET_PERCENT}% validation accuracy: ${valShown.seconds.toFixed(1)} s from ` +
          `pressing Train (the page showed ${valShown.percent}% after epoch ${valShown.epoch})`,
  );
  const testShown = at(node.testEpoch);
  const nodeTest = node.epochs.find((e) => e.epoch === node.testEpoch);
  console.log(
    testShown === undefined || nodeTest === undefined
      ? `  ${TARGET_PERCENT}% test accuracy: not reached (Node: epoch ${node.testEpoch ?? 'none'}): FAIL`
      : `  time to ${TARGET_PERCENT}% test accuracy: ${testShown.seconds.toFixed(1)} s from pressing ` +
          `Train, to the page showing epoch ${nodeTest.epoch}, whose network scores ` +
          `${pct(nodeTest.test)} on the 2000 test images (scored in Node: the same network)`,
  );
  // The same network, bit for bit: the page's validation figures are Node's.
  const differ = f.shown.filter((s) => {
    const e = node.epochs.find((n) => n.epoch === s.epoch);
    return e !== undefined && (100 * e.validation).toFixed(1) !== s.percent.toFixed(1);
  });
  const list = node.epochs.map((e) => `${e.epoch}: ${pct(e.validation)}/${pct(e.test)}`);
  console.log(
    `  Node, same run, validation/test by epoch: ${list.join(', ')}; ` +
      (differ.length === 0
        ? 'the page showed the same validation figures'
        : `the page differed at epochs ${differ.map((s) => s.epoch).join(', ')}`),
  );
  const nodeAt = (e: number | null) => node.epochs.find((n) => n.epoch === e)?.seconds;
  const times = [nodeAt(node.validationEpoch), nodeAt(node.testEpoch)];
  console.log(
    `  Node to the same epochs: ${times.map((t) => (t === undefined ? '–' : `${t.toFixed(1)} s`)).join(' and ')} ` +
      `(training and the epochs' evaluations, no page)`,
  );
  const share = f.workerSamplesPerSecond / node.overallRate;
  console.log(
    `  worker: ${Math.round(f.workerSamplesPerSecond)} samples/s (epochs' evaluations included), ` +
      `Node: ${Math.round(node.overallRate)} samples/s the same way, ` +
      `${Math.round(node.trainingRate)} training alone (page/Node ${(100 * share).toFixed(0)}%)`,
  );
  const { busy } = f;
  const busyTasks =
    busy.longestTaskMs === 0 ? 'none over 50 ms' : `longest ${busy.longestTaskMs.toFixed(0)} ms`;
  console.log(
    `  with ${busy.burners} CPU-bound processes beside the browser, training on: ` +
      `${busy.fps.toFixed(1)} frames/s (target ≥ 55: ${verdict(busy.fps >= 55)}); tasks: ${busyTasks} ` +
      `(target ≤ 50: ${verdict(busy.longestTaskMs <= 50)}); longest frame ${busy.longestFrameMs.toFixed(0)} ms`,
  );
}
