// What crosses between the page and the training worker (worker/training.worker.ts). The
// worker owns the engine and the training loop; the page sends commands and receives
// snapshots, at most ~30 a second, each tagged with the generation of the run it belongs to
// so a stale one is ignored. Plain data only: both sides import it, neither from the other.
import type { Message } from '../message';
import type { Diagnosis } from './diagnosis';
import type { Task } from '../types';
import type { ImageShape } from '../layers/shape';
import type { RunStatus } from './runStatus';
import type { LayerStatistics } from './statistics';

/** Metrics after an epoch, in evaluation mode (the CLI's epoch line). */
export interface EpochPoint {
  epoch: number;
  loss: number;
  accuracy: number | null;
  valLoss: number | null;
  valAccuracy: number | null;
}

/** The data as loaded, once per run: what the page plots under the boundary. */
export interface DataSummary {
  task: Task;
  features: number;
  featureNames: readonly string[];
  classes: number;
  classNames: readonly string[];
  trainCount: number;
  validationCount: number;
  /** Raw (un-normalised) inputs of the first samples of each part (worker/summary.ts). */
  trainPoints: Float32Array;
  validationPoints: Float32Array;
  /** Class index (classification) or first target (regression) per plotted point. */
  trainLabels: Float32Array;
  validationLabels: Float32Array;
  /** The plotting window of each input axis, for 1- and 2-input data. */
  view: [number, number] | null;
  /** The fitted normalisation, shown beside the data. */
  normalization: { mode: string; offset: readonly number[]; scale: readonly number[] };
  parameters: number;
  /** Image data: each sample's [C, H, W] (its points are its pixels, raw); else null. */
  image: ImageShape | null;
  /** Image data: the training part's darkest and brightest raw pixel, the pictures' scale. */
  pixelRange: [number, number] | null;
}

/**
 * A run's data file arriving (a real set the worker fetches): bytes so far, and the bytes
 * expected (0 when the server did not say). Sent while the run of `generation` loads.
 */
export interface LoadProgress {
  generation: number;
  file: string;
  loaded: number;
  total: number;
}

/** The network's outputs on a grid over the view (see engine/predict.ts). */
export interface BoundaryGrid {
  resolution: number;
  outputs: number;
  values: Float32Array;
}

/**
 * The sample the diagram follows through the network: one of the plotted points of a part
 * (DataSummary's), or an input the user drew (raw, as the data's own samples are).
 */
export type SampleChoice =
  | { kind: 'point'; part: 'training' | 'validation'; index: number }
  | { kind: 'drawn'; input: Float32Array };

/** One sample through the network, in evaluation mode. */
export interface SampleTrace {
  choice: SampleChoice;
  /** Per document layer: its output for the sample (C·H·W for an image, else its units). */
  outputs: Float32Array[];
}

/** The network as the diagram draws it. */
export interface NetworkPicture {
  /**
   * Per document layer: its weight tensor (a dense layer's W, inputs × units, row-major; a
   * convolution's [F][C][kh][kw], flat), else null.
   */
  weights: (Float32Array | null)[];
  /**
   * For 2-input data, per document layer, every unit's output over a small grid of the view
   * (cells × width, cell-major, the grid laid out as the boundary's): what each unit has
   * learned to respond to. Null for other data.
   */
  unitGrids: Float32Array[] | null;
  unitResolution: number;
  /** For image data, the chosen sample through every layer (its feature maps); else null. */
  trace: SampleTrace | null;
}

/** How a classifier does class by class (engine/confusion.ts), on the validation part when there is one. */
export interface ConfusionSummary {
  part: 'validation' | 'training';
  classes: number;
  /** classes × classes counts: matrix[true·classes + predicted]. */
  matrix: Int32Array;
  /** For the part's first plotted samples (DataSummary's points), the predicted class and its output. */
  predicted: Int32Array;
  confidence: Float32Array;
}

