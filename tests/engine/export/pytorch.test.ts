// The PyTorch export, read as text (no Python here: tests/cli/pytorch.test.ts runs the
// scripts). What it embeds must be exactly what the engine trains on and starts from.
import { describe, expect, it } from 'vitest';
import { backgroundOf } from '../../../src/engine/augment';
import { exportPyTorch } from '../../../src/engine/export/pytorch';
import { float32Literal, floatLiteral } from '../../../src/engine/export/python';
import { exportParams } from '../../../src/engine/params';
import { prepareData } from '../../../src/engine/prepare';
import { Rng } from '../../../src/engine/random';
import { Trainer } from '../../../src/engine/train';
import { parseExperiment } from '../../../src/spec';
import type { Experiment } from '../../../src/spec/types';

const noFiles = () => Promise.reject(new Error('generated data only'));

async function exported(document: unknown): Promise<{ experiment: Experiment; script: string }> {
  const experiment = parseExperiment(document);
  return { experiment, script: exportPyTorch(experiment, await prepareData(experiment, noFiles)) };
}

/** A literal `NAME = …` of the script, read back as JSON (the exporter keeps them JSON). */
function literal(script: string, name: string): unknown {
  const lines = script.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${name} = `));
  if (start < 0) throw new Error(`no ${name} in the script`);
  const end = lines.findIndex((l, i) => i > start && /^[\]}]/.test(l));
  const text = [lines[start].slice(name.length + 3), ...lines.slice(start + 1, end + 1)]
    .join('\n')
    .replace(/\s+#.*$/, '');
  return JSON.parse(text);
}

/** Every number in a JSON value rounded to float32, as torch.tensor(…) stores it. */
function float32s(value: unknown): unknown {
  if (typeof value === 'number') return Math.fround(value);
  if (Array.isArray(value)) return value.map(float32s);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, float32s(v)]));
  }
  return value;
}

const SPIRAL = {
  version: 1,
  seed: 7,
  data: { kind: 'spiral', samples: 120, noise: 0.1, classes: 3 },
  validation: 0.25,
  model: {
    layers: [
      { type: 'dense', units: 8, activation: 'relu', init: 'he_uniform' },
      { type: 'batchnorm' },
      { type: 'dropout', rate: 0.2 },
      { type: 'dense', units: 3, activation: 'softmax' },
    ],
  },
  optimizer: { name: 'adam', lr: 0.01 },
  training: { batchSize: 32, epochs: 3 },
};

describe('float32Literal', () => {
  it('writes the fewest digits that read back (text → double → float32) to the same float32', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 2000; i++) {
      const x = Math.fround(rng.normal() * 10 ** rng.int(20) * 10 ** -rng.int(20));
      const text = float32Literal(x);
      expect(Math.fround(Number(text))).toBe(x);
      const digits = text
        .replace(/^-|e.*$/g, '')
        .replace('.', '')
        .replace(/^0+/, '').length;
      if (digits > 1 && !Number.isInteger(x))
        expect(Math.fround(Number(x.toPrecision(digits - 1)))).not.toBe(x);
    }
  });

  it('keeps the usual cases readable', () => {
    expect(float32Literal(Math.fround(0.1))).toBe('0.1');
    expect(float32Literal(Math.fround(1 / 3))).toBe('0.33333334');
    expect(float32Literal(0)).toBe('0');
    expect(float32Literal(-0)).toBe('-0.0');
    expect(float32Literal(-3)).toBe('-3');
    expect(float32Literal(Math.fround(2e-7))).toBe('2e-7');
    expect(float32Literal(2 ** -149)).toBe('1e-45'); // the smallest subnormal float32
    expect(float32Literal(Math.fround(3.4e38))).toBe('3.4e+38');
    expect(floatLiteral(0.01)).toBe('0.01');
    expect(floatLiteral(1)).toBe('1.0');
    expect(floatLiteral(1e-8)).toBe('1e-8');
  });
});

describe('exportPyTorch', () => {
  it('mirrors the layers; the fused softmax is left to CrossEntropyLoss', async () => {
    const { script } = await exported(SPIRAL);
    expect(script).toContain('("dense1", nn.Linear(2, 8)),');
    expect(script).toContain('("relu1", nn.ReLU()),');
    expect(script).toContain('("batchnorm2", nn.BatchNorm1d(8, eps=0.00001, momentum=0.1)),');
    expect(script).toContain('("dropout3", nn.Dropout(0.2)),');
    expect(script).toContain('("dense4", nn.Linear(8, 3)),');
    expect(script).not.toContain('nn.Softmax');
    expect(script).toContain('loss_fn = nn.CrossEntropyLoss()');
    expect(script).toContain(
      'model.parameters(), lr=0.01, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, amsgrad=False',
    );
    expect(script).toContain('torch.manual_seed(SEED)');
    expect(script).toMatch(/dropout masks come from torch's own generator/i);
    // 90 training samples in batches of 32: the last holds 26, so torch's own batch norm does.
    expect(script).not.toContain('class BatchNorm1d');
  });

  it('maps every activation, keeps a softmax output for MSE, and writes its one-hot targets', async () => {
    const layers = ['leaky_relu', 'elu', 'gelu', 'sigmoid', 'tanh'].map((activation) => ({
      type: 'dense',
      units: 4,
      activation,
    }));
    const { script } = await exported({
      ...SPIRAL,
      model: {
        layers: [...layers, { type: 'dense', units: 3, activation: 'softmax' }],
        loss: 'mse',
      },
    });
    for (const module of [
      '("leaky_relu1", nn.LeakyReLU(0.01))',
      '("elu2", nn.ELU(alpha=1.0))',
      '("gelu3", nn.GELU())',
      '("sigmoid4", nn.Sigmoid())',
      '("tanh5", nn.Tanh())',
      '("softmax6", nn.Softmax(dim=1))',
      'loss_fn = nn.MSELoss()',
      'return nn.functional.one_hot(labels, 3).float()',
    ]) {
      expect(script).toContain(module);
    }
  });

  it('BCE on the logit, SGD with Nesterov, L2 on dense weights, a step schedule', async () => {
    const { script } = await exported({
      version: 1,
      data: { kind: 'circle', samples: 100 },
      model: {
        layers: [
          { type: 'dense', units: 8, activation: 'tanh' },
          { type: 'dense', units: 1, activation: 'sigmoid' },
        ],
        loss: 'bce',
      },
      optimizer: { name: 'nesterov', lr: 0.1, weightDecay: 0.001 },
      training: { l2: 0.01, schedule: { name: 'step', stepSize: 2, gamma: 0.5 } },
    });
    expect(script).toContain('loss_fn = nn.BCEWithLogitsLoss()');
    expect(script).not.toContain('nn.Sigmoid');
    expect(script).toContain('return (torch.sigmoid(out) >= 0.5).long().squeeze(1)');
    expect(script).toContain(
      'model.parameters(), lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.001',
    );
    expect(script).toContain('PENALIZED = [model.dense1.weight, model.dense2.weight]');
    expect(script).toContain('return sum(0.01 * (w * w).sum() for w in PENALIZED)');
    expect(script).toContain('(loss + penalty()).backward()');
    expect(script).toContain('StepLR(optimizer, step_size=2, gamma=0.5)');
    expect(script).toContain('scheduler.step()');
  });

  it('maps every optimizer with all its fields, and the other schedules', async () => {
    const cases: [object, string][] = [
      [{ name: 'sgd' }, 'SGD(\n    model.parameters(), lr=0.01, momentum=0.0, nesterov=False'],
      [{ name: 'momentum' }, 'momentum=0.9, nesterov=False, weight_decay=0.0'],
      [
        { name: 'adagrad', eps: 1e-9 },
        'Adagrad(\n    model.parameters(), lr=0.01, lr_decay=0, eps=1e-9, weight_decay=0.0, initial_accumulator_value=0',
      ],
      [{ name: 'adadelta' }, 'Adadelta(\n    model.parameters(), lr=1.0, rho=0.9, eps=0.000001'],
      [
        { name: 'rmsprop', momentum: 0.5 },
        'RMSprop(\n    model.parameters(), lr=0.01, alpha=0.99, eps=1e-8, momentum=0.5, weight_decay=0.0, centered=False',
      ],
      [
        { name: 'adamw', beta2: 0.99 },
        'AdamW(\n    model.parameters(), lr=0.001, betas=(0.9, 0.99), eps=1e-8, weight_decay=0.01',
      ],
    ];
    for (const [optimizer, expected] of cases) {
      const { script } = await exported({ ...SPIRAL, optimizer });
      expect(script.replace(/ +\n/g, '\n')).toContain(expected);
    }
    const cosine = await exported({
      ...SPIRAL,
      training: { schedule: 'cosine', earlyStopping: { patience: 3, minDelta: 0.01 } },
    });
    expect(cosine.script).toContain('CosineAnnealingLR(optimizer, T_max=50, eta_min=0.0)');
    expect(cosine.script).toContain('PATIENCE = 3\nMIN_DELTA = 0.01');
    const exponential = await exported({
      ...SPIRAL,
      training: { schedule: { name: 'exponential', gamma: 0.9 } },
    });
    expect(exponential.script).toContain('ExponentialLR(optimizer, gamma=0.9)');
  });

  it('embeds the initial weights the Trainer starts from, transposed to torch [out][in]', async () => {
    const experiment = parseExperiment(SPIRAL);
    const data = await prepareData(experiment, noFiles);
    const script = exportPyTorch(experiment, data);
    // The text reads back to float32 values: what Python and torch.tensor make of it.
    const initial = float32s(literal(script, 'INITIAL')) as Record<string, number[] | number[][]>;
    const start = exportParams(new Trainer(experiment, data).model);
    const [dense1, bn, , dense4] = start as [
      { W: number[][]; b: number[] },
      { gamma: number[]; beta: number[]; runningMean: number[]; runningVar: number[] },
      object,
      { W: number[][]; b: number[] },
    ];
    const transpose = (w: number[][]) => w[0].map((_, j) => w.map((row) => row[j]));
    expect(initial['dense1.weight']).toEqual(transpose(dense1.W));
    expect(initial['dense1.bias']).toEqual(dense1.b);
    expect(initial['batchnorm2.weight']).toEqual(bn.gamma);
    expect(initial['batchnorm2.running_var']).toEqual(bn.runningVar);
    expect(initial['batchnorm2.num_batches_tracked']).toBe(0);
    expect(initial['dense4.weight']).toEqual(transpose(dense4.W));
    expect(Object.keys(initial)).toHaveLength(9);
  });

  it("embeds a document's own params instead, and the data exactly as the engine trains on it", async () => {
    const W = [
      [0.5, -0.25],
      [0.125, 1.5],
    ];
    const document = {
      version: 1,
      data: { kind: 'iris' },
      validation: 0,
      model: { layers: [{ type: 'dense', units: 2 }], loss: 'mse' },
    };
    const inline = {
      ...document,
      data: {
        kind: 'inline',
        task: 'regression',
        x: [
          [0.1, 2],
          [3, -4.5],
          [1e-3, 7],
        ],
        y: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        normalize: 'standardize',
      },
      params: [{ W, b: [0.1, 0.2] }],
    };
    const experiment = parseExperiment(inline);
    const data = await prepareData(experiment, noFiles);
    const script = exportPyTorch(experiment, data);
    expect(float32s(literal(script, 'INITIAL'))).toEqual({
      'dense1.weight': [
        [0.5, 0.125],
        [-0.25, 1.5],
      ],
      'dense1.bias': [Math.fround(0.1), Math.fround(0.2)],
    });
    const x = (float32s(literal(script, 'X_TRAIN')) as number[][]).flat();
    expect(x).toEqual(Array.from(data.train.x));
    expect(literal(script, 'Y_TRAIN')).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(script).not.toContain('X_VAL');
    expect(script).toContain('offset (mean) [1.033667, 1.5] and scale (population std)');
  });

  it('embeds the labels of both parts and a batch norm that takes a last batch of one', async () => {
    // 120 samples, 25% held out: 90 to train, in batches of 89, the last of one sample.
    const { experiment, script } = await exported({
      ...SPIRAL,
      training: { batchSize: 89 },
    });
    const data = await prepareData(experiment, noFiles);
    expect(literal(script, 'LABELS_TRAIN')).toEqual(Array.from(data.train.labels!));
    expect(literal(script, 'LABELS_VAL')).toEqual(Array.from(data.validation!.labels!));
    expect(script).toContain('class BatchNorm1d(nn.BatchNorm1d):');
    expect(script).toContain('("batchnorm2", BatchNorm1d(8, eps=0.00001, momentum=0.1))');
  });

  it('says where a bias before batch norm cannot match under an adaptive optimizer', async () => {
    const layers = [
      { type: 'dense', units: 8 },
      { type: 'batchnorm' },
      { type: 'activation', activation: 'relu' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ];
    const adam = await exported({ ...SPIRAL, model: { layers } });
    expect(adam.script).toMatch(/Not step by step: the bias of dense1 feeds batch norm/);
    const sgd = await exported({ ...SPIRAL, model: { layers }, optimizer: 'sgd' });
    expect(sgd.script).not.toMatch(/Not step by step/);
  });
});

describe('exportPyTorch with training.augment', () => {
  it('writes nothing of augmentation without it, or with every field off', async () => {
    for (const augment of [undefined, null, {}]) {
      const { script } = await exported({ ...SPIRAL, training: { ...SPIRAL.training, augment } });
      expect(script).not.toMatch(/augment\(|def normal|def warp|JITTER/);
      expect(script).toContain('loss = loss_fn(model(x_train[batch]), t_train[batch])');
    }
  });

  it('jitter: Box–Muller in the Rng class, the noise on training batches only', async () => {
    const { script } = await exported({
      ...SPIRAL,
      training: { ...SPIRAL.training, augment: { jitter: 0.2 } },
    });
    expect(script).toContain('JITTER = 0.2');
    expect(script).toContain('    def normal(self):');
    expect(script).toContain(
      'maps_rng, noise_rng = Rng.stream(SEED, "augment"), Rng.stream(SEED, "augment-jitter")',
    );
    expect(script).toContain('x_batch = augment(x_train[batch], maps_rng, noise_rng)');
    expect(script).toContain('loss = loss_fn(model(x_batch), t_train[batch])');
    // Evaluation measures the sets as they are.
    expect(script).toContain('train = measure(x_train, t_train, labels_train)');
    expect(script).not.toContain('def warp');
  });

  it('images: the settings, and the background the engine fills with (a raw 0 normalised)', async () => {
    const pixels = (k: number) => Array.from({ length: 16 }, (_, i) => ((i + k) % 3) * 0.5);
    const document = {
      version: 1,
      seed: 2,
      data: {
        kind: 'inline',
        task: 'classification',
        shape: [1, 4, 4],
        x: [0, 1, 2, 3].map(pixels),
        y: [0, 1, 0, 1],
        normalize: 'standardize',
      },
      validation: 0,
      model: { layers: [{ type: 'dense', units: 2, activation: 'softmax' }] },
      training: { batchSize: 2, augment: { shift: 1, rotate: 15, flip: true, crop: 0.75 } },
    };
    const { experiment, script } = await exported(document);
    const data = await prepareData(experiment, noFiles);
    const [background] = backgroundOf([1, 4, 4], data.normalizer);
    expect(background).toBeLessThan(0);
    for (const line of [
      'C, H, W = 1, 4, 4',
      'SHIFT = 1',
      'ROTATE = 15.0',
      'FLIP = True',
      'CROP = 0.75',
      `BACKGROUND = [${floatLiteral(background)}]`,
      'def image_maps(rng, n):',
      'def warp(x, maps):',
      '    x = warp(x, image_maps(maps_rng, len(x)))',
    ]) {
      expect(script).toContain(line);
    }
    expect(script).not.toMatch(/JITTER|def normal/);
  });
});

describe('text from a shared link or file', () => {
  it('stays inside its comment: class names cannot add lines of code to the script', async () => {
    const hostile = [
      'a\nimport os; os.system("rm -rf ~")',
      'b\u2028print(1)',
      '"""',
      "c\r\nexec('x')",
    ];
    const { script } = await exported({
      ...SPIRAL,
      data: {
        kind: 'inline',
        task: 'classification',
        x: [
          [0, 0],
          [1, 1],
          [0, 1],
          [1, 0],
        ],
        y: [0, 1, 2, 3],
        classNames: hostile,
      },
      validation: 0,
      model: { layers: [{ type: 'dense', units: 4, activation: 'softmax' }] },
    });
    const lines = script.split('\n');
    const header = lines.filter((l) => l.startsWith('# Experiment: '));
    expect(header).toHaveLength(1);
    expect(JSON.parse(header[0].slice('# Experiment: '.length)).data.classNames).toEqual(hostile);
    expect(script).not.toMatch(/[\u2028\u2029\r]/);
    for (const payload of ['import os', 'print(1)', "exec('x')"]) {
      expect(lines.filter((l) => l.includes(payload)).every((l) => l.startsWith('# '))).toBe(true);
    }
  });
});
