// The training loop: minibatches, optimizer steps, metrics, schedules, early stopping.
// A Trainer is driven step by step (the page's "step" button), an epoch at a time (the
// CLI), or in slices (the worker); all three run the same `trainStep`.
import { isImage, valuesPerRow } from '../spec/layers';
import { EVALUATION_ROWS, LIMITS } from '../spec/limits';
import type { Experiment, TrainingSpec } from '../spec/types';
import { Augmenter, backgroundOf } from './augment';
import type { Dataset } from './data/dataset';
import type { Normalizer } from './data/normalize';
import type { Param } from './layers/layer';
import { matrix, rowView, type DType, type KernelChoice, type Matrix } from './matrix';
import { Model, type ModelOptions } from './model';
import { OPTIMIZERS } from './optimizers';
import type { Hyperparameters, OptimizerRule, OptimizerState } from './optimizers/optimizer';
import { importParams } from './params';
import { Rng } from './random';
import { scheduledRate } from './schedules';
import { countCorrect, targetMatrix } from './targets';
import { pulse } from './pulse';

export interface TrainingData {
  train: Dataset;
  validation: Dataset | null;
  /** The fit that normalised the inputs (prepare.ts): augmentation fills an image's border
   *  with a raw 0 normalised. Absent, the inputs are raw and the border is 0. */
  normalizer?: Pick<Normalizer, 'offset' | 'scale'>;
}

export interface Metrics {
  loss: number;
  /** Classification only. */
  accuracy: number | null;
}

export interface StepResult {
  step: number;
  /** The minibatch loss before this step's update. */
  loss: number;
  /** The loss was not finite: the update was not applied and training should stop. */
  diverged: boolean;
  /** This step finished an epoch. */
  epochDone: boolean;
}

export interface EpochResult {
  epoch: number;
  train: Metrics;
  validation: Metrics | null;
  /** Early stopping fired after this epoch. */
  earlyStop: boolean;
}

export interface TrainerOptions {
  /** float32 (the default) trains; float64 is for exact checks. */
  dtype?: DType;
  /** The dense-product kernel: WebAssembly SIMD where available (the default), or 'js'. */
  kernel?: KernelChoice;
}

/**
 * The network a run starts from: each dense layer's initial weights drawn in turn from
 * `Rng.stream(seed, 'init')`, or the document's `params` when it has them. Dropout masks
 * come from `Rng.stream(seed, 'dropout')`. The Trainer starts from it, and the PyTorch
 * export embeds it (with a capacity of 1: no pass runs there).
 */
export function initialModel(
  experiment: Experiment,
  options: Pick<ModelOptions, 'capacity' | 'dtype' | 'kernel' | 'trainingRows'>,
): Model {
  const { model: spec, seed } = experiment;
  const model = new Model(spec, {
    ...options,
    initRng: Rng.stream(seed, 'init'),
    dropoutRng: Rng.stream(seed, 'dropout'),
  });
  if (experiment.params !== null) importParams(model, experiment.params);
  return model;
}

export class Trainer {
  readonly model: Model;
  readonly rule: OptimizerRule;
  /** Hyperparameters as the user set them; the learning rate is the schedule's base. */
  readonly hyperparameters: Hyperparameters;
  /** Completed epochs and optimizer steps. */
  epoch = 0;
  step = 0;
  diverged = false;
  private readonly applied: Hyperparameters;
  /** The optimizer's state per parameter tensor (model.params' order). */
  readonly states: readonly OptimizerState[];
  private readonly order: Int32Array;
  private readonly batchX: Matrix;
  private readonly batchT: Matrix;
  /** What the loss compares outputs with, for every sample of each set. */
  readonly targets: { train: Matrix; validation: Matrix | null };
  private readonly shuffleRng: Rng;
  /** Changes each training batch when training.augment asks (never evaluation's sets). */
  private readonly augmenter: Augmenter;
  /** Reused by every step (no allocation in the step): read it before the next step. */
  private readonly result: StepResult = { step: 0, loss: 0, diverged: false, epochDone: false };
  private cursor = 0;
  private bestValidationLoss = Infinity;
  private epochsWithoutImprovement = 0;

