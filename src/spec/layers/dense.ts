// `dense`: y = f(x·W + b) with W of shape [inputs][units] (an image input is flattened first,
// in channel, row, column order, as torch.flatten does). The bias starts at 0.
import { ACTIVATION_NAMES } from '../catalog/activations';
import { at, fail, floats, get, int, item, list, oneOf, record, valueOr } from '../check';
import { DEFAULTS } from '../defaults';
import { LIMITS } from '../limits';
import { parseInit } from '../init';
import type { DenseSpec } from '../types';
import type { LayerKind } from './kind';
import { sizeOf } from './shape';

export const dense: LayerKind<DenseSpec> = {
  fields: ['units', 'activation', 'init'],
  article: 'a',
  parse: (raw, path) => ({
    type: 'dense',
    units: int(get(raw, 'units'), at(path, 'units'), 1, LIMITS.units),
    activation: oneOf(
      valueOr(raw, 'activation', DEFAULTS.activation),
      at(path, 'activation'),
      ACTIVATION_NAMES,
    ),
    init: parseInit(valueOr(raw, 'init', DEFAULTS.init), at(path, 'init')),
  }),
  output: (spec) => spec.units,
  parameters: (spec, input) => sizeOf(input) * spec.units + spec.units,
  // The affine output, and the activation's apart from it (a primitive of its own).
  values: (spec) => (spec.activation === 'linear' ? spec.units : 2 * spec.units),
  params(entry, spec, input, path, layerPath) {
    const raw = record(entry, path, { owner: "a dense layer's params", fields: ['W', 'b'] });
    const width = sizeOf(input);
    const wPath = at(path, 'W');
    const rows = list(get(raw, 'W'), wPath);
    if (rows.length !== width) {
      fail(wPath, `has ${rows.length} rows but ${layerPath} has ${width} inputs`);
    }
    const unitsText = `${layerPath}.units is ${spec.units}`;
    return {
      W: rows.map((row, r) => floats(row, item(wPath, r), spec.units, unitsText)),
      b: floats(get(raw, 'b'), at(path, 'b'), spec.units, unitsText),
    };
  },
  summary: (spec) =>
    `dense ${spec.units}${spec.activation === 'linear' ? '' : ` ${spec.activation}`}`,
};
