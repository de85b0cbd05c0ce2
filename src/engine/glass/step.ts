// The glass box's engine side: one training step opened up for one sample. The network's own
// layers (a copy of the run's, with its weights) run forward in training mode on a minibatch
// whose first row is the sample, then backward twice: from the sample's loss alone and from
// the minibatch's mean loss, the one the optimizer steps on. Every primitive's input and
// output, its gradients and what it holds inside are copied out for the sample's row. The
// run itself is untouched: its model, its optimizer state and its random streams.
import type {
  BothWays,
  GlassFloats,
  GlassParam,
  GlassPrimitive,
  GlassTrace,
} from '../../spec/protocol/glass';
import { layerShapes } from '../../spec/layers';
import type { Activation } from '../layers/activation';
import { matrix, rowView, type Floats, type Matrix } from '../matrix';
import { Model } from '../model';
import { Rng } from '../random';
import type { Trainer } from '../train';
import { glassUpdate } from './update';

/** The sample as the network takes it. */
export interface GlassSample {
  /** Its input row, normalised as the run's data is. */
  x: Floats;
  /** What the loss compares the output with (targets.ts: one-hot for classes). */
  target: Floats;
  /** Its class, or null for regression. */
  label: number | null;
  /** Its index in the training set, or null (a validation point, a drawn sample). */
  trainIndex: number | null;
}

/** What one backward pass leaves, per primitive: its gradients for the sample's row. */
interface Pass {
  output: (GlassFloats | null)[];
  input: (GlassFloats | null)[];
  params: GlassFloats[][];
}

export function glassStep(trainer: Trainer, sample: GlassSample): GlassTrace {
  const train = trainer.data.train;
  const { batchSize } = trainer.experiment.training;
  const rows = Math.min(batchSize, train.n);
  const companions = companionsOf(sample.trainIndex, rows - 1, train.n);
  const model = copyOf(trainer, rows);
  const { layers, lossDepth } = model;

  // The minibatch: the sample first, then its companions from the training set.
  const dtype = trainer.options.dtype ?? 'float32';
  const x = matrix(dtype, rows, train.features);
  const t = matrix(dtype, rows, model.outputs);
  x.data.set(sample.x, 0);
  t.data.set(sample.target, 0);
  const targets = trainer.targets.train;
  companions.forEach((c, i) => {
    x.data.set(train.x.subarray(c * train.features, (c + 1) * train.features), (i + 1) * x.cols);
    t.data.set(targets.data.subarray(c * t.cols, (c + 1) * t.cols), (i + 1) * t.cols);
  });

  // Forward through every primitive, the fused output activation too (its probabilities).
  const inputs: GlassFloats[] = [];
  const outputs: GlassFloats[] = [];
  let h: Matrix = x;
  let lossInput: Matrix = x;
  layers.forEach((layer, i) => {
    if (i === lossDepth) lossInput = h;
    inputs.push(firstRow(h));
    h = layer.forward(h, true);
    outputs.push(firstRow(h));
  });
  if (lossDepth === layers.length) lossInput = h;

  // The loss's gradient two ways: the minibatch's mean, and the sample's own (its row only).
  const batchGrad = matrix(dtype, rows, lossInput.cols);
  const sampleGrad = matrix(dtype, rows, lossInput.cols);
  const batchLoss = model.loss.compute(lossInput, t, batchGrad);
  const sampleLoss = model.loss.compute(
    rowView(lossInput, 0, 1),
    rowView(t, 0, 1),
    rowView(sampleGrad, 0, 1),
  );
  sampleGrad.rows = rows; // the other rows' gradient is zero
  const alone = backward(model, sampleGrad);
  const batch = backward(model, batchGrad);
  const update = glassUpdate(trainer, model);

  const shapes = layerShapes(model.spec);
  const primitives = layers.map((layer, i): GlassPrimitive => {
    // A document layer's first primitive takes its input; the others (an activation after
    // its dense or convolution) take and give its output.
    const documentLayer = layerOf(model, i);
    const { input: layerInput, output } = shapes[documentLayer];
    const first = model.primitivesOf[documentLayer][0] === i;
    const both = <T>(pick: (pass: Pass) => T): BothWays<T> => ({
      sample: pick(alone),
      batch: pick(batch),
    });
    const params = layer.params.map((p, k): GlassParam => ({
      name: p.name,
      shape: [...p.shape],
      value: p.value.slice(),
      gradient: both((pass) => pass.params[i][k]),
    }));
    return {
      layer: documentLayer,
      kind: layer.kind,
      activation: layer.kind === 'activation' ? (layer as Activation).name : null,
      input: inputs[i],
      output: outputs[i],
      shapes: { input: first ? layerInput : output, output },
      gradient: both((pass) => ({ output: pass.output[i], input: pass.input[i] })),
      params,
      inside: layer.inspect?.(0) ?? {},
      curve: layer.kind === 'activation' ? curveOf(layer as Activation, inputs[i]) : null,
    };
  });

  return {
    rows,
    companions,
    input: firstRow(x),
    layers: structuredClone(model.spec.layers),
    primitives,
    loss: {
      name: model.spec.loss,
      sample: sampleLoss,
      batch: batchLoss,
      target: sample.target.slice(),
      label: sample.label,
    },
    update,
  };
}

