// "Export as PyTorch" end to end, with real processes: `cli export-pytorch` writes the
// script, Debian's python3-torch runs it (scripts/ensure-python.sh installs it before the
// tests), `cli train --log-steps` trains the same document, and the two must agree: the
// first 20 step losses to 1e-3 relative (a conv net's to 1e-5), the first epoch's metrics
// too, the same lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Augmenter, backgroundOf } from '../../src/engine/augment';
import { prepareData } from '../../src/engine/prepare';
import { Rng } from '../../src/engine/random';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { parseExperiment } from '../../src/spec';
import type { ImageShape } from '../../src/spec/layers';
import { cli, cliText, file } from './run';

/** Debian's interpreter: a pyenv `python3` earlier on PATH lacks Debian's dist-packages. */
const PYTHON = process.env.DESCENT_PYTHON ?? '/usr/bin/python3';
/** Importing torch alone takes seconds on a small machine. */
const TIMEOUT = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'descent-pytorch-'));

type Line = Record<string, unknown>;

function python(args: string[]): Line[] {
  const r = spawnSync(PYTHON, args, { encoding: 'utf8', timeout: TIMEOUT });
  if (r.status !== 0) throw new Error(`${PYTHON} failed (${r.status}): ${r.stderr || r.error}`);
  return r.stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Line);
}

/** The exported script for `document`, written to a file. */
function exportScript(document: object, name: string): string {
  const r = cliText(['export-pytorch', file(document)]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const path = join(dir, `${name}.py`);
  writeFileSync(path, r.stdout);
  return path;
}

function relative(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);
}

const dense = (units: number, activation = 'linear') => ({ type: 'dense', units, activation });

const CONV = 'digits as images, conv net with batch norm and both poolings, Adam';

const AUGMENTED_IMAGES =
  'fashion_mnist standardised, shifted, rotated, mirrored and cropped, conv net, Adam';
// 300 images (240 to train, 8 steps an epoch): standardised, so the border a shift brings
// in is not 0.
const AUGMENTED_FASHION = {
  seed: 6,
  data: { kind: 'fashion_mnist', samples: 300, normalize: 'standardize' },
  model: {
    layers: [
      { type: 'conv2d', filters: 4, kernelSize: 5, stride: 2, activation: 'relu' },
      { type: 'maxpool2d' },
      dense(10, 'softmax'),
    ],
  },
  optimizer: { name: 'adam', lr: 0.005 },
  training: {
    batchSize: 32,
    epochs: 3,
    augment: { shift: 2, rotate: 15, flip: true, crop: 0.8 },
  },
};

