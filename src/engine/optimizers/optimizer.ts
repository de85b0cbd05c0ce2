// The shape every optimizer shares. One rule updates one parameter array in place; the
// training loop calls it once per parameter tensor per step, and the loss-surface view
// calls the very same rule on a 2-element Float64Array. One implementation, two views.
import type { OptimizerSpec } from '../../spec/types';
import type { DType, Floats } from '../matrix';

export type { HyperparameterField } from '../../spec/catalog/optimizers';

/** An optimizer block's fields other than the name: `lr` always, the others its own. */
export type Hyperparameters = Omit<OptimizerSpec, 'name'>;

/** Per-parameter state: named arrays the size of the parameter (velocity, moments, …). */
export type OptimizerState = Record<string, Floats>;

/**
 * One optimizer. `F` is its own fields (its catalog row's defaults), so that its export
 * reads only fields it has; the table holds rules of every shape.
 */
export interface OptimizerRule<F extends Hyperparameters = Hyperparameters> {
  /** Every field this optimizer takes, with PyTorch's default: its catalog row's (spec/catalog). */
  readonly defaults: Readonly<F>;
  /**
   * Which state arrays hold the running first moment (a velocity: momentum buffer, Adam's
   * m) and second moment (a running mean or sum of g²), for the surface view's arrows.
   */
  readonly moments: { readonly first?: string; readonly second?: string };
  /**
   * The torch.optim constructor that runs this rule with the fields `f` (every field filled
   * in), as lines of the exported script, with a comment where the mapping needs one.
   */
  torch(f: Readonly<F>): string[];
  /** Fresh state (all zeros) for a parameter of `size` elements. */
  init(size: number, dtype: DType): OptimizerState;
  /**
   * θ ← update(θ, g). `step` counts from 1 (Adam's bias correction needs it). Must not
   * write to `grad` and must not allocate: it runs inside the training step.
   */
  update(
    param: Floats,
    grad: Floats,
    state: OptimizerState,
    hp: Hyperparameters,
    step: number,
  ): void;
}
