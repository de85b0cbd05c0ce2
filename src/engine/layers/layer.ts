// The interface of the network's building blocks. The model builder (engine/model.ts)
// expands the experiment's layer list into these primitives: a `dense` layer with an
// activation becomes an affine Dense followed by an Activation, so each file holds one
// piece of math with its forward and backward side by side.
import type { Matrix, Floats } from '../matrix';

export interface Param {
  /** Contract name: W and b for dense, gamma and beta for batch norm. */
  readonly name: 'W' | 'b' | 'gamma' | 'beta';
  readonly value: Floats;
  /** Written (not accumulated) by `backward`. */
  readonly grad: Floats;
  /** [rows, cols] for a matrix, [n] for a vector. */
  readonly shape: readonly number[];
  /** True for weight matrices: L1/L2 penalties apply to these only, not to biases. */
  readonly penalized: boolean;
}

export interface Layer {
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
}