const EXPERIMENTS: Record<string, object> = {
  'spiral 2-16-16-3 relu, Adam': {
    seed: 7,
    data: { kind: 'spiral', samples: 300, noise: 0.1, classes: 3 },
    model: { layers: [dense(16, 'relu'), dense(16, 'relu'), dense(3, 'softmax')] },
    optimizer: { name: 'adam', lr: 0.01 },
    training: { batchSize: 32, epochs: 4 },
  },
  'circle, BCE, SGD Nesterov with weight decay, L2, step schedule': {
    seed: 11,
    data: { kind: 'circle', samples: 400 },
    model: { layers: [dense(8, 'tanh'), dense(1, 'sigmoid')], loss: 'bce' },
    optimizer: { name: 'nesterov', lr: 0.1, weightDecay: 0.001 },
    training: { epochs: 3, l2: 0.01, schedule: { name: 'step', stepSize: 1, gamma: 0.5 } },
  },
  'plane regression, MSE, RMSprop with momentum, ELU and GELU, exponential schedule': {
    seed: 5,
    data: { kind: 'plane', samples: 300 },
    validation: 0.25,
    model: { layers: [{ ...dense(12, 'elu'), init: 'he_normal' }, dense(12, 'gelu'), dense(1)] },
    optimizer: { name: 'rmsprop', lr: 0.005, alpha: 0.9, momentum: 0.5 },
    training: { batchSize: 20, epochs: 3, schedule: { name: 'exponential', gamma: 0.9 } },
  },
  // 150 samples, 30 held out: batches of 17 leave a last batch of one sample.
  'iris, batch norm, AdamW, L1, cosine schedule, early stopping': {
    seed: 3,
    data: { kind: 'iris' },
    model: { layers: [dense(10, 'relu'), { type: 'batchnorm' }, dense(3, 'softmax')] },
    optimizer: { name: 'adamw', lr: 0.01, weightDecay: 0.05 },
    training: {
      batchSize: 17,
      epochs: 30,
      l1: 0.001,
      schedule: { name: 'cosine', tMax: 10 },
      earlyStopping: { patience: 2, minDelta: 0 },
    },
  },
  'xor, MSE on a softmax (one-hot targets), Adagrad, no shuffling, no validation': {
    seed: 9,
    data: { kind: 'xor', samples: 200 },
    validation: 0,
    model: { layers: [dense(6, 'sigmoid'), dense(2, 'softmax')], loss: 'mse' },
    optimizer: { name: 'adagrad', lr: 0.1 },
    training: { batchSize: 30, epochs: 3, shuffle: false },
  },
  'sine regression, Adadelta, leaky ReLU and tanh': {
    seed: 2,
    data: { kind: 'sine', samples: 200 },
    validation: 0.1,
    model: { layers: [dense(10, 'leaky_relu'), dense(10, 'tanh'), dense(1)] },
    optimizer: { name: 'adadelta' },
    training: { batchSize: 16, epochs: 3 },
  },
  // ρₜ passes 5 at step 6 with the default β₂: the first 20 steps hold both of RAdam's rules.
  'moons, RAdam with weight decay': {
    seed: 4,
    data: { kind: 'moons', samples: 300 },
    model: { layers: [dense(12, 'relu'), dense(2, 'softmax')] },
    optimizer: { name: 'radam', lr: 0.01, weightDecay: 0.01 },
    training: { batchSize: 16, epochs: 2 },
  },
  // Conv2d (padding, a rectangular kernel, no bias), BatchNorm2d, both poolings, flatten.
  [CONV]: {
    seed: 3,
    data: { kind: 'digits' },
    model: {
      layers: [
        { type: 'conv2d', filters: 4, kernelSize: 3, padding: 1, activation: 'relu' },
        { type: 'batchnorm' },
        { type: 'maxpool2d' },
        { type: 'conv2d', filters: 6, kernelSize: [3, 2], bias: false, init: 'he_normal' },
        { type: 'activation', activation: 'tanh' },
        { type: 'avgpool2d', size: 2, stride: 1 },
        { type: 'flatten' },
        dense(10, 'softmax'),
      ],
    },
    optimizer: { name: 'adam', lr: 0.01 },
    training: { batchSize: 32, epochs: 2 },
  },
  // Augmentation (extension): the script draws from the same streams in the same order.
  'spiral with Gaussian jitter on every training batch': {
    seed: 8,
    data: { kind: 'spiral', samples: 300, noise: 0.05, classes: 3 },
    model: { layers: [dense(16, 'relu'), dense(3, 'softmax')] },
    optimizer: { name: 'adam', lr: 0.01 },
    training: { batchSize: 32, epochs: 3, augment: { jitter: 0.2 } },
  },
  [AUGMENTED_IMAGES]: AUGMENTED_FASHION,
};

/** The bar for convolutions: the first 20 step losses within 1e-5 (relative). */
const TOLERANCE: Record<string, number> = { [CONV]: 1e-5, [AUGMENTED_IMAGES]: 1e-5 };

