// A batch-norm layer in the builder: nothing to set.
import type { BatchNormSpec } from '../../../spec/types';
import type { LayerView } from './row';

export const batchnorm: LayerView<BatchNormSpec> = {
  Fields: null,
  add: { label: 'network.addBatchNorm', layer: { type: 'batchnorm' } },
};
