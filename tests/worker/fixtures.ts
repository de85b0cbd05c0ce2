// Experiments the worker tests share.
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { parseExperiment } from '../../src/spec';
import type { LandscapeUpdate, Snapshot } from '../../src/spec/protocol/training';
import type { Experiment } from '../../src/spec/types';
import { TrainingSession } from '../../src/worker/session';

/**
 * A run that diverges for certain: squared error on a regression grows without bound when
 * each step overshoots (a huge rate on ReLU + softmax merely kills the units).
 */
export const DIVERGING = parseExperiment({
  version: 1,
  data: { kind: 'plane', samples: 100 },
  model: {
    layers: [
      { type: 'dense', units: 8, activation: 'tanh' },
      { type: 'dense', units: 1 },
    ],
  },
  optimizer: { name: 'sgd', lr: 1e6 },
  training: { batchSize: 10, epochs: 50 },
});

/** Exclusive or with a small tanh network: learns in a few epochs. */
export function xorExperiment(epochs: number): Experiment {
  return parseExperiment({
    version: 1,
    seed: 3,
    data: { kind: 'xor', samples: 200 },
    model: {
      layers: [
        { type: 'dense', units: 8, activation: 'tanh' },
        { type: 'dense', units: 2, activation: 'softmax' },
      ],
    },
    optimizer: { name: 'adam', lr: 0.03 },
    training: { batchSize: 16, epochs },
  });
}

/**
 * A TrainingSession driven by hand: every reading of the clock advances it by 1 ms (so a
 * 12 ms slice holds a few steps), deferred work waits in `queue` until `runTasks` runs it.
 */
export function sessionHarness() {
  let clock = 0;
  const queue: (() => void)[] = [];
  const snapshots: Snapshot[] = [];
  const updates: LandscapeUpdate[] = [];
  const session = new TrainingSession({
    read: readDatasetFile,
    now: () => clock++,
    defer: (fn) => queue.push(fn),
    emit: (s) => snapshots.push(s),
    emitLandscape: (u) => updates.push(u),
  });
  /** Runs up to `n` queued tasks (all of them by default); how many ran. */
  const runTasks = (n = Infinity) => {
    let ran = 0;
    for (; ran < n && queue.length > 0; ran++) queue.shift()!();
    return ran;
  };
  return { session, snapshots, updates, runTasks, queue };
}