export interface Snapshot {
  generation: number;
  status: RunStatus;
  epoch: number;
  step: number;
  learningRate: number;
  /** Epochs completed since the previous snapshot. */
  epochs: EpochPoint[];
  /** [step, minibatch loss] pairs since the previous snapshot (thinned when many). */
  steps: [number, number][];
  /** Per layer, output and gradient distributions on the probe batch (throttled). */
  layers: LayerStatistics[] | null;
  boundary: BoundaryGrid | null;
  /** Weights and unit pictures for the network diagram (throttled like `layers`). */
  network: NetworkPicture | null;
  /** Classification: refreshed after each epoch and each step command; else null. */
  confusion: ConfusionSummary | null;
  /** Why the run stopped, for 'diverged', 'failed' and 'finished' (the page words it). */
  message: Message | null;
  /** What the coach found since the previous snapshot (engine/coach), in order. */
  diagnoses: Diagnosis[];
  /** Optimizer steps per second over the last slice: the speed shown to the user. */
  stepsPerSecond: number;
}

/**
 * The answer to a request the run may refuse (its weights while it loads, say): the value,
 * or why not. Not a thrown error, which would reach the page as English text alone.
 */
export type Answer<T> = { ok: true; value: T } | { ok: false; why: Message };

export type StepSize = 'batch' | 'epoch';

/**
 * Optimizer steps per second until the page sets a speed: about 120 a second, a dozen epochs
 * a second of a 400-sample toy set, slow enough to watch a boundary form, fast enough not to
 * wait. The page offers it among its speeds (store/store.ts, SPEEDS); "Fastest" is a click away.
 */
export const DEFAULT_SPEED = 120;

/** The two planes the landscape can be drawn on (engine/landscape/directions.ts, pca.ts). */
export type LandscapeDirections = 'random' | 'pca';

/**
 * Grid points per side the page offers; odd, so the current weights sit on the grid. The
 * worker refuses larger grids (worker/landscape.ts).
 */
export const LANDSCAPE_RESOLUTIONS: readonly number[] = [21, 41, 61];

export interface LandscapeRequest {
  /** The run it is meant for: a request for a replaced run fails rather than draw another. */
  generation: number;
  /** Chosen by the page and echoed in every update, so updates of a replaced request are dropped. */
  id: number;
  directions: LandscapeDirections;
  resolution: number;
  /** For the random directions; the experiment's seed when absent. */
  seed?: number;
}

/** 'stopped': cancelled, replaced, or training resumed (the weights moved on). */
export type LandscapeStatus = 'computing' | 'done' | 'stopped' | 'failed';

/** The loss over a plane through the current weights, as far as it is computed. */
export interface LandscapePicture {
  directions: LandscapeDirections;
  resolution: number;
  /** The plane's coordinates shown: a from a0 to a1 along d₁ (columns), b along d₂ (rows). */
  window: { a0: number; a1: number; b0: number; b1: number };
  /**
   * resolution² losses, values[row·resolution + col] at (a of col, b of row), row 0 at b0.
   * NaN: not computed yet; +Infinity: the loss overflowed there.
   */
  values: Float32Array;
  computed: number;
  total: number;
  /** Every cell whose row and column are multiples of this is computed; 0: none yet. */
  stride: number;
  /** PCA: the share of the path's variance along d₁ and d₂. */
  explained: [number, number] | null;
  /** PCA: the recorded weights' (a, b), oldest first; the current weights are (0, 0). */
  path: Float64Array | null;
  /** Training samples the loss is averaged over. */
  rows: number;
  /** The run's epoch and step when the weights were taken. */
  epoch: number;
  step: number;
  /** Time spent computing so far. */
  elapsedMs: number;
}

export interface LandscapeUpdate {
  generation: number;
  id: number;
  status: LandscapeStatus;
  /** Null when the request failed before any grid existed. */
  picture: LandscapePicture | null;
  /** Why it failed or stopped. */
  message: Message | null;
}