/**
 * The rest of the minibatch: the training samples after the sample's own index (wrapping
 * round), or from the first when the sample is not a training one. Fixed, so that the same
 * sample opens the same step: the run's next minibatch depends on a shuffle not yet drawn.
 */
function companionsOf(trainIndex: number | null, count: number, n: number): number[] {
  const from = trainIndex === null ? 0 : trainIndex + 1;
  return Array.from({ length: count }, (_, i) => (from + i) % n);
}

/**
 * The run's network as it stands, built again for `rows` rows: the same layers and weights,
 * its own buffers, and its own dropout stream (the run's draws are not consumed, and the
 * same sample draws the same masks each time it is opened).
 */
function copyOf(trainer: Trainer, rows: number): Model {
  const { seed } = trainer.experiment;
  const model = new Model(trainer.model.spec, {
    capacity: rows,
    trainingRows: rows,
    dtype: trainer.options.dtype ?? 'float32',
    kernel: trainer.options.kernel,
    initRng: Rng.stream(seed, 'init'),
    dropoutRng: Rng.stream(seed, 'glass'),
  });
  model.params.forEach((p, k) => p.value.set(trainer.model.params[k].value));
  return model;
}

/** Backward from `grad` (dLoss/d the loss's input), copying each primitive's gradients. */
function backward(model: Model, grad: Matrix): Pass {
  const { layers, lossDepth } = model;
  const pass: Pass = {
    output: layers.map(() => null),
    input: layers.map(() => null),
    params: layers.map(() => []),
  };
  // A fused output activation: the loss's gradient is its input's.
  if (lossDepth < layers.length) pass.input[lossDepth] = firstRow(grad);
  let g: Matrix | null = grad;
  for (let i = lossDepth - 1; i >= 0 && g !== null; i--) {
    pass.output[i] = firstRow(g);
    g = layers[i].backward(g);
    pass.input[i] = g === null ? null : firstRow(g);
    pass.params[i] = layers[i].params.map((p) => p.grad.slice());
  }
  return pass;
}

/** Points the page draws an activation's curve through. */
const CURVE_POINTS = 121;

/** a = f(z) by the activation's own kernel, over −4…4 widened to the sample's inputs. */
function curveOf(layer: Activation, z: GlassFloats): { z: GlassFloats; a: GlassFloats } | null {
  if (layer.name === 'softmax') return null;
  let lo = -4,
    hi = 4;
  for (const v of z) if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  const zs = new Float64Array(CURVE_POINTS).map(
    (_, i) => lo + ((hi - lo) * i) / (CURVE_POINTS - 1),
  );
  const as = new Float64Array(CURVE_POINTS);
  layer.kernel.forward(zs, as, CURVE_POINTS, CURVE_POINTS);
  return { z: zs, a: as };
}

function firstRow(m: Matrix): GlassFloats {
  return m.data.slice(0, m.cols);
}

/** The document layer primitive `i` belongs to. */
function layerOf(model: Model, i: number): number {
  return model.primitivesOf.findIndex((indices) => indices.includes(i));
}
