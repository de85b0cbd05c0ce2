// `flatten`: an image [C, H, W] to C·H·W numbers in channel, row, column order (torch.flatten
// from dimension 1); a flat input passes unchanged, as nn.Flatten leaves a [N, D] tensor.
import { record } from '../check';
import type { FlattenSpec } from '../types';
import type { LayerKind } from './kind';
import { sizeOf } from './shape';

export const flatten: LayerKind<FlattenSpec> = {
  fields: [],
  imageOnly: false,
  article: 'a',
  parse: () => ({ type: 'flatten' }),
  output: (_spec, input) => sizeOf(input),
  parameters: () => 0,
  // No copy: the engine hands its input on (engine/layers/flatten.ts).
  values: () => 0,
  params: (entry, _spec, _input, path) => {
    record(entry, path, { owner: "a flatten layer's params", fields: [] });
    return {};
  },
  summary: () => 'flatten',
};
