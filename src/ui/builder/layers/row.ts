// One row of the builder's layer table: how the page shows and edits one layer type. The
// document's side of the row is spec/layers, the engine's engine/layers; this side names the
// layer, gives its fields their controls, and offers a fresh one to add.
import type { ComponentType } from 'react';
import type { LayerSpec } from '../../../spec/types';
import type { MessageKey } from '../../i18n/dictionaries/en';

/** What a layer's controls need: the layer, its number, and a way to change it. */
export interface FieldsProps<S extends LayerSpec> {
  layer: S;
  /** 1-based, for the controls' accessible names ("More units in layer 2"). */
  n: number;
  /** The output layer follows the data: its size and activation are not the user's. */
  isOutput: boolean;
  /** Applies `update` to this layer of the experiment (a draft: mutate it). */
  change: (update: (layer: S) => void) => void;
}

/** Its names are elsewhere (../layerNames.ts), so that plain modules can name layers too. */
export interface LayerView<S extends LayerSpec> {
  /**
   * The diagram draws a layer with units as a column of them (their responses, the weights
   * into them as edges); the others fold into the column before as tags.
   */
  units?(layer: S): number;
  /** Its controls, after its name; null for a layer without settings. */
  Fields: ComponentType<FieldsProps<S>> | null;
  /**
   * The "Add …" button's label and the layer it adds. A layer that works on images (a
   * convolution, a pooling, a flatten) says `image`: it goes where the image ends (../network.ts)
   * and cannot be added without image data.
   */
  add: { label: MessageKey; layer: S; image?: true };
}
