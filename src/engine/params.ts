// Parameters in and out of the contract's `params` layout: one entry per document layer,
// written and read by the layer's row of the layer table (layers/index.ts).
import type { LayerParams } from '../spec/types';
import { rowOf } from './layers';
import type { Model } from './model';

export function exportParams(model: Model): LayerParams[] {
  return model.spec.layers.map((spec, i) => rowOf(spec).dump(primitives(model, i)));
}

/** Loads parameters that validation has already checked against the model's shapes. */
export function importParams(model: Model, params: readonly LayerParams[]): void {
  model.spec.layers.forEach((spec, i) => rowOf(spec).load(primitives(model, i), params[i]));
}

/** Document layer i's primitives. */
function primitives(model: Model, i: number) {
  return model.primitivesOf[i].map((index) => model.layers[index]);
}
