// Bad experiment documents: each row mutates the contract's (valid) example and names the
// message it must produce. Every message starts with the path of the field at fault (the
// SpecError's `path`), so the CLI's `error: …` line and the page both point at it.
import { describe, expect, it } from 'vitest';
import { parseDocument, parseExperiment, parseJson, SpecError } from '../../src/spec';
import {
  contractExample,
  exampleParams,
  inlineExample,
  specError,
  trajectoryExample,
  type Doc,
} from './fixtures';

interface Case {
  /** Changes the contract example in place, or returns a whole other document. */
  mutate: (doc: Doc) => Doc | void;
  /** The message, or a part of it that starts with the path. */
  message: string;
  /** The SpecError's path when the message does not start with it. */
  path?: string;
}

const layer = (doc: Doc, i: number) => doc.model.layers[i];
const inline = (doc: Doc, data: Doc) => {
  doc.data = {
    kind: 'inline',
    task: 'classification',
    x: [
      [0, 0],
      [1, 1],
      [2, 2],
    ],
    y: [0, 1, 2],
    ...data,
  };
};
/** Gives the example valid params, then breaks them with `change`. */
const params = (change: (p: Doc) => unknown) => (doc: Doc) => {
  doc.params = exampleParams();
  change(doc.params);
};
/** A 1 × 4 × 4 image set of three classes, and `layers` before a softmax output. */
const image = (layers: Doc[]) => (doc: Doc) => {
  const pixels = (k: number) => Array.from({ length: 16 }, (_, i) => (i * k) % 5);
  doc.data = {
    kind: 'inline',
    task: 'classification',
    shape: [1, 4, 4],
    x: [pixels(1), pixels(2), pixels(3)],
    y: [0, 1, 2],
  };
  doc.model = { layers: [...layers, { type: 'dense', units: 3, activation: 'softmax' }] };
  delete doc.params;
};
const conv = (fields: Doc): Doc => ({ type: 'conv2d', filters: 2, kernelSize: 3, ...fields });
const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

