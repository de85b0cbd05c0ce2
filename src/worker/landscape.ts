// One loss-landscape computation on the worker's network: the plane's directions, the grid
// over (a sample of) the training split, and the pictures the page is sent as it fills in.
// The session decides when slices run and when a job ends; this class does the work of one
// slice and says whether an update is due.
import { selectRows } from '../engine/data/build';
import type { Dataset } from '../engine/data/dataset';
import {
  defaultWindow,
  LandscapeGrid,
  ParamVector,
  pcaDirections,
  randomDirections,
  type Directions,
  type LandscapeProgress,
  type WeightRecorder,
} from '../engine/landscape';
import type { Trainer } from '../engine/train';
import {
  LANDSCAPE_RESOLUTIONS,
  type LandscapePicture,
  type LandscapeRequest,
} from '../spec/protocol/training';
import { Refusal } from './refusal';

/**
 * Training rows the loss is averaged over, at most: the landscape's shape settles long
 * before the whole of a large set is seen, and 41² evaluations of 1000 rows of the default
 * network take about a second.
 */
export const LANDSCAPE_ROWS = 1000;
/** Work per slice before the worker looks at its messages again (pause, cancel, sliders). */
export const LANDSCAPE_SLICE_MS = 14;
/** Progress updates at most this often, besides one per completed pass and one at the end. */
const UPDATE_MS = 100;
/** The grid sizes accepted: the page's choices, and nothing that would take minutes. */
const MIN_RESOLUTION = 3;
const MAX_RESOLUTION = Math.max(...LANDSCAPE_RESOLUTIONS);

export interface SliceResult {
  progress: LandscapeProgress;
  /** A pass completed or UPDATE_MS passed since the last update: send one. */
  due: boolean;
}

export class LandscapeJob {
  readonly id: number;
  readonly generation: number;
  private readonly grid: LandscapeGrid;
  private readonly directions: Directions;
  private readonly request: LandscapeRequest;
  private readonly epoch: number;
  private readonly step: number;
  private elapsedMs = 0;
  private lastUpdate = -Infinity;
  private passesReported = 0;

  /** Throws a Refusal, saying why to the page, when no landscape can be drawn. */
  constructor(
    trainer: Trainer,
    recorder: WeightRecorder,
    request: LandscapeRequest,
    private readonly now: () => number,
  ) {
    const r = request.resolution;
    if (!Number.isInteger(r) || r < MIN_RESOLUTION || r > MAX_RESOLUTION) {
      throw new Refusal({
        key: 'landscape.badResolution',
        vars: { min: MIN_RESOLUTION, max: MAX_RESOLUTION, value: String(r) },
      });
    }
    this.id = request.id;
    this.generation = request.generation;
    this.request = request;
    this.epoch = trainer.epoch;
    this.step = trainer.step;
    const started = now();
    this.directions = planeDirections(trainer, recorder, request);
    this.grid = new LandscapeGrid(trainer.model, this.directions, sample(trainer.data.train), {
      resolution: r,
      window: defaultWindow(this.directions),
    });
    // PCA over a long run's snapshots is real work: it counts towards the time shown.
    this.elapsedMs = now() - started;
  }

  /** Computes for one slice's time (the model is back at θ* when it returns). */
  slice(): SliceResult {
    const start = this.now();
    const progress = this.grid.run(LANDSCAPE_SLICE_MS, this.now);
    const end = this.now();
    this.elapsedMs += end - start;
    const due = progress.passesDone > this.passesReported || end - this.lastUpdate >= UPDATE_MS;
    return { progress, due };
  }

  /** What the page draws, as far as it is computed: the values are a copy the page may keep. */
  picture(): LandscapePicture {
    const progress = this.grid.progress();
    this.passesReported = progress.passesDone;
    this.lastUpdate = this.now();
    const { directions } = this;
    return {
      directions: this.request.directions,
      resolution: this.grid.resolution,
      window: { ...this.grid.window },
      // The grid keeps writing into its own array: the page gets a snapshot of it.
      values: this.grid.values.slice(),
      computed: progress.computed,
      total: progress.total,
      stride: progress.stride,
      explained: directions.explained ?? null,
      path: directions.path ?? null,
      rows: this.grid.rows,
      epoch: this.epoch,
      step: this.step,
      elapsedMs: this.elapsedMs,
    };
  }
}

function planeDirections(
  trainer: Trainer,
  recorder: WeightRecorder,
  request: LandscapeRequest,
): Directions {
  if (request.directions === 'random') {
    return randomDirections(trainer.model, request.seed ?? trainer.experiment.seed);
  }
  const snapshots = recorder.snapshots;
  if (snapshots.length < 3) {
    throw new Refusal({ key: 'landscape.pcaTooEarly', vars: { snapshots: snapshots.length } });
  }
  try {
    return pcaDirections(snapshots, new ParamVector(trainer.model).read());
  } catch (e) {
    const message = (e as Error).message;
    throw new Refusal({ key: 'landscape.noPlane', vars: { message } }, { cause: e });
  }
}

/**
 * At most LANDSCAPE_ROWS rows of the training split, evenly spread: a set kept in class
 * order (no validation split shuffled it) still has every class in the sample.
 */
function sample(train: Dataset): Dataset {
  if (train.n <= LANDSCAPE_ROWS) return train;
  const rows = Int32Array.from({ length: LANDSCAPE_ROWS }, (_, i) =>
    Math.floor((i * train.n) / LANDSCAPE_ROWS),
  );
  return selectRows(train, rows);
}
