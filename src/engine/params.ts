// Parameters in and out of the contract's `params` layout: one entry per document layer,
// { W, b } for dense, { gamma, beta, runningMean, runningVar } for batch norm, {} otherwise.
import type { LayerParams } from '../spec/types';
import { BatchNorm } from './layers/batchNorm';
import { Dense } from './layers/dense';
import { toRows } from './matrix';
import type { Model } from './model';

export function exportParams(model: Model): LayerParams[] {
  return model.primitivesOf.map((indices): LayerParams => {
    const layer = model.layers[indices[0]];
    if (layer instanceof Dense) {
      const [rows, cols] = layer.W.shape;
      return { W: toRows({ rows, cols, data: layer.W.value }), b: Array.from(layer.b.value) };
    }
    if (layer instanceof BatchNorm) {
      return {
        gamma: Array.from(layer.gamma.value),
        beta: Array.from(layer.beta.value),
        runningMean: Array.from(layer.runningMean),
        runningVar: Array.from(layer.runningVar),
      };
    }
    return {};
  });
}

/** Loads parameters that validation has already checked against the model's shapes. */
export function importParams(model: Model, params: readonly LayerParams[]): void {
  model.primitivesOf.forEach((indices, i) => {
    const layer = model.layers[indices[0]];
    const p = params[i];
    if (layer instanceof Dense && 'W' in p) {
      p.W.forEach((row, r) => layer.W.value.set(row, r * layer.outputs));
      layer.b.value.set(p.b);
    } else if (layer instanceof BatchNorm && 'gamma' in p) {
      layer.gamma.value.set(p.gamma);
      layer.beta.value.set(p.beta);
      if (p.runningMean) layer.runningMean.set(p.runningMean);
      if (p.runningVar) layer.runningVar.set(p.runningVar);
    }
  });
}
