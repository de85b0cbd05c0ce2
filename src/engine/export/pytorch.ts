// "Export as PyTorch": a self-contained Python script that rebuilds an experiment in
// PyTorch (the same data, network, initial weights, loss, optimizer, schedule and
// minibatch order) and trains it, printing the JSON lines `cli train --log-steps` prints.
// Our optimizers follow torch.optim's rules, so its first losses match ours to float32
// rounding; tests/cli/pytorch.test.ts runs the script against the CLI.
//
// Pure: no DOM, no file system. The CLI and the training worker both call it.
import { DATASETS } from '../data';
import type { Dataset } from '../data/dataset';
import type { PreparedData } from '../prepare';
import { isImage, kindOf, shapeText, type Shape } from '../../spec/layers';
import { OPTIMIZERS } from '../optimizers';
import type { Experiment, GeneratedDataSpec } from '../../spec/types';
import { comment, float32Rows, floatLiteral, intList, jsonComment } from './python';
import { PYTHON_RNG } from './pythonRng';
import { augmentLines, augments, PYTHON_RNG_NORMAL } from './pytorchAugment';
import { BATCHNORM_CLASS, MEASURE, mainLines } from './pytorchLoop';
import { initialStateDict, sequentialLines, torchNetwork } from './pytorchModel';
import { lossLines, optimizerLines, penaltyLines, schedulerLines } from './pytorchTraining';

/** The script for `experiment` trained on `data` (prepared from it: split and normalised). */
export function exportPyTorch(experiment: Experiment, data: PreparedData): string {
  const { training, seed } = experiment;
  const hasBatchNorm = experiment.model.layers.some((l) => l.type === 'batchnorm');
  const n = data.train.n;
  const lastBatch = ((n - 1) % Math.min(training.batchSize, n)) + 1;
  const oneSampleBatch = hasBatchNorm && lastBatch === 1;
  const network = torchNetwork(experiment, oneSampleBatch ? 'BatchNorm1d' : 'nn.BatchNorm1d');
  const validation = data.validation;
  const stopping = validation !== null ? training.earlyStopping : null;
  const penalties = penaltyLines(experiment, network);
  const scheduler = schedulerLines(training.schedule);
  const augmented = augments(experiment);
  const normals = augmented && (training.augment?.jitter ?? 0) > 0;
  const lines = [
    ...header(experiment),
    '',
    'import json',
    'import math',
    'from collections import OrderedDict',
    '',
    'import torch',
    'from torch import nn',
    '',
    `SEED = ${seed}`,
    `EPOCHS = ${training.epochs}`,
    `BATCH_SIZE = ${training.batchSize}  # the last batch of an epoch may be smaller; it is kept`,
    `SHUFFLE = ${training.shuffle ? 'True' : 'False'}  # a new order every epoch from Rng.stream(SEED, "shuffle")`,
    'LOG_STEPS = True  # a {"step", "loss"} line per optimizer step, as cli train --log-steps',
    ...(stopping
      ? [`PATIENCE = ${stopping.patience}`, `MIN_DELTA = ${floatLiteral(stopping.minDelta)}`]
      : []),
    '',
    ...comment(
      "Dropout masks come from torch's own generator, seeded here: they differ from Descent's, so a run with dropout matches Descent's only in distribution, not step by step.",
    ),
    'torch.manual_seed(SEED)',
    '',
    ...section('Data'),
    ...dataLines(experiment, data),
    '',
    ...section('Minibatch order'),
    ...comment(
      'Descent\'s random generator, ported so that Rng.stream(SEED, "shuffle") orders the minibatches exactly as Descent does' +
        (augmented ? ', and the augmentation below draws what Descent draws.' : '.'),
    ),
    (PYTHON_RNG + (normals ? PYTHON_RNG_NORMAL : '')).trimEnd(),
    '',
    ...(augmented ? [...section('Augmentation'), ...augmentLines(experiment, data), ''] : []),
    ...section('Network'),
    ...comment(
      "Descent's dense layer computes x·W + b with W of shape [inputs][units]; nn.Linear keeps its weight as [units][inputs], so the weights below are Descent's W transposed." +
        (network.fused === null
          ? ''
          : ` The output ${network.fused} is left out: the loss takes the logits (as Descent's fused loss does), and accuracy reads them.`),
    ),
    ...biasBeforeBatchNorm(experiment),
    ...(oneSampleBatch ? BATCHNORM_CLASS : []),
    ...sequentialLines(network),
    '',
    ...comment(
      experiment.params === null
        ? `The initial parameters Descent drew for seed ${seed} (Rng.stream(${seed}, "init"), layer by layer, biases at 0), in state-dict form.`
        : "The initial parameters given in the experiment's params, in state-dict form.",
    ),
    `INITIAL = ${initialStateDict(experiment, network)}`,
    'model.load_state_dict({name: torch.tensor(value) for name, value in INITIAL.items()})',
    '',
    ...section('Training'),
    ...lossLines(experiment, network),
    ...penalties,
    '',
    '',
    ...optimizerLines(experiment.optimizer),
    ...scheduler,
    '',
    '',
    ...MEASURE,
    '',
    '',
    ...mainLines(validation !== null, data.train.labels !== null, {
      penalty: penalties.length > 0,
      scheduler: scheduler.length > 0,
      stopping: stopping !== null,
      augment: augmented,
    }),
    '',
    '',
    'if __name__ == "__main__":',
    '    main()',
  ];
  return `${lines.join('\n')}\n`;
}