  /** The run's settings: the experiment as given, its training part as last retuned. */
  private settings: Experiment;

  constructor(
    experiment: Experiment,
    readonly data: TrainingData,
    readonly options: TrainerOptions = {},
  ) {
    this.settings = experiment;
    const dtype = options.dtype ?? 'float32';
    const { model: spec, training, seed } = experiment;
    const train = data.train;
    const batch = Math.min(training.batchSize, train.n);
    // Evaluation passes of up to EVALUATION_ROWS rows, fewer for a model so wide that they
    // would hold more layer outputs than the limit validation holds a training batch to.
    const fitting = Math.max(1, Math.floor(LIMITS.activations / valuesPerRow(spec)));
    const evalRows = Math.min(EVALUATION_ROWS, fitting, Math.max(train.n, data.validation?.n ?? 0));
    this.model = initialModel(experiment, {
      capacity: Math.max(batch, evalRows),
      trainingRows: batch,
      dtype,
      kernel: options.kernel,
    });
    const { name, ...hyperparameters } = experiment.optimizer;
    this.rule = OPTIMIZERS[name];
    this.hyperparameters = hyperparameters;
    this.applied = { ...hyperparameters };
    this.states = this.model.params.map((p) => this.rule.init(p.value.length, dtype));
    this.order = Int32Array.from({ length: train.n }, (_, i) => i);
    this.shuffleRng = Rng.stream(seed, 'shuffle');
    const image = isImage(spec.inputs) ? spec.inputs : null;
    const background = backgroundOf(image, data.normalizer);
    this.augmenter = new Augmenter(seed, train.features, image, background);
    // Sized to the model's capacity, not the batch: a larger batch chosen mid-run still fits.
    this.batchX = matrix(dtype, this.model.capacity, train.features);
    this.batchT = matrix(dtype, this.model.capacity, this.model.outputs);
    this.targets = {
      train: targetMatrix(train, this.model.outputs, dtype),
      validation: data.validation && targetMatrix(data.validation, this.model.outputs, dtype),
    };
  }

  /**
   * Changes hyperparameters between steps (a student's slider mid-run): the next step uses
   * them, with the optimizer's state kept. The caller validates them (spec/optimizer.ts).
   */
  setHyperparameters(changes: Partial<Hyperparameters>): void {
    Object.assign(this.hyperparameters, changes);
    Object.assign(this.applied, this.hyperparameters);
  }

  /**
   * New training settings between steps (batch size, epochs, shuffling, schedule, early
   * stopping, penalties). False, and nothing changed, when the batch would not fit the
   * buffers this network was built with: the caller starts a new run then.
   */
  retune(training: TrainingSpec): boolean {
    if (Math.min(training.batchSize, this.data.train.n) > this.model.capacity) return false;
    // A new object: the experiment the run was built from (the caller's) stays as it was.
    this.settings = { ...this.settings, training: { ...training } };
    return true;
  }

  get experiment(): Experiment {
    return this.settings;
  }

  /** The learning rate the current epoch uses, after the schedule. */
  get learningRate(): number {
    return scheduledRate(this.experiment.training.schedule, this.hyperparameters.lr, this.epoch);
  }

  /** One optimizer step on the next minibatch. The result object is reused by the next step. */
  trainStep(): StepResult {
    const train = this.data.train,
      n = train.n,
      { batchSize, shuffle } = this.experiment.training;
    if (this.cursor === 0 && shuffle) this.shuffleRng.shuffle(this.order);
    const count = Math.min(batchSize, n - this.cursor);
    this.gather(count);
    const augment = this.experiment.training.augment;
    if (augment !== null) this.augmenter.apply(this.batchX, augment);
    const loss = this.model.lossAndGradient(this.batchX, this.batchT, true);
    const step = this.step + 1;
    if (!Number.isFinite(loss)) {
      this.diverged = true;
      return this.report(step, loss, true, false);
    }
    addPenalties(this.model.params, this.experiment.training);
    this.applied.lr = this.learningRate;
    const params = this.model.params;
    for (let i = 0; i < params.length; i++)
      this.rule.update(params[i].value, params[i].grad, this.states[i], this.applied, step);
    this.step = step;
    this.cursor += count;
    const epochDone = this.cursor >= n;
    if (epochDone) {
      this.cursor = 0;
      this.epoch++;
    }
    return this.report(step, loss, false, epochDone);
  }

