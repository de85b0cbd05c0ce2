// What the page draws, computed from the run: an epoch's point on the curves, and from the
// trained network the diagram's weights and unit pictures, the decision boundary and the
// confusion matrix.
import { confusion } from '../engine/confusion';
import { weightsOf } from '../engine/layers/layer';
import { layerGrids, predictGrid } from '../engine/predict';
import type { PreparedData } from '../engine/prepare';
import type { EpochResult, Trainer } from '../engine/train';
import type {
  BoundaryGrid,
  ConfusionSummary,
  EpochPoint,
  NetworkPicture,
  SampleChoice,
  SampleTrace,
} from '../spec/protocol/training';
import { isImage } from '../spec/layers';
import { traceSample } from '../engine/trace';

/** Grid cells per axis of the decision boundary. */
export const BOUNDARY_RESOLUTION = 64;
/** Grid cells per axis of each unit's picture in the network diagram. */
const UNIT_RESOLUTION = 16;
/** Plotted samples whose predictions the page shows (DataSummary's POINT_LIMIT). */
const PREDICTIONS_SHOWN = 2000;

/** The plotting window of 1- and 2-input data (where the boundary is drawn), or null. */
export type View = [number, number] | null;

/** An epoch's metrics as the curves plot them (the CLI's epoch line). */
export function epochPoint(r: EpochResult): EpochPoint {
  return {
    epoch: r.epoch,
    loss: r.train.loss,
    accuracy: r.train.accuracy,
    valLoss: r.validation?.loss ?? null,
    valAccuracy: r.validation?.accuracy ?? null,
  };
}

/**
 * Every layer's weights; for two inputs what each unit responds to; for images the chosen
 * sample through every layer.
 */
export function networkPicture(
  trainer: Trainer,
  data: PreparedData,
  view: View,
  choice: SampleChoice | null,
): NetworkPicture {
  const model = trainer.model;
  const weights = model.primitivesOf.map((indices) => {
    const param = weightsOf(indices.map((index) => model.layers[index]));
    return param === null ? null : Float32Array.from(param.value);
  });
  const twoInputs = view !== null && model.spec.inputs === 2;
  const grid = { resolution: UNIT_RESOLUTION, x: view!, y: view! };
  return {
    weights,
    unitGrids: twoInputs ? layerGrids(model, data.normalizer, grid) : null,
    unitResolution: UNIT_RESOLUTION,
    trace: trace(trainer, data, choice),
  };
}

/**
 * The chosen sample through the network: any for image data, a drawn (or picked) one for
 * other data (a colour the colour classifier asks about); null otherwise or for no sample.
 */
function trace(
  trainer: Trainer,
  data: PreparedData,
  choice: SampleChoice | null,
): SampleTrace | null {
  if (choice === null) return null;
  if (!isImage(trainer.experiment.model.inputs) && choice.kind !== 'drawn') return null;
  const raw = rawSample(data, choice);
  if (raw === null) return null;
  return { choice, outputs: traceSample(trainer.model, data.normalizer, raw) };
}

/**
 * The sample a new run's diagram follows, for image data: the last run's while it is still
 * there (the data and its shape unchanged), else the first of the validation part, which
 * training never sees. For other data, a drawn sample that still fits (a colour asked about).
 */
export function sampleFor(
  previous: SampleChoice | null,
  data: PreparedData,
  images: boolean,
): SampleChoice | null {
  const fits = previous !== null && rawSample(data, previous) !== null;
  if (!images) return fits && previous.kind === 'drawn' ? previous : null;
  if (fits) return previous;
  return { kind: 'point', part: data.validation !== null ? 'validation' : 'training', index: 0 };
}

/** The chosen sample's raw inputs, or null when it is not (or no longer) there. */
function rawSample(data: PreparedData, choice: SampleChoice): Float32Array | null {
  const f = data.raw.train.features;
  if (choice.kind === 'drawn') return choice.input.length === f ? choice.input : null;
  const part = choice.part === 'training' ? data.raw.train : data.raw.validation;
  if (part === null || !(choice.index >= 0 && choice.index < part.n)) return null;
  return part.x.subarray(choice.index * f, (choice.index + 1) * f);
}

/** The network's outputs over the plotting window, or null when the data has none. */
export function boundaryGrid(
  trainer: Trainer,
  data: PreparedData,
  view: View,
): BoundaryGrid | null {
  if (view === null) return null;
  const resolution = BOUNDARY_RESOLUTION;
  const values = predictGrid(trainer.model, data.normalizer, { resolution, x: view, y: view });
  return { resolution, outputs: trainer.model.outputs, values };
}

/** The confusion matrix on the validation part (else the training part); null for regression. */
export function confusionSummary(trainer: Trainer, data: PreparedData): ConfusionSummary | null {
  if (data.train.labels === null) return null;
  const part = data.validation !== null ? 'validation' : 'training';
  const c = confusion(trainer.model, data.validation ?? data.train);
  const shown = Math.min(PREDICTIONS_SHOWN, c.predicted.length);
  return {
    part,
    classes: c.classes,
    matrix: c.matrix,
    predicted: c.predicted.slice(0, shown),
    confidence: c.confidence.slice(0, shown),
  };
}