function header(experiment: Experiment): string[] {
  const { data: _data, params: _params, ...rest } = experiment;
  const data =
    experiment.data.kind === 'inline'
      ? { ...experiment.data, x: '(below)', y: '(below)' }
      : experiment.data;
  const document = { ...rest, data, ...(experiment.params ? { params: '(below)' } : {}) };
  return [
    '#!/usr/bin/env python3',
    ...comment(
      [
        `A Descent experiment as a PyTorch script, generated by Descent's "Export as PyTorch" from this experiment: ${describeNetwork(experiment)}, ${experiment.optimizer.name}, ${experiment.training.epochs} epochs.`,
        '',
        'It rebuilds the same data (embedded below), network, initial weights, loss, optimizer, learning-rate schedule and minibatch order, then trains, printing what `cli train FILE.json --log-steps` prints: a {"step", "loss"} line per optimizer step (the minibatch loss before its update) and an {"epoch", "loss", "accuracy", "valLoss", "valAccuracy"} line per epoch (over the whole sets, in evaluation mode).',
        '',
        'Run it with: python3 script.py (PyTorch 1.13 or later).',
        '',
        "Float32 throughout, as in Descent, but the sums run in another order: the numbers agree with Descent's to about 1e-4 (about 1e-6 at first), not bit for bit, and drift apart slowly as training goes on.",
      ].join('\n'),
    ),
    jsonComment('Experiment', document),
  ];
}

/** "64 inputs", or "1 × 8 × 8 images". */
function inputsText(inputs: Shape): string {
  return isImage(inputs) ? `${shapeText(inputs)} images` : `${inputs} inputs`;
}

function describeNetwork(experiment: Experiment): string {
  const parts = experiment.model.layers.map((l) => kindOf(l).summary(l));
  return (
    [inputsText(experiment.model.inputs), ...parts].join(' -> ') + `, ${experiment.model.loss} loss`
  );
}

/**
 * A dense layer's bias right before batch norm is subtracted again by it: its gradient is
 * only rounding noise, which an adaptive optimizer turns into full-size steps, different in
 * Descent and in PyTorch. Training losses are unaffected; the running mean, and with it the
 * evaluation metrics, drift apart. Said in the script where it happens.
 */
function biasBeforeBatchNorm(experiment: Experiment): string[] {
  const layers = experiment.model.layers;
  const names = layers.flatMap((l, i) =>
    l.type === 'dense' && l.activation === 'linear' && layers[i + 1]?.type === 'batchnorm'
      ? [`dense${i + 1}`]
      : [],
  );
  // An optimizer that divides by the gradient's running size (its second moment) takes a
  // step of about lr whatever the gradient's size: rounding noise included.
  const adaptive = OPTIMIZERS[experiment.optimizer.name].moments.second !== undefined;
  if (names.length === 0 || !adaptive) return [];
  return comment(
    `Not step by step: the bias of ${names.join(' and ')} feeds batch norm, which subtracts it again, so its gradient is only rounding noise, which ${experiment.optimizer.name} turns into full-size steps. That noise differs between Descent and PyTorch, so the bias and the batch norm's running mean drift apart: the training losses still match, the evaluation metrics only roughly.`,
  );
}

function section(title: string): string[] {
  return ['', `# ${'-'.repeat(88)}`, `# ${title}`, `# ${'-'.repeat(88)}`, ''];
}

/** The prepared sets, as the engine trains on them, with how they were made. */
function dataLines(experiment: Experiment, data: PreparedData): string[] {
  const { data: spec, seed } = experiment;
  const all = data.train.n + (data.validation?.n ?? 0);
  const source =
    spec.kind === 'inline'
      ? `the ${all} samples written into the experiment (inline)`
      : `Descent's "${spec.kind}" data (${generatorOptions(spec as GeneratedDataSpec)}) drawn with Rng.stream(${seed}, "data")`;
  const split =
    data.validation === null
      ? 'all of them train (validation 0)'
      : `${data.validation.n} of them (validation ${experiment.validation}) held out after a permutation by Rng.stream(${seed}, "split"), leaving ${data.train.n} to train on`;
  const { mode, offset, scale } = data.normalizer;
  const round = (v: number) => String(Number(v.toPrecision(7)));
  const normalize =
    mode === 'none'
      ? 'Inputs are used as they are (normalize "none").'
      : `Inputs are normalised (normalize "${mode}", fitted on the training part): x = (raw - offset) / scale per feature, with offset (${mode === 'standardize' ? 'mean' : 'minimum'}) [${offset.map(round).join(', ')}] and scale (${mode === 'standardize' ? 'population std' : 'maximum - minimum'}) [${scale.map(round).join(', ')}].`;
  return [
    ...comment(
      `The data exactly as Descent trains on it: ${source}; ${split}. ${normalize} Values are float32, written with the fewest digits that read back to the same float32.`,
    ),
    ...setLines('TRAIN', data.train),
    ...(data.validation ? setLines('VAL', data.validation) : []),
  ];
}

/** The options the set takes, as the document gives them: "samples 400, noise 0.05". */
function generatorOptions(spec: GeneratedDataSpec): string {
  return DATASETS[spec.kind].options.map((o) => `${o} ${spec[o]}`).join(', ');
}

function setLines(name: string, ds: Dataset): string[] {
  const lines = [
    `X_${name} = ${float32Rows(ds.x, ds.n, ds.features)}  # ${ds.n} samples x ${ds.features} inputs`,
  ];
  if (ds.labels !== null) lines.push(`LABELS_${name} = ${intList(ds.labels)}  # class indices`);
  else lines.push(`Y_${name} = ${float32Rows(ds.targets!, ds.n, ds.targetDims)}  # targets`);
  return lines;
}
