// The defaults of the experiment document, each with its reason. Defaults that belong to
// one row of a catalog are in that row (./catalog), so a new row needs no change here:
//   - optimizer fields: OPTIMIZER_CATALOG[name].defaults (PyTorch's torch.optim defaults);
//   - initializer options: INIT_CATALOG[name].options (std of `normal`, limit of `uniform`);
//   - data options and normalisation: DATASET_CATALOG[kind].defaults (each set's own).
import type {
  ActivationName,
  InitName,
  LossName,
  Normalization,
  OptimizerName,
  Task,
} from './types';

export const DEFAULTS = Object.freeze({
  /** Any fixed seed makes a document without one reproduce exactly; 1 is the simplest. */
  seed: 1,
  /**
   * A fifth held out, the usual 80/20 split: the page draws validation curves and early
   * stopping needs them. Write 0 to train on everything.
   */
  validation: 0.2,
  /** Adam forgives a poorly chosen learning rate more than SGD does: the safe first choice. */
  optimizer: 'adam' as OptimizerName,
  training: Object.freeze({
    /** Keras's default, and the contract's example: small enough to be noisy, large enough to be fast. */
    batchSize: 32,
    /** The contract's example; enough for the small generated sets to converge with Adam. */
    epochs: 50,
    /** Sets are generated or stored grouped by class; unshuffled batches would see one class. */
    shuffle: true,
    /** Off unless asked for (l1, l2 0; no schedule; no early stopping): plain training first. */
    l1: 0,
    l2: 0,
  }),
  schedules: Object.freeze({
    /** PyTorch's StepLR gamma default; step_size has none, 10 epochs is its docs' example. */
    step: Object.freeze({ stepSize: 10, gamma: 0.1 }),
    /** ExponentialLR has no default gamma; 0.95 per epoch leaves 8% of lr after 50 epochs. */
    exponential: Object.freeze({ gamma: 0.95 }),
    /** CosineAnnealingLR's eta_min default; tMax defaults to training.epochs (one half cosine per run). */
    cosine: Object.freeze({ etaMin: 0 }),
  }),
  /**
   * Each field of `training.augment` off: a document that asks for one transform gets that
   * one alone (no jitter, no shift, no rotation, no mirror; crop 1 keeps the whole image).
   * `augment` itself defaults to null, which trains as the contract does.
   */
  augment: Object.freeze({ jitter: 0, shift: 0, rotate: 0, flip: false, crop: 1 }),
  earlyStopping: Object.freeze({
    /** Validation loss on small noisy sets wobbles for a few epochs before it really turns. */
    patience: 5,
    /** Keras's and PyTorch Lightning's default: any improvement counts. */
    minDelta: 0,
  }),
  /** The contract: a dense layer is affine unless told otherwise. */
  activation: 'linear' as ActivationName,
  /** The contract (and Keras's Dense): Glorot uniform keeps the variance across layers. */
  init: 'xavier_uniform' as InitName,
  /** torch.nn.Conv2d's defaults: stride 1, no padding, a bias. */
  conv: Object.freeze({ stride: 1, padding: 0, bias: true }),
  /** The classic 2×2 pooling that halves each side (MaxPool2d's stride defaults to its size). */
  poolSize: 2,
  /** torch.nn.Dropout's p. */
  dropoutRate: 0.5,
  /** Inline data arrives as the user wrote it; scaling it is an explicit choice. */
  inlineNormalize: 'none' as Normalization,
});

/** Cross-entropy on a softmax output for classes, squared error for numbers (the contract's pairs). */
export function defaultLoss(task: Task): LossName {
  return task === 'classification' ? 'cross_entropy' : 'mse';
}
