// The network's building blocks, and the layer table's rows. Each document layer's row
// (one file per layer type, listed in ./index.ts) expands it into these primitives: a
// `dense` layer with an activation becomes an affine Dense followed by an Activation, so
// each primitive holds one piece of math with its forward and backward side by side. The
// document's side of each row (fields, validation, shapes, parameter counts) is
// spec/layers; this side builds the math, moves its parameters in and out of the
// contract's `params` layout, and writes it as PyTorch.
import type { Shape } from '../../spec/layers';
import type { LayerSpec, LayerType, ParamsOf } from '../../spec/types';
import type { TorchContext, TorchModule } from '../export/torchModules';
import type { DType, Floats, KernelChoice, Matrix } from '../matrix';
import type { Rng } from '../random';

export interface Param {
  /** Contract name: W and b for dense and conv2d, gamma and beta for batch norm. */
  readonly name: 'W' | 'b' | 'gamma' | 'beta';
  readonly value: Floats;
  /** Written (not accumulated) by `backward`. */
  readonly grad: Floats;
  /** [rows, cols] for a matrix, [F, C, kh, kw] for filters, [n] for a vector. */
  readonly shape: readonly number[];
  /** True for weight matrices: L1/L2 penalties apply to these only, not to biases. */
  readonly penalized: boolean;
  /**
   * Weight tensors only: how they split into filters, the weights into one output unit (a
   * dense layer's column of W) or channel: element i of filter j is at
   * j·filterStride + i·elementStride. The histograms show these tensors' gradients, the
   * diagram draws them, and the loss landscape normalises its directions filter by filter.
   */
  readonly filters?: {
    readonly count: number;
    readonly size: number;
    readonly filterStride: number;
    readonly elementStride: number;
  };
}

export interface Layer {
  /** The document layer type whose math it holds (a dense layer's activation: 'activation'). */
  readonly kind: LayerType;
  readonly inputs: number;
  readonly outputs: number;
  readonly params: readonly Param[];
  /**
   * Computes the output for `x.rows` rows (at most the capacity the layer was built for)
   * into the layer's own buffer and returns it. `training` switches batch norm to batch
   * statistics and turns dropout on.
   */
  forward(x: Matrix, training: boolean): Matrix;
  /**
   * Given dLoss/dOutput for the rows of the last forward, writes the parameter gradients
   * and returns dLoss/dInput (in the layer's own buffer), or null when the layer was built
   * without input gradients (the first layer needs none).
   */
  backward(dy: Matrix): Matrix | null;
  /**
   * For the glass box (engine/glass): what the last pass holds inside for row `row`, copied
   * out by name (batch norm's statistics, dropout's mask); absent where the input and the
   * output say it all. Not for the training loop: it allocates.
   */
  inspect?(row: number): Record<string, Floats>;
}

/** What a row needs to build its primitives. */
export interface BuildContext {
  /** The most rows one forward pass will see (batch size, evaluation chunk). */
  readonly capacity: number;
  readonly dtype: DType;
  /** Which kernel runs the products (matrix.ts). */
  readonly kernel: KernelChoice;
  /** Draws the initial weights. */
  readonly initRng: Rng;
  /** Draws dropout masks. */
  readonly dropoutRng: Rng;
  /** No layer below has parameters: nobody needs dLoss/dInput there. */
  readonly first: boolean;
  /** The most rows a training step will see (the batch); evaluation runs no backward. */
  readonly trainingRows: number;
  /** What the model's layers share, and take from as they are built. */
  readonly workspace: Workspace;
}

/**
 * Memory one model's layers share: the column values its convolutions may keep from forward
 * for backward (16 Mi values, 64 MB, for the whole network, so that a deep stack of
 * convolutions cannot claim gigabytes; a convolution past it rebuilds its columns in
 * backward, to the same bits).
 */
export interface Workspace {
  keptValues: number;
}

export const KEPT_VALUES = 1 << 24;

/** One row of the layer table: a document layer type, as the engine runs it. */
export interface LayerRow<S extends LayerSpec = LayerSpec> {
  /** The primitives `spec` expands into for an input of `input`, in order. */
  build(spec: S, input: Shape, context: BuildContext): Layer[];
  /** Its entry of the contract's `params` from its primitives ({} without parameters). */
  dump(primitives: readonly Layer[]): ParamsOf<S>;
  /** Loads an entry that validation has checked against its shapes. */
  load(primitives: readonly Layer[], params: ParamsOf<S>): void;
  /** The torch modules it becomes in the exported script; `k` numbers it (1-based). */
  torch(spec: S, input: Shape, k: number, context: TorchContext): TorchModule[];
}

/** The weight tensor among a document layer's primitives (the one with filters), or null. */
export function weightsOf(primitives: readonly Layer[]): Param | null {
  for (const layer of primitives) {
    for (const param of layer.params) if (param.filters !== undefined) return param;
  }
  return null;
}
