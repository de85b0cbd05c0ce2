// The experiment document after validation: every field present, defaults filled in.
// `../shared/spec/experiment-format.md` is the contract; fields marked "(extension)" are
// additions of ours that keep every older file meaning what it meant. The names of
// optimizers, activations, initializers, losses, schedules and data sets are the keys of
// their catalogs (./catalog), so a new row there is a new name here.
import type { ActivationName } from './catalog/activations';
import type { InitName } from './catalog/initializers';
import type { LossName } from './catalog/losses';
import type { Hyperparameters, OptimizerName } from './catalog/optimizers';
import type { Shape } from './layers/shape';

export type { ActivationName, InitName, LossName, OptimizerName };

export type Task = 'classification' | 'regression';

/** An initializer with its options; `std` only for `normal`, `limit` only for `uniform`. */
export interface InitSpec {
  name: InitName;
  std?: number;
  limit?: number;
}

export interface DenseSpec {
  type: 'dense';
  units: number;
  activation: ActivationName;
  init: InitSpec;
  /**
   * False: no b (as before batch norm). Resolved documents hold it only when false, so a
   * document written before it existed resolves to what it did.
   */
  bias?: false;
}
/** A 2-D convolution as torch.nn.Conv2d (the contract's "Images and convolution"). */
export interface Conv2dSpec {
  type: 'conv2d';
  filters: number;
  /** [kh, kw]; the document may give one number for a square kernel. */
  kernelSize: [number, number];
  stride: number;
  padding: number;
  activation: ActivationName;
  init: InitSpec;
  bias: boolean;
}
/** Max or average pooling as torch.nn.MaxPool2d / AvgPool2d, without padding. */
export interface Pool2dSpec<T extends 'maxpool2d' | 'avgpool2d' = 'maxpool2d' | 'avgpool2d'> {
  type: T;
  size: number;
  stride: number;
}
export type MaxPool2dSpec = Pool2dSpec<'maxpool2d'>;
export type AvgPool2dSpec = Pool2dSpec<'avgpool2d'>;
export interface FlattenSpec {
  type: 'flatten';
}
export interface ActivationLayerSpec {
  type: 'activation';
  activation: ActivationName;
}
export interface BatchNormSpec {
  type: 'batchnorm';
}
export interface DropoutSpec {
  type: 'dropout';
  rate: number;
}
export type LayerSpec =
  | DenseSpec
  | Conv2dSpec
  | MaxPool2dSpec
  | AvgPool2dSpec
  | FlattenSpec
  | ActivationLayerSpec
  | BatchNormSpec
  | DropoutSpec;
export type LayerType = LayerSpec['type'];

export interface ModelSpec {
  /** Features, or an image [C, H, W] (spec/layers/shape.ts). */
  inputs: Shape;
  layers: LayerSpec[];
  loss: LossName;
}

/**
 * Hyperparameters of every optimizer, by the contract's field names. After validation all
 * fields of the named optimizer are present (defaults filled in) and no others.
 */
export type OptimizerSpec = { name: OptimizerName; lr: number } & Omit<Hyperparameters, 'lr'>;

export type Normalization = 'none' | 'standardize' | 'minmax';

/**
 * Data: a built-in generator or real set by name, or inline samples.
 *
 * A built-in set holds all three generator options after validation, also those it does
 * not take (its row's `options`): those carry the set's own values (iris: noise 0, classes
 * 3; circle: classes 2), and on input they are accepted only when equal to those values.
 */
export interface GeneratedDataSpec {
  kind: string; // a name in the data-set catalog (catalog/datasets.ts)
  samples: number;
  noise: number;
  classes: number;
  normalize: Normalization; // (extension)
}
export interface InlineDataSpec {
  kind: 'inline';
  task: Task;
  x: number[][];
  y: number[] | number[][];
  normalize: Normalization; // (extension)
  /** Classification: a name per class, in index order (extension; default "0", "1", …). */
  classNames?: string[];
  /** Image data: each row of x is one [C, H, W] image, in channel, row, column order. */
  shape?: [number, number, number];
}
export type DataSpec = GeneratedDataSpec | InlineDataSpec;

/** Learning-rate schedules, stepped once per epoch as PyTorch's lr_scheduler classes are. (extension) */
export type ScheduleSpec =
  | { name: 'constant' }
  | { name: 'step'; stepSize: number; gamma: number } // StepLR
  | { name: 'exponential'; gamma: number } // ExponentialLR
  | { name: 'cosine'; tMax: number; etaMin: number }; // CosineAnnealingLR

export interface EarlyStoppingSpec {
  patience: number; // epochs without improvement of the validation loss before stopping
  minDelta: number; // an improvement smaller than this does not count
}

/**
 * Random changes to each training minibatch (extension; spec/augment.ts). After validation
 * every field is present; the image transforms are off (0, false, 1) for other data.
 */
export interface AugmentSpec {
  jitter: number; // σ of Gaussian noise on every input, in the units the network sees
  shift: number; // images: a whole number of pixels, each axis uniform in [−shift, shift]
  rotate: number; // images: degrees, uniform in [−rotate, rotate] about the centre
  flip: boolean; // images: a left–right mirror with probability ½
  crop: number; // images: the smallest share of each side kept, zoomed back; 1 = off
}

