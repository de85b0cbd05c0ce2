// The glass box: one training step opened up for one sample. The page asks the training
// worker for a sample (SampleChoice); the worker runs the engine's own layers on a minibatch
// that holds it and returns every intermediate for that sample's row, forward and back, and
// what the optimizer's step would do to every weight. Plain data: typed arrays and numbers.
import type { Shape } from '../layers/shape';
import type { ActivationName, LayerSpec, LayerType, LossName, OptimizerName } from '../types';
import type { SampleChoice } from './training';

/** Float32Array in the page (the worker's dtype); Float64Array when tests run in float64. */
export type GlassFloats = Float32Array | Float64Array;

export interface GlassRequest {
  choice: SampleChoice;
  /**
   * The class a drawn (or picked) sample should be, for its loss and gradients; a point of
   * the data set has its own label, and this is ignored for it.
   */
  label: number | null;
}

/** A gradient seen two ways: the sample's own loss alone, and the minibatch's mean loss. */
export interface BothWays<T> {
  /** d(the sample's loss)/d·, the rest of the minibatch taking part only through batch norm. */
  sample: T;
  /** d(the minibatch's mean loss)/d·: what the optimizer steps on. The sample's share is sample / rows. */
  batch: T;
}

/** One primitive of the network (a dense layer's affine part, its activation, …) for the sample. */
export interface GlassPrimitive {
  /** The document layer it belongs to (a dense layer with an activation is two primitives). */
  layer: number;
  kind: LayerType;
  /** Activations: which one (a dense layer's own activation is a primitive of kind 'activation'). */
  activation: ActivationName | null;
  /** The sample's row of its input and of its output (C·H·W for an image). */
  input: GlassFloats;
  output: GlassFloats;
  /** Their shapes: features, or [C, H, W] for an image. */
  shapes: { input: Shape; output: Shape };
  /**
   * dLoss/dOutput and dLoss/dInput for the sample's row. dInput is null where the engine
   * computes none (below the first layer with parameters). A fused output activation (softmax
   * under cross-entropy, sigmoid under binary cross-entropy) has no dOutput: the loss's
   * gradient p − t is its dInput.
   */
  gradient: BothWays<{ output: GlassFloats | null; input: GlassFloats | null }>;
  params: GlassParam[];
  /**
   * What the layer holds inside for this sample: batch norm's `mean` and `variance` (per
   * channel, of the minibatch) and `xhat` (the sample's normalised row); dropout's `mask`
   * (0 or 1/(1 − p) per value); max pooling's `from` (the input index each output took);
   * an elementwise activation's `slope`, f′ at the sample's input (ReLU's mask).
   */
  inside: Record<string, GlassFloats>;
  /**
   * An elementwise activation's function drawn by its own kernel: a = f(z) at evenly spaced
   * z over the range its inputs fall in (at least −4…4); null for other primitives.
   */
  curve: { z: GlassFloats; a: GlassFloats } | null;
}

export interface GlassParam {
  name: 'W' | 'b' | 'gamma' | 'beta';
  /** [rows, cols] for a dense W (inputs × units), [F, C, kh, kw] for filters, [n] for a vector. */
  shape: number[];
  value: GlassFloats;
  gradient: BothWays<GlassFloats>;
}

export interface GlassLoss {
  name: LossName;
  /** The sample's loss, and the minibatch's mean. */
  sample: number;
  batch: number;
  /** What the loss compares the output with, for the sample (one-hot for classes). */
  target: GlassFloats;
  /** The sample's class, or null for regression. */
  label: number | null;
}

/** One parameter tensor through the optimizer's step. */
export interface GlassStep {
  /** The gradient the optimizer is given: the minibatch's, with the L1/L2 penalties added. */
  gradient: GlassFloats;
  before: GlassFloats;
  after: GlassFloats;
  /** The optimizer's state arrays (momentum buffer, Adam's m and v, …) before and after. */
  state: Record<string, { before: GlassFloats; after: GlassFloats }>;
}

export interface GlassUpdate {
  optimizer: OptimizerName;
  /** The step this would be (t, from 1: Adam's bias corrections use it). */
  step: number;
  /** The learning rate after the schedule, and every other field of the optimizer. */
  hyperparameters: Record<string, number | boolean>;
  /** Per primitive, per parameter (as GlassPrimitive.params). */
  params: GlassStep[][];
}

export interface GlassTrace {
  /** Rows of the minibatch the step ran on; the sample is its first row. */
  rows: number;
  /** Which training samples filled the rest of the minibatch (their indices). */
  companions: number[];
  /** The sample as the network takes it (normalised). */
  input: GlassFloats;
  /** The document's layers (a convolution's kernel, stride and padding are its layer's). */
  layers: LayerSpec[];
  primitives: GlassPrimitive[];
  loss: GlassLoss;
  update: GlassUpdate;
}