  /** Steps to the end of the current epoch; false when the loss diverged on the way. */
  trainEpoch(onStep?: (result: StepResult) => void): boolean {
    for (;;) {
      const result = this.trainStep();
      onStep?.(result);
      if (result.diverged) return false;
      if (result.epochDone) return true;
    }
  }

  /** Metrics over the training and validation sets in evaluation mode, and early stopping. */
  endEpoch(): EpochResult {
    const train = this.evaluate('train');
    const validation = this.data.validation ? this.evaluate('validation') : null;
    let earlyStop = false;
    const rule = this.experiment.training.earlyStopping;
    if (rule !== null && validation !== null) {
      if (validation.loss < this.bestValidationLoss - rule.minDelta) {
        this.bestValidationLoss = validation.loss;
        this.epochsWithoutImprovement = 0;
      } else earlyStop = ++this.epochsWithoutImprovement >= rule.patience;
    }
    return { epoch: this.epoch, train, validation, earlyStop };
  }

  /** Mean loss and accuracy over a whole set, in evaluation mode. */
  evaluate(which: 'train' | 'validation'): Metrics {
    const ds = which === 'train' ? this.data.train : this.data.validation;
    const targets = which === 'train' ? this.targets.train : this.targets.validation;
    if (ds === null || targets === null) throw new Error(`no ${which} set`);
    return metricsOver(this.model, ds, targets);
  }

  private report(step: number, loss: number, diverged: boolean, epochDone: boolean): StepResult {
    const r = this.result;
    r.step = step;
    r.loss = loss;
    r.diverged = diverged;
    r.epochDone = epochDone;
    return r;
  }

  /** Copies the next `count` samples (in the epoch's order) into the batch buffers. */
  private gather(count: number): void {
    const { x, features } = this.data.train,
      t = this.targets.train,
      outputs = t.cols;
    const bx = this.batchX.data,
      bt = this.batchT.data;
    const td = t.data;
    for (let i = 0; i < count; i++) {
      const s = this.order[this.cursor + i];
      // Plain loops, not set(subarray(…)): a subarray is an allocation per sample.
      for (let j = 0; j < features; j++) bx[i * features + j] = x[s * features + j];
      for (let j = 0; j < outputs; j++) bt[i * outputs + j] = td[s * outputs + j];
    }
    this.batchX.rows = count;
    this.batchT.rows = count;
  }
}

/** L1 and L2 penalties on weight matrices: grad += l1·sign(w) + 2·l2·w. */
export function addPenalties(
  params: readonly Param[],
  { l1, l2 }: Pick<TrainingSpec, 'l1' | 'l2'>,
): void {
  if (l1 === 0 && l2 === 0) return;
  for (let k = 0; k < params.length; k++) {
    const p = params[k];
    if (!p.penalized) continue;
    const w = p.value,
      g = p.grad;
    for (let i = 0; i < w.length; i++) g[i] += l1 * Math.sign(w[i]) + 2 * l2 * w[i];
  }
}

/** Mean loss and accuracy of `model` over `ds`, in evaluation mode, a capacity at a time. */
export function metricsOver(model: Model, ds: Dataset, targets: Matrix): Metrics {
  const x: Matrix = { rows: ds.n, cols: ds.features, data: ds.x };
  let loss = 0,
    correct = 0;
  for (let start = 0; start < ds.n; start += model.capacity) {
    pulse();
    const rows = Math.min(model.capacity, ds.n - start);
    const out = model.forward(rowView(x, start, rows), false);
    loss += model.lossOfLastForward(rowView(targets, start, rows)) * rows;
    if (ds.labels !== null) correct += countCorrect(out, ds.labels, start);
  }
  return { loss: loss / ds.n, accuracy: ds.labels === null ? null : correct / ds.n };
}
