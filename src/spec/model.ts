// The `model` block: inputs, layers (names from the activation and initializer catalogs),
// the loss, and the checks that tie them to the data: the input width, the parameter
// budget, and an output layer that fits the loss and the task.
import { ACTIVATION_NAMES } from './catalog/activations';
import { INIT_NAMES, initEntry } from './catalog/initializers';
import { LOSS_NAMES } from './catalog/losses';
import {
  at,
  fail,
  get,
  int,
  isRecord,
  item,
  list,
  num,
  oneOf,
  plural,
  record,
  reject,
  valueOr,
  type Raw,
} from './check';
import type { DataFacts } from './data';
import { DEFAULTS, defaultLoss } from './defaults';
import { SpecError } from './errors';
import { LIMITS, groupThousands } from './limits';
import type { ActivationName, InitName, InitSpec, LayerSpec, LayerType, ModelSpec } from './types';

/** Each layer type's fields besides `type`. */
const LAYER_FIELDS: Record<LayerType, readonly string[]> = {
  dense: ['units', 'activation', 'init'],
  activation: ['activation'],
  batchnorm: [],
  dropout: ['rate'],
};

export function parseModel(value: unknown, path: string, data: DataFacts): ModelSpec {
  const raw = record(value, path, { owner: 'the model', fields: ['inputs', 'layers', 'loss'] });
  const inputsPath = at(path, 'inputs');
  const inputs = int(valueOr(raw, 'inputs', data.features), inputsPath, 1, LIMITS.features);
  if (inputs !== data.features) {
    fail(inputsPath, `is ${inputs} but the data has ${plural(data.features, 'feature')}`);
  }
  const layersPath = at(path, 'layers');
  const layers = list(get(raw, 'layers'), layersPath, {
    min: 1,
    max: LIMITS.layers,
    noun: 'layers',
  });
  const losses = LOSS_NAMES;
  const model: ModelSpec = {
    inputs,
    layers: layers.map((layer, i) => parseLayer(layer, item(layersPath, i))),
    loss: oneOf(valueOr(raw, 'loss', defaultLoss(data.task)), at(path, 'loss'), losses),
  };
  const count = countParameters(model);
  if (count > LIMITS.parameters) {
    const limit = groupThousands(LIMITS.parameters);
    const where = at(path, 'layers');
    throw new SpecError(
      where,
      `${where} hold ${groupThousands(count)} parameters; the limit is ${limit}`,
    );
  }
  checkOutput(model, path, data);
  return model;
}

/** Trainable numbers: W and b of each dense layer, gamma and beta of each batch norm. */
export function countParameters(model: ModelSpec): number {
  let count = 0;
  layerInputs(model).forEach((width, i) => {
    const layer = model.layers[i];
    if (layer.type === 'dense') count += width * layer.units + layer.units;
    if (layer.type === 'batchnorm') count += 2 * width;
  });
  return count;
}

/** The input width of each layer: the model's inputs, then the last dense layer's units. */
export function layerInputs(model: ModelSpec): number[] {
  let width = model.inputs;
  return model.layers.map((layer) => {
    const inputs = width;
    if (layer.type === 'dense') width = layer.units;
    return inputs;
  });
}

function parseLayer(value: unknown, path: string): LayerSpec {
  if (!isRecord(value)) reject(path, 'an object', value);
  const types = Object.keys(LAYER_FIELDS) as LayerType[];
  const type = oneOf(get(value, 'type'), at(path, 'type'), types);
  const article = type === 'activation' ? 'an' : 'a';
  const raw = record(value, path, {
    owner: `${article} ${type} layer`,
    fields: LAYER_FIELDS[type],
    tag: 'type',
  });
  const activations = ACTIVATION_NAMES;
  switch (type) {
    case 'dense':
      return {
        type,
        units: int(get(raw, 'units'), at(path, 'units'), 1, LIMITS.units),
        activation: oneOf(
          valueOr(raw, 'activation', DEFAULTS.activation),
          at(path, 'activation'),
          activations,
        ),
        init: parseInit(valueOr(raw, 'init', DEFAULTS.init), at(path, 'init')),
      };
    case 'activation':
      return {
        type,
        activation: oneOf(get(raw, 'activation'), at(path, 'activation'), activations),
      };
    case 'batchnorm':
      return { type };
    case 'dropout':
      return {
        type,
        rate: num(valueOr(raw, 'rate', DEFAULTS.dropoutRate), at(path, 'rate'), { ge: 0, lt: 1 }),
      };
  }
}

