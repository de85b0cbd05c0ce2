// What the coach reads inside the network: one pass forward and back over the probe batch
// (the first training samples, in evaluation mode so that no dropout is drawn and the run's
// random draws stay untouched), summed up per document layer. Called once per epoch, not per
// step: it allocates a little.
import { isImage, layerShapes } from '../../spec/layers';
import { Activation } from '../layers/activation';
import type { Floats, Matrix } from '../matrix';
import { probeBatch } from '../probe';
import type { Trainer } from '../train';
import { twinUnits } from './twins';

export interface LayerSignals {
  /** Its index in the document's layers (from 0). */
  layer: number;
  /** ReLU layers: how many units (channels, for an image) there are, and how many output 0 on
   *  every probe sample. */
  units: number;
  dead: number | null;
  /** Hidden sigmoid or tanh layers: the share of outputs within 0.01 of a limit (where the
   *  slope is under 4% of sigmoid's largest and 2% of tanh's). */
  saturated: number | null;
  /** Layers with weights: the root mean square of dLoss/dW and of W on the probe batch. */
  gradientRms: number | null;
  weightRms: number | null;
  /** Layers with weights: how many units have the same weights and bias as another unit. */
  identical: number | null;
  /**
   * The layer whose weights feed this one's units: itself if it has weights, else the
   * nearest before it that has (an activation layer after a dense one and its batch norm).
   */
  source: number | null;
}

export interface Signals {
  /** The mean loss over the probe batch, and how many training samples it holds. */
  loss: number;
  rows: number;
  layers: LayerSignals[];
}

/**
 * The probe's samples: the first 256 of the training set. A quarter of the histograms' 1000
 * keeps a LeNet-sized network's probe near 100 ms, where 1000 rows took 400 ms, a third of
 * its epoch on the convolution lesson's 4800 images; a unit silent on 256 varied samples is
 * as good as dead.
 */
export const PROBE_ROWS = 256;

/** Within this distance of 0 and 1 (sigmoid) or ±1 (tanh) an output counts as saturated. */
const SATURATED_WITHIN = 0.01;

export function probeSignals(trainer: Trainer): Signals {
  const { model } = trainer;
  const { x: probe, targets } = probeBatch(trainer, PROBE_ROWS);
  const rows = probe.rows;
  const shapes = layerShapes(model.spec);
  const last = shapes.length - 1;

  const outputs = model.forwardEach(probe);
  const layers: LayerSignals[] = model.primitivesOf.map((indices, i) => {
    const output = shapes[i].output;
    const channels = isImage(output) ? output[0] : output;
    const signals: LayerSignals = {
      layer: i,
      units: channels,
      dead: null,
      saturated: null,
      gradientRms: null,
      weightRms: null,
      identical: null,
      source: null,
    };
    const activation = indices.map((k) => model.layers[k]).find((l) => l instanceof Activation);
    if (activation !== undefined && i < last) {
      const out = outputs[model.outputOf[i]];
      if (activation.name === 'relu') signals.dead = deadUnits(out, channels);
      if (activation.name === 'sigmoid') signals.saturated = saturatedShare(out, 0, 1);
      if (activation.name === 'tanh') signals.saturated = saturatedShare(out, -1, 1);
    }
    return signals;
  });

  const loss = model.lossAndGradient(probe, targets, false);
  model.primitivesOf.forEach((indices, i) => {
    const params = indices.flatMap((k) => model.layers[k].params);
    const W = params.find((p) => p.name === 'W');
    if (W === undefined) return;
    layers[i].gradientRms = rms(W.grad);
    layers[i].weightRms = rms(W.value);
    layers[i].identical = twinUnits(
      W,
      params.find((p) => p.name === 'b'),
    );
  });
  let source: number | null = null;
  for (const l of layers) l.source = source = l.weightRms !== null ? l.layer : source;
  return { loss, rows, layers };
}

/** Units (columns, or channels of `out.cols / channels` positions each) that are 0 for every row. */
function deadUnits(out: Matrix, channels: number): number {
  const alive = new Uint8Array(channels);
  const positions = out.cols / channels;
  for (let r = 0; r < out.rows; r++) {
    const row = r * out.cols;
    for (let j = 0; j < out.cols; j++) {
      if (out.data[row + j] > 0) alive[Math.floor(j / positions)] = 1;
    }
  }
  return channels - alive.reduce((sum, a) => sum + a, 0);
}

function saturatedShare(out: Matrix, low: number, high: number): number {
  const count = out.rows * out.cols;
  let pinned = 0;
  for (let i = 0; i < count; i++) {
    const v = out.data[i];
    if (v < low + SATURATED_WITHIN || v > high - SATURATED_WITHIN) pinned++;
  }
  return count > 0 ? pinned / count : 0;
}

function rms(values: Floats): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  return values.length > 0 ? Math.sqrt(sum / values.length) : 0;
}
