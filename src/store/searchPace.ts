// How long the rest of a search should take, from how long its trials have been taking.
//
// The first estimate, the time since the start over the trials done, was wrong from both
// sides. Each worker's first trial also starts the worker and prepares the data, so the
// first trials end late and the estimate began far too high (56 s for 26 s). The workers do
// not all get going at once either: one may run ten trials while another still prepares its
// data, so the pace of the first ends is one worker's, not the pool's. And the page's own
// cost grew with every trial, so the pool slowed as the search went on (a worker that
// finishes waits for the page to take its result and hand it the next trial) and the average
// from the start then ran too fast (the "about 35 s" at 14 s, when at 108 s only 637
// of 1000 trials had run).
//
// The page's cost no longer grows. Here each trial's own time on its worker is measured and
// shared out over the pool's parallelism. The pool starts trials in order, the first
// `workers` at once and each later one as soon as a trial ends, so trial q (from 0, q >=
// workers) ran on the worker that the (q - workers + 1)-th end freed: from that end to its
// own is one trial's turn on one worker, hand-off included. Only turns begun once every
// worker had ended its first two trials count (its first, until there are such): a worker's
// first trials are its warm-up, and while one worker warms up (compiling, preparing its
// data: a core's work) the others' turns are slow too. The trials take about (mean turn) /
// workers each, the recent turns counting most (one TURN_HALF_LIFE turns old counts half),
// so that the estimate follows the machine when other work on it comes or goes.

/** In turns: enough to average out a slow trial or two, few enough to follow a change soon. */
const TURN_HALF_LIFE = 12;

export interface SearchPace {
  /** The workers the pool runs the trials on (one trial each at a time). */
  workers: number;
  /** The trials that are over (finished, diverged, failed or cancelled), as they ended (ms). */
  ended: readonly { trial: number; at: number }[];
}

/**
 * Seconds until the last of `total` trials ends, at `now` (ms, the clock of `ended`); null
 * until a trial begun after every worker's first has ended. Between two ends it counts down,
 * by at most one trial's share of time: an end overdue says the pace slowed, not that the
 * rest is quicker.
 */
export function timeLeft(pace: SearchPace, total: number, now: number): number | null {
  const { workers, ended } = pace;
  // In the page a worker's second trial still runs slower than later ones (V8 is still
  // compiling): its turns are left out too once there are later ones to go by.
  const turn = meanTurn(pace, WARM_UP_TRIALS) ?? meanTurn(pace, 1);
  if (turn === null) return null;
  const perTrial = turn / workers;
  const waited = Math.min(Math.max(0, now - ended[ended.length - 1].at), perTrial);
  return Math.max(0, (total - ended.length) * perTrial - waited) / 1000;
}

/** Trials of each worker left out of the pace when there are enough later ones. */
const WARM_UP_TRIALS = 2;

/**
 * The mean turn (ms) of the trials begun after every worker had ended its first `warmUp`
 * trials, recent ones weighted most; null when none has ended.
 */
function meanTurn({ workers, ended }: SearchPace, warmUp: number): number | null {
  const decay = Math.pow(2, -1 / TURN_HALF_LIFE);
  let turns = 0,
    weights = 0,
    weight = 1;
  for (let i = ended.length - 1; i >= 0; i--) {
    const { trial, at } = ended[i];
    // Trial q began at end number q - workers + 1: after end number warmUp × workers when
    // q >= (warmUp + 1) × workers - 1.
    const freedBy = ended[trial - workers];
    if (trial < (warmUp + 1) * workers - 1 || freedBy === undefined) continue;
    turns += weight * (at - freedBy.at);
    weights += weight;
    weight *= decay;
  }
  return weights === 0 ? null : turns / weights;
}
