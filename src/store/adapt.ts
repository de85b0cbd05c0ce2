// When the data changes, the network's ends follow it: the input becomes the data's (its
// features, or its image shape), layers that work on images only go when the data has
// none, and the output layer and loss follow the task (softmax + cross-entropy for classes,
// linear + MSE for regression) unless the user chose otherwise where that still fits: a
// sigmoid + BCE output while there are two classes, squared error on one-hot classes.
import { classCount, DATASET_CATALOG, dataSetEntry, isDataSetName } from '../spec/catalog/datasets';
import { flipAllowed, IMAGE_AUGMENTS, maxShift, movesPixels } from '../spec/augment';
import { DEFAULTS } from '../spec/defaults';
import { kindOf, type ImageShape, type Shape } from '../spec/layers';
import type { Experiment, GeneratedDataSpec, InlineDataSpec, LayerSpec } from '../spec/types';
import type { Message } from '../spec/message';

/**
 * Fits `e`'s network to its data, in place. Returns a notice for the user when the loss
 * they chose could not be kept (binary cross-entropy on three classes, say), else null.
 */
export function fitModelToData(e: Experiment): Message | null {
  const shape = dataShape(e);
  if (shape === null) return null;
  const { task, features, classes, targetDims, image } = shape;
  const chosen = e.model.loss;
  e.model.inputs = image ?? features;
  const lastDense = e.model.layers.map((l) => l.type).lastIndexOf('dense');
  const output: LayerSpec =
    lastDense >= 0
      ? { ...e.model.layers[lastDense] }
      : { type: 'dense', units: 1, activation: 'linear', init: { name: 'xavier_uniform' } };
  if (output.type !== 'dense') return null;
  if (task === 'regression') {
    e.model.loss = 'mse';
    output.units = targetDims;
    output.activation = 'linear';
  } else if (e.model.loss === 'bce' && classes === 2) {
    output.units = 1;
    output.activation = 'sigmoid';
  } else if (e.model.loss === 'mse') {
    // Squared error on one-hot targets (the TensorFlow Playground's way): a user's choice,
    // kept; one output per class, softmax swapped for something squared error can use.
    output.units = classes;
    if (output.activation === 'softmax') output.activation = 'sigmoid';
  } else {
    e.model.loss = 'cross_entropy';
    output.units = classes;
    output.activation = 'softmax';
  }
  // Whatever came after the output layer (an activation, a dropout) no longer fits it.
  e.model.layers = [...e.model.layers.slice(0, Math.max(lastDense, 0)), output];
  if (e.model.loss === chosen) return null;
  return task === 'regression'
    ? { key: 'notice.regressionOutput' }
    : { key: 'notice.bceNeedsTwoClasses', vars: { classes } };
}

/**
 * The layers that need an image (convolutions, poolings) go, in place, where the data has
 * none, or from the first that no longer fits a new image; the notice says how many. Null
 * when there was nothing to remove.
 */
export function dropImageLayers(e: Experiment): Message | null {
  const shape = dataShape(e);
  if (shape === null) return null;
  const image = shape.image;
  const kept =
    image === undefined
      ? e.model.layers.filter((layer) => !kindOf(layer).imageOnly)
      : fitting(e.model.layers, image);
  const count = e.model.layers.length - kept.length;
  if (count === 0) return null;
  e.model.layers = kept;
  return { key: 'notice.imageLayersDropped', vars: { count } };
}

/**
 * Augmentation follows the data too, in place: the transforms that move pixels go where the
 * data has no images, a shift shrinks to fit a smaller image, and a mirror goes where it
 * would change the class (the digits). Augmentation with nothing left on is turned off, and
 * the notice says so; null when nothing changed.
 */
export function fitAugmentToData(e: Experiment): Message | null {
  const augment = e.training.augment;
  const shape = dataShape(e);
  if (augment === null || shape === null) return null;
  const before = JSON.stringify(augment);
  const image = shape.image;
  // The image transforms back to their defaults (off), jitter kept.
  if (image === undefined)
    for (const key of IMAGE_AUGMENTS) Object.assign(augment, { [key]: DEFAULTS.augment[key] });
  else augment.shift = Math.min(augment.shift, maxShift(image));
  if (augment.flip && !flipAllowed(e.data)) augment.flip = false;
  if (JSON.stringify(augment) === before) return null;
  if (augment.jitter === 0 && !movesPixels(augment)) {
    e.training.augment = null;
    return { key: 'notice.augmentOff' };
  }
  return { key: 'notice.augmentFitted' };
}

/**
 * The layers on a new image (Fashion-MNIST's convolutions on digits): the image layers as
 * long as they fit it, and from the first that does not (a kernel larger than what reaches
 * it), no more image layers; the others stay.
 */
function fitting(layers: readonly LayerSpec[], image: ImageShape): LayerSpec[] {
  let shape: Shape = image,
    broken = false;
  return layers.filter((layer) => {
    const kind = kindOf(layer);
    if (broken && kind.imageOnly) return false;
    try {
      shape = kind.output(layer, shape, '');
    } catch {
      if (!kind.imageOnly) return true; // a flat layer's refusal is the output's to fix
      broken = true;
      return false;
    }
    return true;
  });
}

/** Task, inputs, classes and targets of the experiment's data, without loading it. */
function dataShape(e: Experiment) {
  const data = e.data;
  if (data.kind === 'inline') {
    const inline = data as InlineDataSpec;
    const first = inline.y[0];
    return {
      task: inline.task,
      features: inline.x[0]?.length ?? 0,
      classes: inline.task === 'classification' ? Math.max(...(inline.y as number[])) + 1 : 0,
      targetDims: Array.isArray(first) ? first.length : 1,
      image: inline.shape,
    };
  }
  if (!isDataSetName(data.kind)) return null;
  const entry = DATASET_CATALOG[data.kind];
  const options = data as GeneratedDataSpec;
  return {
    task: entry.task,
    features: entry.features,
    classes: classCount(entry, options),
    targetDims: entry.targetDims,
    image: dataSetEntry(data.kind).image,
  };
}
