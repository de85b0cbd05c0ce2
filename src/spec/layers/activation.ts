// `activation`: f applied to every element of its input (softmax: along each sample's
// features), as a layer of its own; its shape is its input's.
import { ACTIVATION_NAMES } from '../catalog/activations';
import { at, fail, get, oneOf, record } from '../check';
import type { ActivationLayerSpec } from '../types';
import type { LayerKind } from './kind';
import { isImage, sizeOf } from './shape';

export const activation: LayerKind<ActivationLayerSpec> = {
  fields: ['activation'],
  imageOnly: false,
  article: 'an',
  parse: (raw, path) => ({
    type: 'activation',
    activation: oneOf(get(raw, 'activation'), at(path, 'activation'), ACTIVATION_NAMES),
  }),
  output(spec, input, path) {
    // Softmax is along a sample's features: an image has none to run along yet.
    if (spec.activation === 'softmax' && isImage(input)) {
      fail(at(path, 'activation'), 'cannot be softmax on an image (flatten it first)');
    }
    return input;
  },
  parameters: () => 0,
  values: (_spec, input) => sizeOf(input),
  params: (entry, _spec, _input, path) => {
    record(entry, path, { owner: "an activation layer's params", fields: [] });
    return {};
  },
  summary: (spec) => spec.activation,
};
