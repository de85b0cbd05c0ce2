// The optional `params` block: initial parameters in the contract's layout, one entry per
// layer, every shape exactly the model's; each layer's row of the layer table checks its own
// entry ({ W, b } for dense, { gamma, beta, runningMean?, runningVar? } for batch norm, {}
// for layers without parameters).
import { fail, item, list, plural } from './check';
import { kindOf, layerShapes } from './layers';
import type { LayerParams, ModelSpec } from './types';

export function parseParams(value: unknown, path: string, model: ModelSpec): LayerParams[] | null {
  if (value === null) return null;
  const entries = list(value, path);
  const layers = layerShapes(model);
  if (entries.length !== layers.length) {
    fail(
      path,
      `has ${plural(entries.length, 'entry', 'entries')} but model.layers has ${layers.length} (one per layer)`,
    );
  }
  return entries.map((entry, i) => {
    const { layer, input } = layers[i];
    return kindOf(layer).params(entry, layer, input, item(path, i), `model.layers[${i}]`);
  });
}