export interface TrainingSpec {
  batchSize: number;
  epochs: number;
  shuffle: boolean;
  schedule: ScheduleSpec; // (extension)
  earlyStopping: EarlyStoppingSpec | null; // (extension)
  l1: number; // (extension) penalty on dense weights (not biases), added to the gradient
  l2: number; // (extension)
  augment: AugmentSpec | null; // (extension) null: every minibatch as the data holds it
}

/** A dense layer's entry of `params`: W is [inputs][units]; no `b` without a bias. */
export interface DenseParams {
  W: number[][];
  b?: number[];
}
/** A convolution's entry: W in PyTorch's layout [F][C][kh][kw]; no `b` without a bias. */
export interface ConvParams {
  W: number[][][][];
  b?: number[];
}
/** A batch norm's entry; the running statistics are optional on input. */
export interface BatchNormParams {
  gamma: number[];
  beta: number[];
  runningMean?: number[];
  runningVar?: number[];
}
/** The entry of a layer without parameters. */
export type NoParams = Record<string, never>;

/** One layer's parameters in the contract's `params` layout. */
export type LayerParams = DenseParams | ConvParams | BatchNormParams | NoParams;

/** The entry a layer of type S has. */
export type ParamsOf<S extends LayerSpec> = S extends DenseSpec
  ? DenseParams
  : S extends Conv2dSpec
    ? ConvParams
    : S extends BatchNormSpec
      ? BatchNormParams
      : NoParams;

export interface Experiment {
  version: 1;
  kind: 'train';
  seed: number;
  data: DataSpec;
  validation: number;
  model: ModelSpec;
  optimizer: OptimizerSpec;
  training: TrainingSpec;
  params: LayerParams[] | null;
}

export type SurfaceName = string; // a name in catalog/surfaces.ts, or 'custom'

export interface TrajectorySpec {
  version: 1;
  kind: 'trajectory';
  surface: SurfaceName;
  /** Extension: the formula f(x, y) of the 'custom' surface (absent otherwise). */
  expression?: string;
  start: [number, number];
  steps: number;
  optimizers: OptimizerSpec[];
  /** Extension: standard deviation of Gaussian noise added to each gradient component. */
  gradientNoise: number;
  /** Extension: seeds that noise; every racer sees the same noise sequence. */
  seed: number;
}

/**
 * The settings a compare document varies and a search trial samples (extension), each
 * with its resolved value: spec/variants.ts applies them to an experiment.
 */
export interface SettingValues {
  optimizer: OptimizerSpec;
  lr: number;
  weightDecay: number;
  momentum: number;
  l2: number;
  initializer: InitSpec;
  activation: ActivationName;
  batchSize: number;
  batchNorm: boolean;
  dropout: number;
  seed: number;
  /** The architecture: these change the layers' shapes, so a variant drops `params`. */
  hiddenLayers: number;
  /** Every hidden dense layer's units. */
  units: number;
  /** Every conv2d layer's filters. */
  filters: number;
  /** The whole network: its layers, in order (the loss stays the experiment's). */
  layers: LayerSpec[];
  /** `training.augment`: null for none (an object that changes nothing reads as null). */
  augment: AugmentSpec | null;
}
export type SettingName = keyof SettingValues;

/** What a compare document may vary (extension). */
export type VaryName = Exclude<SettingName, 'momentum' | 'l2'>;

/** Runs that differ in one setting, the rest being `experiment` (extension). */
export type CompareSpec = {
  version: 1;
  kind: 'compare';
  experiment: Experiment;
} & { [K in VaryName]: { vary: K; values: SettingValues[K][] } }[VaryName];

/** What a search samples (extension): not whole networks nor augmentation, compare only. */
export type SearchParameter = Exclude<SettingName, 'batchNorm' | 'seed' | 'layers' | 'augment'>;

/** A number drawn between min and max: uniformly, or uniformly in its logarithm. */
export interface NumberRange {
  min: number;
  max: number;
  scale: 'linear' | 'log';
}
/** One of `values`, each as likely. */
export interface ChoiceRange<T> {
  values: T[];
}

export interface SearchRanges {
  lr?: NumberRange;
  weightDecay?: NumberRange;
  l2?: NumberRange;
  momentum?: NumberRange;
  dropout?: NumberRange;
  /** An integer range (min and max included), or a choice; so are the three below. */
  batchSize?: NumberRange | ChoiceRange<number>;
  optimizer?: ChoiceRange<OptimizerSpec>;
  activation?: ChoiceRange<ActivationName>;
  initializer?: ChoiceRange<InitSpec>;
  hiddenLayers?: NumberRange | ChoiceRange<number>;
  units?: NumberRange | ChoiceRange<number>;
  filters?: NumberRange | ChoiceRange<number>;
}

/** The settings of one search trial: one value per range of the search. */
export type TrialParams = Partial<Pick<SettingValues, SearchParameter>>;

/** Random hyperparameter search over `experiment` (extension). */
export interface SearchSpec {
  version: 1;
  kind: 'search';
  experiment: Experiment;
  trials: number;
  /** Epochs per trial, in place of the experiment's own. */
  epochs: number;
  /** Seeds the sampling of the trials. */
  seed: number;
  /** The fraction of the data held out for the one final test, before the validation split. */
  test: number;
  ranges: SearchRanges;
}
