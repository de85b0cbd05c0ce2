// `dense`: y = f(x·W + b) with W of shape [inputs][units] (an image input is flattened first,
// in channel, row, column order, as torch.flatten does). The bias starts at 0; `bias: false`
// leaves it out (as before batch norm: h = f(BN(x·W))).
import { ACTIVATION_NAMES } from '../catalog/activations';
import { at, bool, fail, floats, get, int, item, list, oneOf, record, valueOr } from '../check';
import { DEFAULTS } from '../defaults';
import { LIMITS } from '../limits';
import { parseInit } from '../init';
import type { DenseParams, DenseSpec } from '../types';
import type { LayerKind } from './kind';
import { sizeOf } from './shape';

export const dense: LayerKind<DenseSpec> = {
  fields: ['units', 'activation', 'init', 'bias'],
  imageOnly: false,
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
    ...(bool(valueOr(raw, 'bias', true), at(path, 'bias')) ? {} : { bias: false as const }),
  }),
  output: (spec) => spec.units,
  multiplyAdds: (spec, input) => sizeOf(input) * spec.units,
  parameters: (spec, input) => sizeOf(input) * spec.units + (spec.bias === false ? 0 : spec.units),
  // The affine output, and the activation's apart from it (a primitive of its own).
  values: (spec) => (spec.activation === 'linear' ? spec.units : 2 * spec.units),
  params(entry, spec, input, path, layerPath): DenseParams {
    const fields = spec.bias === false ? ['W'] : ['W', 'b'];
    const raw = record(entry, path, { owner: "a dense layer's params", fields });
    const width = sizeOf(input);
    const wPath = at(path, 'W');
    const rows = list(get(raw, 'W'), wPath);
    if (rows.length !== width) {
      fail(wPath, `has ${rows.length} rows but ${layerPath} has ${width} inputs`);
    }
    const unitsText = `${layerPath}.units is ${spec.units}`;
    const W = rows.map((row, r) => floats(row, item(wPath, r), spec.units, unitsText));
    if (spec.bias === false) return { W };
    return { W, b: floats(get(raw, 'b'), at(path, 'b'), spec.units, unitsText) };
  },
  // "no bias" named: two networks that differ only there (before batch norm) are told apart.
  summary: (spec) =>
    `dense ${spec.units}${spec.activation === 'linear' ? '' : ` ${spec.activation}`}` +
    (spec.bias === false ? ' no bias' : ''),
};
