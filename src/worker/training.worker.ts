// The training worker: a thin comlink adapter over TrainingSession. Documents arrive as
// plain JSON and are validated here again (the worker trusts nothing it is sent); snapshots
// go out through one long-lived callback, their big arrays transferred, not copied.
import { expose, transfer } from 'comlink';
import { createDefer } from './defer';
import { parseExperiment } from '../spec';
import type { LandscapeRequest, LandscapeUpdate, Snapshot, StepSize } from './protocol';
import { datasetFileReader } from './readDatasetFile';
import { TrainingSession } from './session';

let listener: ((snapshot: Snapshot) => void) | null = null;
let landscapeListener: ((update: LandscapeUpdate) => void) | null = null;
/**
 * Where the shipped data sets are, as an absolute URL from the page: with a relative base
 * ('./', so the app works from any path), a relative URL here would resolve against this
 * worker's own address under assets/, not the page's.
 */
let datasetsUrl = '';

const session = new TrainingSession({
  read: (file) => datasetFileReader(datasetsUrl)(file),
  now: () => performance.now(),
  defer: createDefer(),
  emit: (snapshot) => {
    const arrays = [
      snapshot.boundary?.values,
      ...(snapshot.network?.weights ?? []),
      ...(snapshot.network?.unitGrids ?? []),
      snapshot.confusion?.matrix,
      snapshot.confusion?.predicted,
      snapshot.confusion?.confidence,
    ];
    const buffers = arrays.flatMap((a) => (a ? [a.buffer as ArrayBuffer] : []));
    listener?.(transfer(snapshot, buffers));
  },
  // The values are already the session's copy (the grid keeps its own): moved, not copied.
  emitLandscape: (update) => {
    const buffers = update.picture ? [update.picture.values.buffer as ArrayBuffer] : [];
    landscapeListener?.(transfer(update, buffers));
  },
});

const api = {
  /**
   * The page's one snapshot callback and one landscape callback (comlink proxies), kept for
   * the worker's lifetime.
   */
  subscribe(
    onSnapshot: (snapshot: Snapshot) => void,
    onLandscape: (update: LandscapeUpdate) => void,
    datasets: string,
  ): void {
    listener = onSnapshot;
    landscapeListener = onLandscape;
    datasetsUrl = datasets;
  },
  async load(document: unknown, generation: number) {
    const summary = await session.load(parseExperiment(document), generation);
    const buffers = [
      summary.trainPoints,
      summary.validationPoints,
      summary.trainLabels,
      summary.validationLabels,
    ];
    return transfer(
      summary,
      buffers.map((b) => b.buffer as ArrayBuffer),
    );
  },
  play: () => session.play(),
  pause: () => session.pause(),
  step: (size: StepSize) => session.step(size),
  retune: (document: unknown, generation: number) =>
    session.retune(parseExperiment(document), generation),
  setSpeed: (stepsPerSecond: number) => session.setSpeed(stepsPerSecond),
  /** Starts the loss landscape of the current network; updates go to the landscape callback. */
  landscape: (request: LandscapeRequest) => session.landscape(request),
  cancelLandscape: () => session.cancelLandscape(),
  /** The current run as a self-contained PyTorch script (engine/export/pytorch.ts). */
  exportPyTorch: (generation: number) => session.exportPyTorch(generation),
  /** The current network's weights in the document's `params` layout: a trained model. */
  trainedParams: (generation: number) => session.trainedParams(generation),
};

export type TrainingApi = typeof api;

expose(api);
