// Flatten, [C, H, W] to C·H·W numbers: on our buffers it is the identity. Each row already
// holds its sample in channel, row, column order, which is exactly torch.flatten's order, so
// no number moves: forward hands its input on and backward its gradient, with no copy.
//
// It is a primitive (rather than a row with none) so that every document layer keeps at
// least one primitive of its own: the model finds a layer's output as its last primitive's.
import type { Matrix } from '../matrix';
import type { FlattenSpec } from '../../spec/types';
import { sizeOf } from '../../spec/layers';
import { flattenModule } from '../export/torchModules';
import type { Layer, LayerRow } from './layer';

export class Flatten implements Layer {
  readonly kind = 'flatten' as const;
  readonly params = [];
  readonly outputs: number;

  constructor(readonly inputs: number) {
    this.outputs = inputs;
  }

  forward(x: Matrix): Matrix {
    return x;
  }

  backward(dy: Matrix): Matrix {
    return dy;
  }
}

export const flatten: LayerRow<FlattenSpec> = {
  build: (_spec, input) => [new Flatten(sizeOf(input))],
  dump: () => ({}),
  load: () => {},
  torch: (_spec, _input, k) => [flattenModule(k)],
};
