// The layer table, the document's side: one row per layer type (one file each), and the one
// walk through a model's shapes that every reader of the layers shares.
import type { LayerSpec, LayerType, ModelSpec } from '../types';
import { activation } from './activation';
import { batchnorm } from './batchnorm';
import { conv2d } from './conv2d';
import { dense } from './dense';
import { dropout } from './dropout';
import { flatten } from './flatten';
import type { LayerKind } from './kind';
import { avgpool2d, maxpool2d } from './pool2d';
import type { Shape } from './shape';

export type { LayerKind } from './kind';
export { isImage, parseImageShape, shapeText, sizeOf, type ImageShape, type Shape } from './shape';
export { normalizedUnits } from './batchnorm';
export { convSize } from './conv2d';
export { poolSize } from './pool2d';

export const LAYER_KINDS: {
  readonly [K in LayerType]: LayerKind<Extract<LayerSpec, { type: K }>>;
} = { dense, conv2d, maxpool2d, avgpool2d, flatten, activation, batchnorm, dropout };

export const LAYER_TYPES = Object.keys(LAYER_KINDS) as LayerType[];

/** The row of `spec`'s type, typed for that spec. */
export function kindOf<S extends LayerSpec>(spec: S): LayerKind<S> {
  return LAYER_KINDS[spec.type] as unknown as LayerKind<S>;
}

/** One layer of a model with the shapes around it. */
export interface ShapedLayer {
  readonly layer: LayerSpec;
  readonly input: Shape;
  readonly output: Shape;
}

/**
 * Each layer with its input and output shape, from the model's inputs on. A layer that
 * cannot take its input refuses it, naming `model.layers[i]` under `path`.
 */
export function layerShapes(model: ModelSpec, path = 'model'): ShapedLayer[] {
  let shape: Shape = model.inputs;
  return model.layers.map((layer, i) => {
    const input = shape;
    shape = kindOf(layer).output(layer, input, `${path}.layers[${i}]`);
    return { layer, input, output: shape };
  });
}

/**
 * Values one row of a pass holds across the network: what every layer keeps of its outputs
 * (its row says; a dense layer with an activation keeps the affine output and the
 * activation's output apart). Times the rows of a pass, held to LIMITS.activations.
 */
export function valuesPerRow(model: ModelSpec): number {
  return valuesPerLayer(model).reduce((sum, values) => sum + values, 0);
}

/** What each layer keeps of its outputs per row (valuesPerRow's terms). */
export function valuesPerLayer(model: ModelSpec): number[] {
  return layerShapes(model).map(({ layer, input, output }) =>
    kindOf(layer).values(layer, input, output),
  );
}

/** Multiply-adds of one sample's forward pass, per layer (0 for layers without products). */
export function multiplyAddsPerLayer(model: ModelSpec): number[] {
  return layerShapes(model).map(
    ({ layer, input, output }) => kindOf(layer).multiplyAdds?.(layer, input, output) ?? 0,
  );
}
