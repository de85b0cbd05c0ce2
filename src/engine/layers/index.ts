// The layer table, the engine's side: one row per document layer type, in the file of its
// primitives (their forward and backward beside how the row builds, saves, loads and exports
// them). The document's side of each row is spec/layers. Adding a layer type: its shape in
// the LayerSpec union (spec/types.ts), a spec row (fields, validation, shapes, counts), an
// engine row here, the builder's row on the page (ui/builder/layers), and its labels in the
// dictionaries (README: "Adding a layer type").
import type { LayerSpec, LayerType } from '../../spec/types';
import { activation } from './activation';
import { batchnorm } from './batchNorm';
import { conv2d } from './conv2d';
import { dense } from './dense';
import { dropout } from './dropout';
import { flatten } from './flatten';
import type { LayerRow } from './layer';
import { avgpool2d, maxpool2d } from './pool2d';

export const LAYERS: { readonly [K in LayerType]: LayerRow<Extract<LayerSpec, { type: K }>> } = {
  dense,
  conv2d,
  maxpool2d,
  avgpool2d,
  flatten,
  activation,
  batchnorm,
  dropout,
};

/** The row of `spec`'s type, typed for that spec. */
export function rowOf<S extends LayerSpec>(spec: S): LayerRow<S> {
  return LAYERS[spec.type] as unknown as LayerRow<S>;
}