describe('cli export-pytorch', () => {
  it('refuses a bad document with one line naming the field, and prints nothing', () => {
    const bad = { version: 1, data: { kind: 'circle' }, model: { layers: [dense(-1)] } };
    const r = cli(['export-pytorch', file(bad)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: model.layers[0].units must be a positive integer (got -1)\n');
    const other = cli(['export-pytorch', file({ version: 1, kind: 'trajectory' })]);
    expect(other.stderr).toBe('error: kind is "trajectory" but the command is export-pytorch\n');
  });

  for (const [name, body] of Object.entries(EXPERIMENTS)) {
    it(
      `the script trains as cli train does: ${name}`,
      () => {
        const document = { version: 1, kind: 'train', ...body };
        const script = exportScript(document, name.replace(/\W+/g, '-'));
        const torch = python([script]);
        const ours = cli(['train', file(document), '--log-steps']);
        expect(ours.status).toBe(0);
        // The same lines in the same order: steps per epoch, epochs, early stopping.
        const shape = (lines: Line[]) => lines.map((l) => Object.keys(l).join(','));
        expect(shape(torch)).toEqual(shape(ours.lines));

        const steps = (lines: Line[]) => lines.filter((l) => 'step' in l).slice(0, 20);
        const [a, b] = [steps(torch), steps(ours.lines)];
        expect(a).toHaveLength(20);
        const worst = Math.max(...a.map((l, i) => relative(l.loss as number, b[i].loss as number)));
        expect(worst).toBeLessThan(TOLERANCE[name] ?? 1e-3);

        const first = (lines: Line[]) => lines.find((l) => 'epoch' in l)!;
        const [e, f] = [first(torch), first(ours.lines)];
        for (const key of ['loss', 'valLoss']) {
          if (key in f) expect(relative(e[key] as number, f[key] as number)).toBeLessThan(1e-3);
        }
        // The same predictions: no sample sits within float32 rounding of a boundary here.
        for (const key of ['accuracy', 'valAccuracy']) if (key in f) expect(e[key]).toBe(f[key]);
      },
      TIMEOUT,
    );
  }

  it(
    "the script's Rng gives the engine's numbers and shuffles, epoch after epoch",
    () => {
      const script = exportScript(
        {
          version: 1,
          ...EXPERIMENTS[
            'xor, MSE on a softmax (one-hot targets), Adagrad, no shuffling, no validation'
          ],
        },
        'rng',
      );
      const seeds = [0, 7, 2 ** 32 - 1];
      const sizes = [2, 90, 1000];
      const code = [
        'import importlib.util, json, sys',
        'spec = importlib.util.spec_from_file_location("exported", sys.argv[1])',
        'm = importlib.util.module_from_spec(spec)',
        'spec.loader.exec_module(m)  # builds the model; main() runs only as a script',
        `for seed in ${JSON.stringify(seeds)}:`,
        '    raw = m.Rng(seed)',
        '    print(json.dumps([raw.uint32() for _ in range(5)]))',
        `    for n in ${JSON.stringify(sizes)}:`,
        '        rng, order = m.Rng.stream(seed, "shuffle"), list(range(n))',
        '        for epoch in range(3):',
        '            rng.shuffle(order)',
        '            print(json.dumps(order))',
      ].join('\n');
      const printed = python(['-c', code, script]) as unknown as number[][];
      const expected: number[][] = [];
      for (const seed of seeds) {
        const raw = new Rng(seed);
        expected.push(Array.from({ length: 5 }, () => raw.uint32()));
        for (const n of sizes) {
          const rng = Rng.stream(seed, 'shuffle');
          const order = Array.from({ length: n }, (_, i) => i);
          for (let epoch = 0; epoch < 3; epoch++) {
            rng.shuffle(order);
            expected.push([...order]);
          }
        }
      }
      expect(printed).toEqual(expected);
    },
    TIMEOUT,
  );

  it(
    "the script's augment() changes a batch as the engine's Augmenter does, image maps and jitter",
    async () => {
      const document = {
        version: 1,
        ...AUGMENTED_FASHION,
        training: {
          ...AUGMENTED_FASHION.training,
          augment: { ...AUGMENTED_FASHION.training.augment, jitter: 0.1 },
        },
      };
      const script = exportScript(document, 'augment');
      const code = [
        'import importlib.util, json, sys',
        'spec = importlib.util.spec_from_file_location("exported", sys.argv[1])',
        'm = importlib.util.module_from_spec(spec)',
        'spec.loader.exec_module(m)',
        'x = m.torch.tensor(m.X_TRAIN[:16], dtype=m.torch.float32)',
        'maps, noise = m.Rng.stream(m.SEED, "augment"), m.Rng.stream(m.SEED, "augment-jitter")',
        'for _ in range(2):  # the streams run on from batch to batch',
        '    print(json.dumps(m.augment(x, maps, noise).flatten().tolist()))',
      ].join('\n');
      const printed = python(['-c', code, script]) as unknown as number[][];
      const experiment = parseExperiment(document);
      const data = await prepareData(experiment, readDatasetFile);
      const image = experiment.model.inputs as ImageShape;
      const augmenter = new Augmenter(
        experiment.seed,
        data.train.features,
        image,
        backgroundOf(image, data.normalizer),
      );
      const rows = data.train.x.subarray(0, 16 * data.train.features);
      for (const batch of printed) {
        const ours = { rows: 16, cols: data.train.features, data: Float32Array.from(rows) };
        augmenter.apply(ours, experiment.training.augment!);
        expect(batch).toHaveLength(ours.data.length);
        // float32 either way; Python's sin, cos and log may differ from ours in a double's
        // last bit, so allow a float32 rounding step, no more.
        const worst = Math.max(...batch.map((v, i) => Math.abs(v - ours.data[i])));
        expect(worst).toBeLessThan(1e-6);
        expect(batch).not.toEqual(Array.from(rows)); // it did change the batch
      }
    },
    TIMEOUT,
  );
});
