// `dropout`: inverted dropout (kept elements scaled by 1/(1 − rate) while training, the
// identity outside training); its shape is its input's.
import { at, num, record, valueOr } from '../check';
import { DEFAULTS } from '../defaults';
import type { DropoutSpec } from '../types';
import type { LayerKind } from './kind';
import { sizeOf } from './shape';

export const dropout: LayerKind<DropoutSpec> = {
  fields: ['rate'],
  imageOnly: false,
  article: 'a',
  parse: (raw, path) => ({
    type: 'dropout',
    rate: num(valueOr(raw, 'rate', DEFAULTS.dropoutRate), at(path, 'rate'), { ge: 0, lt: 1 }),
  }),
  output: (_spec, input) => input,
  parameters: () => 0,
  values: (_spec, input) => sizeOf(input),
  params: (entry, _spec, _input, path) => {
    record(entry, path, { owner: "a dropout layer's params", fields: [] });
    return {};
  },
  summary: (spec) => `dropout ${spec.rate}`,
};
