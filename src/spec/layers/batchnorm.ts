// `batchnorm`: each feature normalised over the batch (BatchNorm1d), then γ·x̂ + β, with
// running statistics for evaluation; its shape is its input's. Parameters: γ and β per
// feature, and the running mean and variance beside them in `params`.
import { at, floats, get, item, num, record } from '../check';
import type { BatchNormSpec, LayerParams } from '../types';
import type { LayerKind } from './kind';
import { sizeOf } from './shape';

export const batchnorm: LayerKind<BatchNormSpec> = {
  fields: [],
  article: 'a',
  parse: () => ({ type: 'batchnorm' }),
  output: (_spec, input) => input,
  parameters: (_spec, input) => 2 * sizeOf(input),
  values: (_spec, input) => sizeOf(input),
  params(entry, _spec, input, path, layerPath) {
    const fields = ['gamma', 'beta', 'runningMean', 'runningVar'];
    const raw = record(entry, path, { owner: "a batchnorm layer's params", fields });
    const width = sizeOf(input);
    const vector = (key: string) =>
      floats(get(raw, key), at(path, key), width, `${layerPath} has ${width} inputs`);
    const params: LayerParams = { gamma: vector('gamma'), beta: vector('beta') };
    // The running statistics are optional on input: without them the layer starts from
    // mean 0 and variance 1, as a fresh BatchNorm1d does.
    if (get(raw, 'runningMean') !== undefined) params.runningMean = vector('runningMean');
    if (get(raw, 'runningVar') !== undefined) {
      const variances = vector('runningVar');
      variances.forEach((v, j) => num(v, item(at(path, 'runningVar'), j), { ge: 0 }));
      params.runningVar = variances;
    }
    return params;
  },
  summary: () => 'batchnorm',
};
