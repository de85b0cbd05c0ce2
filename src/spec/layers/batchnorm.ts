// `batchnorm`: each feature normalised over the batch (BatchNorm1d), or after an image each
// channel over the batch, height and width (BatchNorm2d); then γ·x̂ + β, with running
// statistics for evaluation; its shape is its input's. Parameters: γ and β per feature or
// channel, and the running mean and variance beside them in `params`.
import { at, floats, get, item, num, record } from '../check';
import type { BatchNormParams, BatchNormSpec } from '../types';
import type { LayerKind } from './kind';
import { isImage, sizeOf, type Shape } from './shape';

/** What γ and β have one entry for: the features, or an image's channels. */
export function normalizedUnits(input: Shape): number {
  return isImage(input) ? input[0] : input;
}

export const batchnorm: LayerKind<BatchNormSpec> = {
  fields: [],
  imageOnly: false,
  article: 'a',
  parse: () => ({ type: 'batchnorm' }),
  output: (_spec, input) => input,
  parameters: (_spec, input) => 2 * normalizedUnits(input),
  values: (_spec, input) => sizeOf(input),
  params(entry, _spec, input, path, layerPath) {
    const fields = ['gamma', 'beta', 'runningMean', 'runningVar'];
    const raw = record(entry, path, { owner: "a batchnorm layer's params", fields });
    const width = normalizedUnits(input);
    const what = isImage(input) ? 'channels' : 'inputs';
    const vector = (key: string) =>
      floats(get(raw, key), at(path, key), width, `${layerPath} has ${width} ${what}`);
    const params: BatchNormParams = { gamma: vector('gamma'), beta: vector('beta') };
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
