// A flatten layer in the builder: nothing to set. It goes where the image ends, as the
// convolutions do: after a dense layer there is nothing left to flatten.
import type { FlattenSpec } from '../../../spec/types';
import type { LayerView } from './row';

export const flatten: LayerView<FlattenSpec> = {
  Fields: null,
  add: { label: 'network.addFlatten', layer: { type: 'flatten' }, image: true },
};
