// The training worker: a thin adapter over TrainingSession, served through the bridge.
// Documents arrive as plain JSON and are validated here again (the worker trusts nothing it
// is sent); snapshots go out through one long-lived callback, their big arrays moved, not
// copied.
import type { DatasetFileReader } from '../engine/data/dataset';
import { parseExperiment } from '../spec';
import type { GlassRequest } from '../spec/protocol/glass';
import type {
  LandscapeRequest,
  LandscapeUpdate,
  LoadProgress,
  SampleChoice,
  Snapshot,
  StepSize,
} from '../spec/protocol/training';
import { moved, serve } from './bridge';
import { createDefer } from './defer';
import { TrainingSession } from './session';

function jobs(read: DatasetFileReader) {
  let listener: ((snapshot: Snapshot) => void) | null = null;
  let landscapeListener: ((update: LandscapeUpdate) => void) | null = null;
  let loadingListener: ((progress: LoadProgress) => void) | null = null;

  const session = new TrainingSession({
    read,
    now: () => performance.now(),
    defer: createDefer(),
    emit: (snapshot) => {
      const { boundary, network, confusion } = snapshot;
      listener?.(
        moved(snapshot, [
          boundary?.values,
          ...(network?.weights ?? []),
          ...(network?.unitGrids ?? []),
          ...(network?.trace?.outputs ?? []),
          confusion?.matrix,
          confusion?.predicted,
          confusion?.confidence,
        ]),
      );
    },
    // The values are already the session's copy (the grid keeps its own): moved, not copied.
    emitLandscape: (update) => landscapeListener?.(moved(update, [update.picture?.values])),
    emitLoading: (progress) => loadingListener?.(progress),
  });

  return {
    /**
     * The page's one snapshot callback, one landscape callback and one for a data file's
     * progress while a run loads (comlink proxies), kept for the worker's lifetime.
     */
    subscribe(
      onSnapshot: (snapshot: Snapshot) => void,
      onLandscape: (update: LandscapeUpdate) => void,
      onLoading: (progress: LoadProgress) => void,
    ): void {
      listener = onSnapshot;
      landscapeListener = onLandscape;
      loadingListener = onLoading;
    },
    async load(document: unknown, generation: number) {
      const summary = await session.load(parseExperiment(document), generation);
      const { trainPoints, validationPoints, trainLabels, validationLabels } = summary;
      return moved(summary, [trainPoints, validationPoints, trainLabels, validationLabels]);
    },
    play: () => session.play(),
    pause: () => session.pause(),
    step: (size: StepSize) => session.step(size),
    retune: (document: unknown, generation: number) =>
      session.retune(parseExperiment(document), generation),
    setSpeed: (stepsPerSecond: number) => session.setSpeed(stepsPerSecond),
    /** The sample the diagram follows through an image network. */
    chooseSample: (choice: SampleChoice, generation: number) =>
      session.chooseSample(checkedChoice(choice), generation),
    /** Starts the loss landscape of the current network; updates go to the landscape callback. */
    landscape: (request: LandscapeRequest) => session.landscape(request),
    cancelLandscape: () => session.cancelLandscape(),
    /** The current run as a self-contained PyTorch script (engine/export/pytorch.ts). */
    exportPyTorch: (generation: number) => session.exportPyTorch(generation),
    /** The current network's weights in the document's `params` layout: a trained model. */
    trainedParams: (generation: number) => session.trainedParams(generation),
    /** One training step opened up for one sample (the glass box); training pauses. */
    glass: (request: GlassRequest, generation: number) =>
      session.glass(checkedGlassRequest(request), generation),
  };
}

/**
 * A choice as the page sent it, checked (the worker trusts nothing it is sent): a drawn
 * input of finite numbers, or a point of a part by a whole index. Anything else throws.
 */
function checkedChoice(choice: SampleChoice): SampleChoice {
  if (choice.kind === 'drawn' && choice.input instanceof Float32Array) {
    if (choice.input.every(Number.isFinite)) return { kind: 'drawn', input: choice.input };
  } else if (choice.kind === 'point' && Number.isInteger(choice.index)) {
    if (choice.part === 'training' || choice.part === 'validation') {
      return { kind: 'point', part: choice.part, index: choice.index };
    }
  }
  throw new Error('not a sample choice');
}

/** A glass-box request as the page sent it, checked: a sample choice and a whole label or null. */
function checkedGlassRequest(request: GlassRequest): GlassRequest {
  const { label } = request;
  if (label !== null && !Number.isInteger(label)) throw new Error('not a class label');
  return { choice: checkedChoice(request.choice), label };
}

export type TrainingApi = ReturnType<typeof jobs>;

serve(jobs);