/** A name ("he_normal") or an object ({ "name": "normal", "std": 0.01 }), options filled in. */
export function parseInit(value: unknown, path: string): InitSpec {
  const names = INIT_NAMES;
  if (typeof value === 'string') return initSpec(oneOf(value, path, names), {}, path);
  if (!isRecord(value)) {
    reject(path, `an initializer name or an object { name, … } (${names.join(', ')})`, value);
  }
  const name = oneOf(get(value, 'name'), at(path, 'name'), names);
  const options = Object.keys(initEntry(name).options);
  return initSpec(name, record(value, path, { owner: name, fields: options, tag: 'name' }), path);
}

function initSpec(name: InitName, raw: Raw, path: string): InitSpec {
  const spec: InitSpec = { name };
  const options = initEntry(name).options;
  for (const key of Object.keys(options) as (keyof typeof options)[]) {
    spec[key] = num(valueOr(raw, key, options[key]), at(path, key), {
      gt: 0,
      le: LIMITS.initScale,
    });
  }
  return spec;
}

/**
 * The output must fit the loss and the task (the contract's pairs): cross_entropy on a
 * softmax with one unit per class; bce on one sigmoid unit for two classes; mse on one
 * unit per class (or one unit for two classes), or on one unit per regression target.
 */
function checkOutput(model: ModelSpec, path: string, data: DataFacts): void {
  const { loss, layers } = model;
  const layersPath = at(path, 'layers');
  const lastDense = layers.map((layer) => layer.type).lastIndexOf('dense');
  const output = layers[lastDense];
  if (output?.type !== 'dense') fail(layersPath, 'must include a dense layer (the output layer)');
  const units = output.units;
  const unitsPath = at(item(layersPath, lastDense), 'units');
  const lossText = `model.loss "${loss}"`;

  if (data.task === 'regression') {
    if (loss !== 'mse') {
      fail(at(path, 'loss'), `"${loss}" is for classification; regression data needs "mse"`);
    }
    if (units !== data.targetDims) {
      const targets = plural(data.targetDims, 'target');
      fail(unitsPath, `is ${units} but the data has ${targets} per sample`);
    }
    return;
  }
  const classes = data.classes;
  /** The last layer must produce `activation`: a dense layer with it, or an activation layer. */
  const needOutput = (activation: ActivationName) => {
    const last = layers.length - 1;
    const layer = layers[last];
    if (layer.type === 'dense' || layer.type === 'activation') {
      if (layer.activation !== activation) {
        const got = `(got "${layer.activation}")`;
        fail(
          at(item(layersPath, last), 'activation'),
          `must be ${activation} for ${lossText} ${got}`,
        );
      }
      return;
    }
    fail(
      item(layersPath, last),
      `is a ${layer.type} layer, but ${lossText} needs the last layer to output ${activation} ` +
        `(a dense layer with activation ${activation}, or an activation layer ${activation})`,
    );
  };
  if (loss === 'cross_entropy') {
    needOutput('softmax');
    if (units !== classes) {
      const why = `(${lossText} needs one unit per class)`;
      fail(unitsPath, `is ${units} but the data has ${classes} classes ${why}`);
    }
  } else if (loss === 'bce') {
    if (classes !== 2) {
      const instead = classes > 2 ? ' (use "cross_entropy")' : '';
      fail(at(path, 'loss'), `"bce" needs exactly 2 classes; the data has ${classes}${instead}`);
    }
    needOutput('sigmoid');
    if (units !== 1) fail(unitsPath, `must be 1 for ${lossText} (got ${units})`);
  } else if (units !== classes && !(units === 1 && classes === 2)) {
    const or = classes === 2 ? ' (or 1)' : '';
    fail(
      unitsPath,
      `is ${units} but ${lossText} on ${classes} classes needs ${classes} units${or}`,
    );
  }
}
