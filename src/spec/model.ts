// The `model` block: inputs, layers (each read by its row of the layer table, ./layers), the
// loss, and the checks that tie them to the data: the input width, the shapes from layer to
// layer, the parameter budget, and an output layer that fits the loss and the task.
import { LOSS_NAMES } from './catalog/losses';
import {
  isImage,
  kindOf,
  LAYER_KINDS,
  LAYER_TYPES,
  layerShapes,
  multiplyAddsPerLayer,
  parseImageShape,
  shapeText,
  type LayerKind,
  type Shape,
} from './layers';
import {
  at,
  fail,
  get,
  int,
  isRecord,
  item,
  list,
  oneOf,
  plural,
  record,
  reject,
  valueOr,
} from './check';
import type { DataFacts } from './data';
import { defaultLoss } from './defaults';
import { SpecError } from './errors';
import { LIMITS, groupThousands } from './limits';
import type { ActivationName, LayerSpec, ModelSpec } from './types';

export function parseModel(value: unknown, path: string, data: DataFacts): ModelSpec {
  const raw = record(value, path, { owner: 'the model', fields: ['inputs', 'layers', 'loss'] });
  const inputs = parseInputs(get(raw, 'inputs'), at(path, 'inputs'), data);
  const losses = LOSS_NAMES;
  const model: ModelSpec = {
    inputs,
    layers: parseLayers(get(raw, 'layers'), at(path, 'layers')),
    loss: oneOf(valueOr(raw, 'loss', defaultLoss(data.task)), at(path, 'loss'), losses),
  };
  // A layer that cannot take its input's shape says so here.
  const shapes = layerShapes(model, path);
  const output = shapes[shapes.length - 1].output;
  if (isImage(output)) {
    fail(
      at(path, 'layers'),
      `end in an image (${shapeText(output)}); the output must be one number per class or ` +
        'target: end with a dense layer (it flattens the image by itself)',
    );
  }
  const count = countParameters(model);
  if (count > LIMITS.parameters) {
    const limit = groupThousands(LIMITS.parameters);
    const where = at(path, 'layers');
    throw new SpecError(
      where,
      `${where} hold ${groupThousands(count)} parameters; the limit is ${limit}`,
    );
  }
  const work = multiplyAddsPerLayer(model);
  const total = work.reduce((a, b) => a + b, 0);
  if (total > LIMITS.multiplyAdds) {
    const largest = work.indexOf(Math.max(...work));
    const where = at(path, 'layers');
    throw new SpecError(
      where,
      `${where} take ${groupThousands(total)} multiply-adds per sample; the limit is ` +
        `${groupThousands(LIMITS.multiplyAdds)} (${where}[${largest}] takes the most, ` +
        `${groupThousands(work[largest])}: fewer filters or channels, a smaller kernel or a larger stride)`,
    );
  }
  checkOutput(model, path, data);
  return model;
}

/**
 * The input's shape: the data's (its features, or its images' [C, H, W]). The document may
 * leave it out, give the number of features, or give the image shape; an image set given
 * as its number of features still resolves to its shape (the set knows it), and a dense
 * network flattens it, so that means what it meant before images existed.
 */
function parseInputs(value: unknown, path: string, data: DataFacts): Shape {
  const image = data.image;
  if (value === undefined) return image ?? data.features;
  if (Array.isArray(value)) {
    const shape = parseImageShape(value, path, LIMITS.features);
    if (image === undefined) {
      fail(
        path,
        `is an image shape, but the data are not images (each sample is ${plural(data.features, 'number')})`,
      );
    }
    if (shape.some((side, i) => side !== image[i])) {
      fail(path, `is [${shape.join(', ')}] but the data's images are [${image.join(', ')}]`);
    }
    return image;
  }
  const inputs = int(value, path, 1, LIMITS.features);
  if (inputs !== data.features) {
    fail(path, `is ${inputs} but the data has ${plural(data.features, 'feature')}`);
  }
  return image ?? inputs;
}

/** Trainable numbers: each layer's row counts its own for its input's shape. */
export function countParameters(model: ModelSpec): number {
  let count = 0;
  for (const { layer, input } of layerShapes(model))
    count += kindOf(layer).parameters(layer, input);
  return count;
}

/** The `layers` array: 1 to LIMITS.layers layers, each read by its row. */
export function parseLayers(value: unknown, path: string): LayerSpec[] {
  const layers = list(value, path, { min: 1, max: LIMITS.layers, noun: 'layers' });
  return layers.map((layer, i) => parseLayer(layer, item(path, i)));
}

/** A layer: its `type` picks its row, which reads the rest. */
function parseLayer(value: unknown, path: string): LayerSpec {
  if (!isRecord(value)) reject(path, 'an object', value);
  const type = oneOf(get(value, 'type'), at(path, 'type'), LAYER_TYPES);
  const kind: LayerKind = LAYER_KINDS[type] as LayerKind;
  const raw = record(value, path, {
    owner: `${kind.article} ${type} layer`,
    fields: kind.fields,
    tag: 'type',
  });
  return kind.parse(raw, path);
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
