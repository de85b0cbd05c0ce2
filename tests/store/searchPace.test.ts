// The search's time left, against the run pool driven by fake workers on a fake clock. Each
// trial takes a random while, each worker's first one also about a second more (the worker
// starting, its data prepared; not the same second for every worker, so one worker runs
// trials while another still prepares), and the page takes a moment to hand a worker its
// next trial. From the tenth trial on, the estimate is within 25% of the time the rest then
// took; the average from the start, the estimate it replaces, was not.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Rng } from '../../src/engine/random';
import { defaultExperiment } from '../../src/spec';
import { statusUpdate, type RunRequest } from '../../src/spec/protocol/runs';
import { isFinalStatus } from '../../src/spec/protocol/runStatus';
import { timeLeft, type SearchPace } from '../../src/store/searchPace';
import { RunPool, type RunWorkerHandle } from '../../src/worker/pool';

const REQUEST: RunRequest = {
  base: defaultExperiment(),
  experiment: defaultExperiment(),
  test: 0.2,
  statisticsMs: 0,
  keepParams: false,
};

interface Search {
  trials: number;
  workers: number;
  /** What a worker's first trial takes on top: starting, compiling, preparing the data. */
  warmUpMs: number;
  /** A trial's own time, drawn. */
  trialMs: (rng: Rng) => number;
  /** From a worker's final update to its next trial: the page's turn. */
  handOffMs: number;
}

/** The trials as the page heard them end, in order (ms, fake clock). */
async function runSearch(s: Search): Promise<SearchPace['ended']> {
  const rng = Rng.stream(7, 'pace');
  const worker = (): RunWorkerHandle => {
    let first = true;
    return {
      start: (_request, onUpdate) =>
        new Promise((resolve) => {
          const ms = s.trialMs(rng) + (first ? s.warmUpMs * rng.uniform(0.8, 1.2) : 0);
          first = false;
          setTimeout(() => {
            onUpdate(statusUpdate('finished'));
            setTimeout(resolve, s.handOffMs);
          }, ms);
        }),
      cancel: () => {},
      evaluateTest: () => Promise.reject(new Error('not in this test')),
      terminate: () => {},
    };
  };
  const pool = new RunPool(s.workers, worker);
  const ended: { trial: number; at: number }[] = [];
  for (let trial = 0; trial < s.trials; trial++) {
    pool.run(REQUEST, (u) => isFinalStatus(u.status) && ended.push({ trial, at: Date.now() }));
  }
  await vi.runAllTimersAsync();
  return ended;
}

/** The same network on the same data each time: 30 ms, give or take 40% (other work). */
const trialMs = (rng: Rng) => 30 * rng.uniform(0.6, 1.4);

/** The estimate's error against what followed, after the f-th end (f from 1), as a fraction. */
function errorAt(ends: number[], f: number, estimate: (f: number) => number | null): number {
  const actual = (ends.at(-1)! - ends[f - 1]) / 1000;
  const said = estimate(f);
  return said === null ? Infinity : said / actual - 1;
}

describe("the search's time left", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([{ workers: 2 }, { workers: 4 }])(
    'is within a quarter of the truth from the tenth trial on, with $workers workers',
    async ({ workers }) => {
      vi.useFakeTimers();
      const trials = 1000;
      const ended = await runSearch({ trials, workers, warmUpMs: 1000, trialMs, handOffMs: 2 });
      expect(ended).toHaveLength(trials);
      const ends = ended.map((e) => e.at);
      const pace = (f: number): SearchPace => ({ workers, ended: ended.slice(0, f) });
      const estimate = (f: number) => timeLeft(pace(f), trials, ends[f - 1]);
      // Until the last few trials, which run side by side and end in a bunch.
      for (let f = 10; f <= trials - 5 * workers; f++) {
        expect(Math.abs(errorAt(ends, f, estimate)), `after trial ${f}`).toBeLessThanOrEqual(0.25);
      }
      // The old estimate, the time since the start over the trials done: twice the truth at
      // first, the warm-up counted as if every trial had it.
      const fromStart = (f: number) => ((ends[f - 1] / f) * (trials - f)) / 1000;
      expect(errorAt(ends, 10, fromStart)).toBeGreaterThan(1);
    },
  );

  it('shares a turn on a worker over the workers, and counts down between two ends', () => {
    // Two workers, warm at 1000 and 1010 ms; then each trial takes a worker 200 ms: trial 2
    // runs on the worker trial 0's end freed, and ends 200 ms after it, trial 3 after trial
    // 1's, … So a trial ends every 100 ms.
    const ended = Array.from({ length: 20 }, (_, trial) => ({
      trial,
      at: 1000 + (trial % 2) * 10 + 200 * Math.floor(trial / 2),
    }));
    const pace: SearchPace = { workers: 2, ended };
    const last = ended.at(-1)!.at;
    expect(timeLeft(pace, 100, last)).toBeCloseTo(8, 5); // 80 more at 200 / 2 ms each
    expect(timeLeft(pace, 100, last + 50)).toBeCloseTo(7.95, 5);
    // An end overdue: no quicker than the 79 trials after the next one.
    expect(timeLeft(pace, 100, last + 5000)).toBeCloseTo(7.9, 5);
  });

  it('follows the pace when it changes: the recent turns count most', () => {
    // Two workers taking turns in order (trial q on the worker trial q - 2 freed): 200 ms a
    // turn for the first hundred trials, then 100 ms (another program on the machine ended).
    const at: number[] = [1000, 1010];
    for (let q = 2; q < 200; q++) at.push(at[q - 2] + (q < 100 ? 200 : 100));
    const ended = at.map((t, trial) => ({ trial, at: t }));
    // 200 trials to go at 100 / 2 ms each: 10 s (the plain mean of all turns would say 15).
    const left = timeLeft({ workers: 2, ended }, 400, at[199])!;
    expect(Math.abs(left / 10 - 1)).toBeLessThan(0.1);
  });

  it("says nothing until a trial begun after every worker's first has ended", () => {
    const ended = [900, 1000, 1100, 1250].map((at, trial) => ({ trial, at }));
    expect(timeLeft({ workers: 2, ended: [] }, 10, 0)).toBeNull();
    // Trial 2 began when trial 0 ended, while the other worker was still on its first.
    expect(timeLeft({ workers: 2, ended: ended.slice(0, 3) }, 10, 1100)).toBeNull();
    // Trial 3 began at trial 1's end: 250 ms on its worker, 125 ms a trial over two.
    expect(timeLeft({ workers: 2, ended }, 10, 1250)).toBeCloseTo(0.75, 5);
  });
});
