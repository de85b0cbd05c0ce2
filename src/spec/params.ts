// The optional `params` block: initial parameters in the contract's layout, one entry per
// layer, every shape exactly the model's ({ W: inputs × units, b: units } for dense,
// { gamma, beta, runningMean?, runningVar? } for batch norm, {} for the others).
import { at, fail, floats, get, item, list, num, plural, record } from './check';
import { layerInputs } from './model';
import type { LayerParams, ModelSpec } from './types';

export function parseParams(value: unknown, path: string, model: ModelSpec): LayerParams[] | null {
  if (value === null) return null;
  const entries = list(value, path);
  const layers = model.layers;
  if (entries.length !== layers.length) {
    fail(
      path,
      `has ${plural(entries.length, 'entry', 'entries')} but model.layers has ${layers.length} (one per layer)`,
    );
  }
  const widths = layerInputs(model);
  return entries.map((entry, i): LayerParams => {
    const entryPath = item(path, i);
    const layer = layers[i];
    const layerPath = `model.layers[${i}]`;
    const owner = `a ${layer.type} layer's params`;
    const width = widths[i];
    if (layer.type === 'dense') {
      const raw = record(entry, entryPath, { owner, fields: ['W', 'b'] });
      const wPath = at(entryPath, 'W');
      const rows = list(get(raw, 'W'), wPath);
      if (rows.length !== width) {
        fail(wPath, `has ${rows.length} rows but ${layerPath} has ${width} inputs`);
      }
      const unitsText = `${layerPath}.units is ${layer.units}`;
      return {
        W: rows.map((row, r) => floats(row, item(wPath, r), layer.units, unitsText)),
        b: floats(get(raw, 'b'), at(entryPath, 'b'), layer.units, unitsText),
      };
    }
    if (layer.type === 'batchnorm') {
      const fields = ['gamma', 'beta', 'runningMean', 'runningVar'];
      const raw = record(entry, entryPath, { owner, fields });
      const vector = (key: string) =>
        floats(get(raw, key), at(entryPath, key), width, `${layerPath} has ${width} inputs`);
      const params: LayerParams = { gamma: vector('gamma'), beta: vector('beta') };
      // The running statistics are optional on input: without them the layer starts from
      // mean 0 and variance 1, as a fresh BatchNorm1d does.
      if (get(raw, 'runningMean') !== undefined) params.runningMean = vector('runningMean');
      if (get(raw, 'runningVar') !== undefined) {
        const variances = vector('runningVar');
        variances.forEach((v, j) => num(v, item(at(entryPath, 'runningVar'), j), { ge: 0 }));
        params.runningVar = variances;
      }
      return params;
    }
    record(entry, entryPath, { owner, fields: [] });
    return {};
  });
}
