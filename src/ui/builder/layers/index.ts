// The builder's layer table: one row per layer type, one file each. `Record` over every
// layer type, so a type without a row here does not compile.
import type { LayerSpec, LayerType } from '../../../spec/types';
import type { Translator } from '../../i18n/translate';
import { activation } from './activation';
import { batchnorm } from './batchnorm';
import { dense } from './dense';
import { dropout } from './dropout';
import type { LayerView } from './row';

export type { FieldsProps, LayerView } from './row';

export const LAYER_VIEWS: {
  readonly [K in LayerType]: LayerView<Extract<LayerSpec, { type: K }>>;
} = { dense, batchnorm, dropout, activation };

/** The row of `layer`'s type, typed for that layer. */
export function viewOf<S extends LayerSpec>(layer: S): LayerView<S> {
  return LAYER_VIEWS[layer.type] as unknown as LayerView<S>;
}

/** "dense 16 relu", "dropout 0.2": the layer in short, for the histograms and the diagram. */
export function describeLayer(t: Translator, layer: LayerSpec | undefined): string {
  return layer === undefined ? '' : viewOf(layer).short(t, layer);
}
