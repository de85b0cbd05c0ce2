// The builder's layer table: one row per layer type, one file each. `Record` over every
// layer type, so a type without a row here does not compile. Its order is the order of the
// "Add" buttons: the layers for any data first, then those for images.
import type { LayerSpec, LayerType } from '../../../spec/types';
import { activation } from './activation';
import { batchnorm } from './batchnorm';
import { conv2d } from './conv2d';
import { dense } from './dense';
import { dropout } from './dropout';
import { flatten } from './flatten';
import { avgpool2d, maxpool2d } from './pool2d';
import type { LayerView } from './row';

export type { FieldsProps, LayerView } from './row';

export const LAYER_VIEWS: {
  readonly [K in LayerType]: LayerView<Extract<LayerSpec, { type: K }>>;
} = { dense, batchnorm, dropout, activation, conv2d, maxpool2d, avgpool2d, flatten };

/** The row of `layer`'s type, typed for that layer. */
export function viewOf<S extends LayerSpec>(layer: S): LayerView<S> {
  return LAYER_VIEWS[layer.type] as unknown as LayerView<S>;
}
