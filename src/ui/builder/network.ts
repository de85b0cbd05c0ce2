// The builder's reading of the network, apart from React so the tests can read it too: what
// comes out of each layer and what it learns, where an "Add" button puts its layer, which row
// a refused edit concerns, and how the input is worded.
import { dataSetEntry, DATASET_NAMES } from '../../spec/catalog/datasets';
import { isImage, kindOf, layerShapes, shapeText, type Shape } from '../../spec/layers';
import type { ModelSpec } from '../../spec/types';
import type { Translator } from '../i18n/translate';

/** What one row shows beside its controls: "→ 8 × 6 × 6 · 80 parameters". */
export interface RowFacts {
  output: Shape;
  parameters: number;
}

/** Each layer's output shape and trainable numbers (the spec's rows count them). */
export function rowFacts(model: ModelSpec): RowFacts[] {
  return layerShapes(model).map(({ layer, input, output }) => ({
    output,
    parameters: kindOf(layer).parameters(layer, input),
  }));
}

/** The output layer: the last dense one, as validation sees it; what follows belongs to it. */
export function outputIndex(model: ModelSpec): number {
  return Math.max(0, model.layers.map((l) => l.type).lastIndexOf('dense'));
}

/**
 * Where "Add" puts a fresh layer. Most go just before the output layer. An image layer (a
 * convolution, a pooling, a flatten) goes after the last layer that still outputs an image,
 * i.e. before the first whose output is flat (the first dense or flatten), so adding a
 * convolution to a dense network on digits gives [conv, dense, …]. Null: an image layer and
 * no image to put it on.
 */
export function insertionIndex(model: ModelSpec, image: boolean): number | null {
  if (!image) return outputIndex(model);
  if (!isImage(model.inputs)) return null;
  const flat = layerShapes(model).findIndex(({ output }) => !isImage(output));
  // A valid network ends flat (validation insists), so `flat` is found; the fallback is moot.
  return flat === -1 ? model.layers.length : flat;
}

/** The layer a refusal is about, from its path ("model.layers[2].size" → 2), else null. */
export function refusedLayer(path: string): number | null {
  const match = /^model\.layers\[(\d+)\]/.exec(path);
  return match === null ? null : Number(match[1]);
}

/**
 * Validation's words without the layer's own path, which its row already shows:
 * "model.layers[1].size is 2, …" reads "size is 2, …" there; "model.layers[0] is a conv2d
 * layer, …" reads "this layer is a conv2d layer, …". Other paths stay as they are.
 */
export function withinLayer(message: string, index: number): string {
  const own = `model.layers[${index}]`;
  if (!message.startsWith(own)) return message;
  const rest = message.slice(own.length);
  return rest.startsWith('.') ? rest.slice(1) : `this layer${rest}`;
}

/** The network's input: "2 inputs", or "1 × 8 × 8 image". */
export function inputText(t: Translator, inputs: Shape): string {
  return isImage(inputs)
    ? t('network.imageInput', { shape: shapeText(inputs) })
    : t.plural('common.inputs', inputs);
}

/** The data sets of images, as the data menu names them: "Digits (8×8) or Fashion-MNIST (28×28)". */
export function imageSetsText(t: Translator): string {
  return DATASET_NAMES.filter((name) => dataSetEntry(name).image !== undefined)
    .map((name) => t.label('dataset', name, dataSetEntry(name).label))
    .join(t('network.or'));
}