const CASES: Record<string, Case[]> = {
  'the document': [
    { mutate: () => [], message: 'the document must be a JSON object (got an array)', path: '' },
    { mutate: () => null, message: 'the document must be a JSON object (got null)', path: '' },
    {
      mutate: (d) => void delete d.version,
      message: 'version is required (this program reads version 1)',
    },
    {
      mutate: (d) => void (d.version = 2),
      message: 'version 2 is not supported (this program reads version 1)',
    },
    { mutate: (d) => void (d.version = '1'), message: 'version must be 1 (got "1")' },
    {
      mutate: (d) => void (d.kind = 'trajectory'),
      message: 'kind is "trajectory" but a train document was expected',
    },
    {
      mutate: (d) => void (d.kind = 'training'),
      message: 'kind "training" is unknown (one of: train, trajectory, compare, search, lesson)',
    },
    {
      mutate: (d) => void (d.lr = 0.1),
      message:
        'lr is not a field of the experiment (fields: version, kind, seed, data, validation, model, optimizer, training, params)',
    },
    {
      mutate: (d) => void (d['learning rate'] = 1),
      message: '"learning rate" is not a field of the experiment',
    },
  ],
  seed: [
    { mutate: (d) => void (d.seed = -1), message: 'seed must be a non-negative integer (got -1)' },
    {
      mutate: (d) => void (d.seed = 1.5),
      message: 'seed must be a non-negative integer (got 1.5)',
    },
    {
      mutate: (d) => void (d.seed = '7'),
      message: 'seed must be a non-negative integer (got "7")',
    },
    {
      mutate: (d) => void (d.seed = null),
      message: 'seed must be a non-negative integer (got null)',
    },
    {
      mutate: (d) => void (d.seed = 2 ** 32),
      message: 'seed must be at most 4294967295 (got 4294967296)',
    },
  ],
  'generated data': [
    { mutate: (d) => void delete d.data, message: 'data is required (an object)' },
    {
      mutate: (d) => void (d.data.kind = 'spirals'),
      message: 'data.kind "spirals" is unknown (one of: circle, xor,',
    },
    { mutate: (d) => void delete d.data.kind, message: 'data.kind is required (one of: circle,' },
    {
      mutate: (d) => void (d.data.samples = 0),
      message: 'data.samples must be a positive integer (got 0)',
    },
    {
      mutate: (d) => void (d.data.samples = -5),
      message: 'data.samples must be a positive integer (got -5)',
    },
    {
      mutate: (d) => void (d.data.samples = 10.5),
      message: 'data.samples must be a positive integer (got 10.5)',
    },
    {
      mutate: (d) => void (d.data.samples = 100_001),
      message: 'data.samples must be at most 100000 (got 100001)',
    },
    {
      mutate: (d) => void (d.data.noise = -0.1),
      message: 'data.noise must be a number in [0, 100] (got -0.1)',
    },
    {
      mutate: (d) => void (d.data.noise = NaN),
      message: 'data.noise must be a number in [0, 100] (got NaN)',
    },
    {
      mutate: (d) => void (d.data.noise = Infinity),
      message: 'data.noise must be a number in [0, 100] (got Infinity)',
    },
    {
      mutate: (d) => void (d.data.noise = '0.1'),
      message: 'data.noise must be a number in [0, 100] (got "0.1")',
    },
    {
      mutate: (d) => void (d.data.noise = null),
      message: 'data.noise must be a number in [0, 100] (got null)',
    },
    {
      mutate: (d) => void (d.data.classes = 11),
      message: 'data.classes must be an integer in [2, 10] for spiral (got 11)',
    },
    {
      mutate: (d) => void (d.data.classes = 1),
      message: 'data.classes must be an integer in [2, 10] for spiral (got 1)',
    },
    {
      mutate: (d) => void (d.data = { kind: 'circle', classes: 3 }),
      message: 'data.classes does not apply to circle (its options: samples, noise)',
    },
    {
      mutate: (d) => void (d.data = { kind: 'iris', noise: 0.1 }),
      message: 'data.noise does not apply to iris (its options: samples)',
    },
    {
      mutate: (d) => void (d.data = { kind: 'iris', samples: 151 }),
      message: 'data.samples must be at most 150, the size of iris (got 151)',
    },
    {
      mutate: (d) => void (d.data.task = 'classification'),
      message:
        'data.task is not a field of spiral data (fields: samples, noise, classes, normalize)',
    },
    {
      mutate: (d) => void (d.data.normalize = 'zscore'),
      message: 'data.normalize "zscore" is unknown (one of: none, standardize, minmax)',
    },
  ],
  'inline data': [
    {
      mutate: (d) => inline(d, { task: undefined }),
      message: 'data.task is required (one of: classification, regression)',
    },
    { mutate: (d) => inline(d, { x: [] }), message: 'data.x must not be empty' },
    { mutate: (d) => inline(d, { x: 'abc' }), message: 'data.x must be an array (got "abc")' },
    {
      mutate: (d) =>
        inline(d, {
          x: [
            [0, 0],
            [1, 1, 1],
            [2, 2],
          ],
        }),
      message: 'data.x[1] has 3 values but data.x[0] has 2',
    },
    {
      mutate: (d) =>
        inline(d, {
          x: [
            [0, 0],
            ['1', 1],
            [2, 2],
          ],
        }),
      message: 'data.x[1][0] must be a finite number (got "1")',
    },
    {
      mutate: (d) =>
        inline(d, {
          x: [
            [0, 0],
            [1, 1],
            [2, 1e39],
          ],
        }),
      message: 'data.x[2][1] is too large for float32 (got 1e+39)',
    },
    { mutate: (d) => inline(d, { x: [[], [], []] }), message: 'data.x[0] must not be empty' },
    { mutate: (d) => inline(d, { y: [0] }), message: 'data.y has 1 entry but data.x has 3 rows' },
    {
      mutate: (d) => inline(d, { y: [0, 1.5, 2] }),
      message: 'data.y[1] must be a non-negative integer (got 1.5)',
    },
    {
      mutate: (d) => inline(d, { y: [0, -1, 2] }),
      message: 'data.y[1] must be a non-negative integer (got -1)',
    },
    {
      mutate: (d) => inline(d, { y: [0, 1000, 2] }),
      message: 'data.y[1] must be at most 999, the class limit (got 1000)',
    },
    {
      mutate: (d) => inline(d, { y: [0, 0, 0] }),
      message: 'data.y holds only class 0; classification needs at least 2 classes',
    },
    {
      mutate: (d) => inline(d, { samples: 3 }),
      message:
        'data.samples is not a field of inline data (fields: task, x, y, normalize, classNames, shape)',
    },
    {
      mutate: (d) => inline(d, { x: [many(4097, () => 0)], y: [0] }),
      message: 'data.x[0] has 4097 values; the limit is 4096 features',
    },
    {
      mutate: (d) => inline(d, { x: many(100_001, () => [0]), y: many(100_001, () => 0) }),
      message: 'data.x has 100001 rows; the limit is 100000',
    },
    {
      mutate: (d) => {
        inline(d, { task: 'regression', y: [[1], 2, [3]] });
        d.model = { layers: [{ type: 'dense', units: 1 }] };
      },
      message: 'data.y[1] must be an array (got 2)',
    },
    {
      mutate: (d) => {
        inline(d, { task: 'regression', y: [1, [2], 3] });
        d.model = { layers: [{ type: 'dense', units: 1 }] };
      },
      message: 'data.y[1] must be a finite number (got an array)',
    },
  ],
  validation: [
    {
      mutate: (d) => void (d.validation = 1),
      message: 'validation must be a number in [0, 1) (got 1)',
    },
    {
      mutate: (d) => void (d.validation = -0.1),
      message: 'validation must be a number in [0, 1) (got -0.1)',
    },
    {
      mutate: (d) => {
        d.data = { kind: 'spiral', samples: 1, classes: 3 };
        d.validation = 0.6;
      },
      message: 'validation is 0.6, but a single sample cannot be split (write 0)',
    },
  ],
  model: [
    { mutate: (d) => void delete d.model, message: 'model is required (an object)' },
    {
      mutate: (d) => void (d.model.inputs = 3),
      message: 'model.inputs is 3 but the data has 2 features',
    },
    {
      mutate: (d) => void (d.model.inputs = 0),
      message: 'model.inputs must be a positive integer (got 0)',
    },
    {
      mutate: (d) => void (d.model.layer = []),
      message: 'model.layer is not a field of the model (fields: inputs, layers, loss)',
    },
    { mutate: (d) => void delete d.model.layers, message: 'model.layers is required (an array)' },
    { mutate: (d) => void (d.model.layers = []), message: 'model.layers must not be empty' },
    {
      mutate: (d) =>
        void (d.model.layers = [...many(32, () => ({ type: 'dropout' })), layer(d, 4)]),
      message: 'model.layers has 33 layers; the limit is 32',
    },
    {
      mutate: (d) => void (d.model.layers[2] = 'relu'),
      message: 'model.layers[2] must be an object (got "relu")',
    },
    {
      mutate: (d) => void (layer(d, 0).type = 'conv'),
      message:
        'model.layers[0].type "conv" is unknown (one of: dense, conv2d, maxpool2d, avgpool2d, flatten, activation, batchnorm, dropout)',
    },
    {
      mutate: (d) => void (layer(d, 0).units = 0),
      message: 'model.layers[0].units must be a positive integer (got 0)',
    },
    {
      mutate: (d) => void (layer(d, 0).units = -8),
      message: 'model.layers[0].units must be a positive integer (got -8)',
    },
    {
      mutate: (d) => void (layer(d, 0).units = 2.5),
      message: 'model.layers[0].units must be a positive integer (got 2.5)',
    },
    {
      mutate: (d) => void (layer(d, 0).units = '8'),
      message: 'model.layers[0].units must be a positive integer (got "8")',
    },
    {
      mutate: (d) => void delete layer(d, 0).units,
      message: 'model.layers[0].units is required (a positive integer)',
    },
    {
      mutate: (d) => void (layer(d, 0).units = 4097),
      message: 'model.layers[0].units must be at most 4096 (got 4097)',
    },
    {
      mutate: (d) => void (layer(d, 0).activation = 'relu6'),
      message:
        'model.layers[0].activation "relu6" is unknown (one of: linear, relu, leaky_relu, elu, gelu, sigmoid, tanh, softmax)',
    },
    {
      mutate: (d) => void delete layer(d, 2).activation,
      message: 'model.layers[2].activation is required (one of: linear,',
    },
    {
      mutate: (d) => void (layer(d, 1).units = 8),
      message: 'model.layers[1].units is not a field of a batchnorm layer (its only field is type)',
    },
    {
      mutate: (d) => void (layer(d, 3).units = 8),
      message: 'model.layers[3].units is not a field of a dropout layer (fields: rate)',
    },
    {
      mutate: (d) => void (layer(d, 3).rate = 1),
      message: 'model.layers[3].rate must be a number in [0, 1) (got 1)',
    },
    {
      mutate: (d) => void (layer(d, 3).rate = -0.2),
      message: 'model.layers[3].rate must be a number in [0, 1) (got -0.2)',
    },
    {
      mutate: (d) => void (layer(d, 0).init = 'glorot'),
      message: 'model.layers[0].init "glorot" is unknown (one of: zeros, normal, uniform,',
    },
    {
      mutate: (d) => void (layer(d, 0).init = { name: 'xavier_uniform', std: 0.1 }),
      message: 'model.layers[0].init.std is not a field of xavier_uniform (its only field is name)',
    },
    {
      mutate: (d) => void (layer(d, 0).init = { name: 'normal', limit: 0.1 }),
      message: 'model.layers[0].init.limit is not a field of normal (fields: std)',
    },
    {
      mutate: (d) => void (layer(d, 0).init = { name: 'normal', std: 0 }),
      message: 'model.layers[0].init.std must be a number in (0, 1000] (got 0)',
    },
    {
      mutate: (d) => void (layer(d, 0).init = { std: 1 }),
      message: 'model.layers[0].init.name is required (one of: zeros,',
    },
    {
      // 2→4096: 12,288; 4096→4096: 16,781,312; 4096→3: 12,291
      mutate: (d) => {
        d.model.layers = [
          { type: 'dense', units: 4096 },
          { type: 'dense', units: 4096 },
          { type: 'dense', units: 3, activation: 'softmax' },
        ];
      },
      message: 'model.layers hold 16,805,891 parameters; the limit is 10,000,000',
      path: 'model.layers',
    },
  ],
  'loss and output': [
    {
      mutate: (d) => void (d.model.loss = 'hinge'),
      message: 'model.loss "hinge" is unknown (one of: cross_entropy, bce, mse)',
    },
    {
      mutate: (d) => void (layer(d, 4).activation = 'tanh'),
      message:
        'model.layers[4].activation must be softmax for model.loss "cross_entropy" (got "tanh")',
    },
    {
      mutate: (d) => void d.model.layers.push({ type: 'dropout' }),
      message:
        'model.layers[5] is a dropout layer, but model.loss "cross_entropy" needs the last layer to output softmax',
    },
    {
      mutate: (d) => void (layer(d, 4).units = 2),
      message:
        'model.layers[4].units is 2 but the data has 3 classes (model.loss "cross_entropy" needs one unit per class)',
    },
    {
      mutate: (d) =>
        void (d.model.layers = [
          { type: 'batchnorm' },
          { type: 'activation', activation: 'softmax' },
        ]),
      message: 'model.layers must include a dense layer (the output layer)',
    },
    {
      mutate: (d) => void (d.model.loss = 'bce'),
      message: 'model.loss "bce" needs exactly 2 classes; the data has 3',
    },
    {
      mutate: (d) => {
        d.data = { kind: 'circle' };
        d.model.loss = 'bce';
        layer(d, 4).units = 1;
      },
      message: 'model.layers[4].activation must be sigmoid for model.loss "bce" (got "softmax")',
    },
    {
      mutate: (d) => {
        d.data = { kind: 'circle' };
        d.model.loss = 'bce';
        Object.assign(layer(d, 4), { units: 2, activation: 'sigmoid' });
      },
      message: 'model.layers[4].units must be 1 for model.loss "bce" (got 2)',
    },
    {
      mutate: (d) => {
        d.model.loss = 'mse';
        layer(d, 4).units = 1;
      },
      message: 'model.layers[4].units is 1 but model.loss "mse" on 3 classes needs 3 units',
    },
    {
      mutate: (d) => {
        d.data = { kind: 'sine' };
        delete d.model.inputs;
      },
      message: 'model.loss "cross_entropy" is for classification; regression data needs "mse"',
    },
    {
      mutate: (d) => {
        d.data = { kind: 'plane' };
        d.model.loss = 'mse';
      },
      message: 'model.layers[4].units is 3 but the data has 1 target per sample',
    },
  ],
  optimizer: [
    {
      mutate: (d) => void (d.optimizer = 42),
      message: 'optimizer must be an optimizer name or an object { name, … }',
    },
    {
      mutate: (d) => void delete d.optimizer.name,
      message: 'optimizer.name is required (one of: sgd, momentum, nesterov,',
    },
    {
      mutate: (d) => void (d.optimizer.name = 'adamax'),
      message:
        'optimizer.name "adamax" is unknown (one of: sgd, momentum, nesterov, adagrad, adadelta, rmsprop, adam, adamw, nadam, radam)',
    },
    {
      mutate: (d) => void (d.optimizer.beta3 = 0.9),
      message:
        'optimizer.beta3 is not a field of adam (fields: lr, beta1, beta2, eps, weightDecay)',
    },
    {
      mutate: (d) => void (d.optimizer = { name: 'sgd', beta1: 0.9 }),
      message:
        'optimizer.beta1 is not a field of sgd (fields: lr, momentum, nesterov, weightDecay)',
    },
    {
      mutate: (d) => void (d.optimizer.lr = 0),
      message: 'optimizer.lr must be a finite number > 0 (got 0)',
    },
    {
      mutate: (d) => void (d.optimizer.lr = -0.1),
      message: 'optimizer.lr must be a finite number > 0 (got -0.1)',
    },
    {
      mutate: (d) => void (d.optimizer.lr = Infinity),
      message: 'optimizer.lr must be a finite number > 0 (got Infinity)',
    },
    {
      mutate: (d) => void (d.optimizer.lr = NaN),
      message: 'optimizer.lr must be a finite number > 0 (got NaN)',
    },
    {
      mutate: (d) => void (d.optimizer.lr = '0.1'),
      message: 'optimizer.lr must be a finite number > 0 (got "0.1")',
    },
    {
      mutate: (d) => void (d.optimizer.lr = null),
      message: 'optimizer.lr must be a finite number > 0 (got null)',
    },
    {
      mutate: (d) => void (d.optimizer.beta1 = 1),
      message: 'optimizer.beta1 must be a number in [0, 1) (got 1)',
    },
    {
      mutate: (d) => void (d.optimizer.beta2 = -0.1),
      message: 'optimizer.beta2 must be a number in [0, 1) (got -0.1)',
    },
    {
      mutate: (d) => void (d.optimizer.eps = 0),
      message: 'optimizer.eps must be a finite number > 0 (got 0)',
    },
    {
      mutate: (d) => void (d.optimizer.weightDecay = -1),
      message: 'optimizer.weightDecay must be a finite number >= 0 (got -1)',
    },
    {
      mutate: (d) => void (d.optimizer = { name: 'sgd', momentum: 1 }),
      message: 'optimizer.momentum must be a number in [0, 1) (got 1)',
    },
    {
      mutate: (d) => void (d.optimizer = { name: 'adadelta', rho: 1.5 }),
      message: 'optimizer.rho must be a number in [0, 1] (got 1.5)',
    },
    {
      mutate: (d) => void (d.optimizer = { name: 'rmsprop', alpha: -1 }),
      message: 'optimizer.alpha must be a number in [0, 1] (got -1)',
    },
    {
      mutate: (d) => void (d.optimizer = { name: 'sgd', nesterov: 'yes' }),
      message: 'optimizer.nesterov must be true or false (got "yes")',
    },
    {
      mutate: (d) => void (d.optimizer = { name: 'sgd', nesterov: true }),
      message:
        'optimizer.momentum must be > 0 with nesterov true (PyTorch refuses Nesterov without momentum)',
    },
    {
      mutate: (d) => void (d.optimizer = { name: 'momentum', momentum: 0 }),
      message: 'optimizer.momentum must be > 0 for momentum (use sgd for plain gradient descent)',
    },
    {
      mutate: (d) => void (d.optimizer = { name: 'nesterov', momentum: 0 }),
      message: 'optimizer.momentum must be > 0 with nesterov true',
    },
  ],
  training: [
    {
      mutate: (d) => void (d.training.lr = 0.1),
      message:
        'training.lr is not a field of training (fields: batchSize, epochs, shuffle, schedule, earlyStopping, l1, l2, augment)',
    },
    { mutate: (d) => void (d.training = null), message: 'training must be an object (got null)' },
    {
      mutate: (d) => void (d.training.batchSize = 0),
      message: 'training.batchSize must be a positive integer (got 0)',
    },
    {
      mutate: (d) => void (d.training.batchSize = 100_001),
      message: 'training.batchSize must be at most 100000 (got 100001)',
    },
    {
      mutate: (d) => void (d.training.epochs = -1),
      message: 'training.epochs must be a non-negative integer (got -1)',
    },
    {
      mutate: (d) => void (d.training.epochs = 1e9),
      message: 'training.epochs must be at most 100000 (got 1000000000)',
    },
    {
      mutate: (d) => void (d.training.shuffle = 'yes'),
      message: 'training.shuffle must be true or false (got "yes")',
    },
    {
      mutate: (d) => void (d.training.l1 = -1),
      message: 'training.l1 must be a finite number >= 0 (got -1)',
    },
    {
      mutate: (d) => void (d.training.l2 = NaN),
      message: 'training.l2 must be a finite number >= 0 (got NaN)',
    },
    {
      mutate: (d) => void (d.training.schedule = 'linear'),
      message:
        'training.schedule "linear" is unknown (one of: constant, step, exponential, cosine)',
    },
    {
      mutate: (d) => void (d.training.schedule = { name: 'step', stepSize: 0 }),
      message: 'training.schedule.stepSize must be a positive integer (got 0)',
    },
    {
      mutate: (d) => void (d.training.schedule = { name: 'exponential', gamma: 1.5 }),
      message: 'training.schedule.gamma must be a number in (0, 1] (got 1.5)',
    },
    {
      mutate: (d) => void (d.training.schedule = { name: 'constant', gamma: 0.5 }),
      message:
        'training.schedule.gamma is not a field of the constant schedule (its only field is name)',
    },
    {
      mutate: (d) => void (d.training.schedule = { name: 'cosine', tMax: 0 }),
      message: 'training.schedule.tMax must be a positive integer (got 0)',
    },
    {
      mutate: (d) => void (d.training.schedule = { name: 'cosine', etaMin: -1 }),
      message: 'training.schedule.etaMin must be a finite number >= 0 (got -1)',
    },
    {
      mutate: (d) => void (d.training.earlyStopping = true),
      message: 'training.earlyStopping must be null or an object { patience, minDelta } (got true)',
    },
    {
      mutate: (d) => void (d.training.earlyStopping = { patience: 0 }),
      message: 'training.earlyStopping.patience must be a positive integer (got 0)',
    },
    {
      mutate: (d) => void (d.training.earlyStopping = { minDelta: -1 }),
      message: 'training.earlyStopping.minDelta must be a finite number >= 0 (got -1)',
    },
    {
      mutate: (d) => void (d.training.earlyStopping = { wait: 3 }),
      message:
        'training.earlyStopping.wait is not a field of earlyStopping (fields: patience, minDelta)',
    },
    {
      mutate: (d) => {
        d.validation = 0;
        d.training.earlyStopping = {};
      },
      message: 'training.earlyStopping needs validation > 0 (it watches the validation loss)',
    },
  ],
  params: [
    { mutate: (d) => void (d.params = {}), message: 'params must be an array (got an object)' },
    {
      mutate: (d) => void (d.params = exampleParams().slice(0, 1)),
      message: 'params has 1 entry but model.layers has 5 (one per layer)',
    },
    {
      mutate: params((p) => (p[2] = null)),
      message: 'params[2] must be an object (got null)',
    },
    {
      mutate: params((p) => p[0].W.push(p[0].W[0])),
      message: 'params[0].W has 3 rows but model.layers[0] has 2 inputs',
    },
    {
      mutate: params((p) => p[0].W[1].pop()),
      message: 'params[0].W[1] has 7 values but model.layers[0].units is 8',
    },
    {
      mutate: params((p) => (p[0].W[1][2] = NaN)),
      message: 'params[0].W[1][2] must be a finite number (got NaN)',
    },
    {
      mutate: params((p) => (p[4].W[3] = 'x')),
      message: 'params[4].W[3] must be an array (got "x")',
    },
    {
      mutate: params((p) => p[0].b.pop()),
      message: 'params[0].b has 7 values but model.layers[0].units is 8',
    },
    {
      mutate: params((p) => delete p[0].b),
      message: 'params[0].b is required (an array)',
    },
    {
      mutate: params((p) => p[1].gamma.pop()),
      message: 'params[1].gamma has 7 values but model.layers[1] has 8 inputs',
    },
    {
      mutate: params((p) => (p[1].runningVar[0] = -1)),
      message: 'params[1].runningVar[0] must be a finite number >= 0 (got -1)',
    },
    {
      mutate: params((p) => (p[0].gamma = [])),
      message: "params[0].gamma is not a field of a dense layer's params (fields: W, b)",
    },
    {
      mutate: params((p) => (p[3].W = [])),
      message: "params[3].W is not a field of a dropout layer's params (it has no fields)",
    },
  ],
  'images and convolution': [
    {
      mutate: image([conv({ kernelSize: 5 })]),
      message:
        'model.layers[0].kernelSize is 5 × 5, larger than its 4 × 4 input (use a smaller kernel or more padding)',
    },
    {
      mutate: image([conv({ kernelSize: [7, 1], padding: 1 })]),
      message:
        'model.layers[0].kernelSize is 7 × 1, larger than its input padded to 6 × 6 (use a smaller kernel or more padding)',
    },
    {
      mutate: image([conv({ kernelSize: 3 }), { type: 'maxpool2d', size: 3 }]),
      message:
        'model.layers[1].size is 3, larger than its 2 × 2 input: the pooling leaves no output',
    },
    {
      mutate: image([{ type: 'flatten' }, conv({})]),
      message:
        'model.layers[1] is a conv2d layer, which needs an image [channels, height, width] as its input, but its input is 16 numbers in a row',
    },
    {
      mutate: image([conv({ activation: 'softmax' })]),
      message: 'model.layers[0].activation cannot be softmax on an image (flatten it first)',
    },
    {
      mutate: image([conv({}), { type: 'activation', activation: 'softmax' }]),
      message: 'model.layers[1].activation cannot be softmax on an image (flatten it first)',
    },
    {
      mutate: (d) => {
        image([conv({})])(d);
        d.model.layers[1] = { type: 'conv2d', filters: 3, kernelSize: 1 };
      },
      message: 'model.layers end in an image (3 × 2 × 2); the output must be one number per class',
    },
    {
      // 1024 channels of a 4 × 4 image under a 64 × 64 kernel padded by 32: 1024·64·64 taps
      // at 5·5 positions, 104,857,600 values to unfold per sample.
      mutate: image([
        conv({ filters: 1024, kernelSize: 1 }),
        conv({ filters: 1, kernelSize: 64, padding: 32 }),
      ]),
      message:
        'model.layers[1] unfolds its input into 104,857,600 values per sample (1024 channels × 64 × 64 kernel × 5 × 5 positions); the limit is 16,000,000',
    },
    {
      mutate: (d) => {
        image([conv({ filters: 1024, kernelSize: 1, activation: 'relu' })])(d);
        d.data.x = many(600, (i) => d.data.x[i % 3]);
        d.data.y = many(600, (i) => i % 3);
        d.training = { batchSize: 512 };
      },
      message:
        'training.batchSize is 512: a batch of 512 rows through this model holds 16,780,288 layer outputs; the limit is 16,000,000 (use a smaller batch or narrower layers; model.layers[0] holds the most, 32,768 per sample)',
    },
    {
      // 1024 filters over 1024 channels at each of 16 positions: 151 M multiply-adds.
      mutate: image([
        conv({ filters: 1024, kernelSize: 3, padding: 1 }),
        conv({ filters: 1024, kernelSize: 3, padding: 1 }),
      ]),
      message:
        'model.layers take 151,191,552 multiply-adds per sample; the limit is 50,000,000 (model.layers[1] takes the most, 150,994,944: fewer filters or channels, a smaller kernel or a larger stride)',
    },
    {
      mutate: image([conv({ kernelSize: 0 })]),
      message: 'model.layers[0].kernelSize must be a positive integer (got 0)',
    },
    {
      mutate: image([conv({ kernelSize: [3] })]),
      message:
        'model.layers[0].kernelSize must be a positive integer or [height, width] (got an array)',
    },
    {
      mutate: image([conv({ filters: 2000 })]),
      message: 'model.layers[0].filters must be at most 1024 (got 2000)',
    },
    {
      mutate: image([conv({ stride: 0 })]),
      message: 'model.layers[0].stride must be a positive integer (got 0)',
    },
    {
      mutate: image([conv({ padding: -1 })]),
      message: 'model.layers[0].padding must be a non-negative integer (got -1)',
    },
    {
      mutate: image([conv({ bias: 'no' })]),
      message: 'model.layers[0].bias must be true or false (got "no")',
    },
    {
      mutate: image([{ type: 'maxpool2d', padding: 1 }]),
      message: 'model.layers[0].padding is not a field of a maxpool2d layer (fields: size, stride)',
    },
    {
      mutate: (d) => {
        image([])(d);
        d.data.shape = [1, 3, 5];
      },
      message: 'data.shape is [1, 3, 5], 15 numbers per image, but each row of data.x has 16',
    },
    {
      mutate: (d) => {
        image([])(d);
        d.data.shape = [1, 4];
      },
      message:
        'data.shape must be an image shape [channels, height, width] (3 positive integers) (got an array)',
    },
    {
      mutate: (d) => {
        image([])(d);
        d.model.inputs = [2, 2, 4];
      },
      message: "model.inputs is [2, 2, 4] but the data's images are [1, 4, 4]",
    },
    {
      mutate: (d) => {
        image([])(d);
        delete d.data.shape;
        d.model.inputs = [1, 4, 4];
      },
      message:
        'model.inputs is an image shape, but the data are not images (each sample is 16 numbers)',
    },
    {
      mutate: (d) => {
        image([conv({ filters: 2, kernelSize: [2, 1] })])(d);
        d.params = [
          { W: [[[[1], [1]]], [[[1], [1], [1]]]], b: [0, 0] },
          { W: [], b: [] },
        ];
      },
      message: 'params[0].W[1][0] has 3 entries but model.layers[0] has 2 kernel rows',
    },
    {
      mutate: (d) => {
        image([conv({ filters: 2, kernelSize: 1, bias: false })])(d);
        d.params = [{ W: [[[[1]]], [[[1]]]], b: [0, 0] }, {}];
      },
      message: "params[0].b is not a field of a conv2d layer's params (fields: W)",
    },
    {
      mutate: (d) => {
        image([conv({ filters: 2, kernelSize: 1 }), { type: 'batchnorm' }])(d);
        d.params = [{ W: [[[[1]]], [[[1]]]], b: [0, 0] }, { gamma: [1], beta: [0, 0] }, {}];
      },
      message: 'params[1].gamma has 1 value but model.layers[1] has 2 channels',
    },
    {
      mutate: (d) => {
        d.params = exampleParams();
        layer(d, 0).bias = false;
      },
      message: "params[0].b is not a field of a dense layer's params (fields: W)",
    },
  ],
};

describe('bad experiment documents name the field', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      it.each(cases.map((c) => [c.message, c] as const))('%s', (_, c) => {
        const doc = contractExample();
        const result = c.mutate(doc);
        const input = result === undefined ? doc : result;
        const error = specError(() => parseExperiment(input));
        expect(error.message).toContain(c.message);
        const path = c.path ?? error.path;
        expect(error.path).toBe(path);
        if (c.path === undefined) expect(error.message.startsWith(`${path} `)).toBe(true);
      });
    });
  }
});

describe('JSON text and commands', () => {
  it('malformed JSON is a SpecError naming the file', () => {
    const error = specError(() => parseJson('{"version": 1,', 'run.json'));
    expect(error).toBeInstanceOf(SpecError);
    expect(error.message).toMatch(/^run\.json is not valid JSON \(.+\)$/);
    expect(error.path).toBe('');
  });

  it('a kind that does not match the command is refused', () => {
    expect(() => parseDocument(trajectoryExample(), 'train')).toThrow(
      'kind is "trajectory" but the command is train',
    );
    expect(() => parseDocument(contractExample(), 'trajectory')).toThrow(
      'kind is "train" but the command is trajectory',
    );
  });

  it('a number too large for a double is read as Infinity, and refused', () => {
    const doc = inlineExample();
    doc.data.x[1][0] = 12345;
    const text = JSON.stringify(doc).replace('12345', '1e400'); // JSON.parse gives Infinity
    expect(() => parseDocument(parseJson(text, 'run.json'), 'train')).toThrow(
      'data.x[1][0] must be a finite number (got Infinity)',
    );
  });
});
