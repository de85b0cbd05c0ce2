// One sample through the network, layer by layer, in evaluation mode: what the diagram shows
// of an image network (each channel's feature map, then the units, then the class
// probabilities) for the sample the user picked or drew.
import type { Normalizer } from './data/normalize';
import type { Model } from './model';

/**
 * Each document layer's output for `raw` (one sample as the data holds it, before
 * normalisation), copied out of the layers' buffers.
 */
export function traceSample(
  model: Model,
  normalizer: Normalizer,
  raw: Float32Array,
): Float32Array[] {
  const x = normalizer.rows(raw);
  const outputs = model.forwardEach({ rows: 1, cols: x.length, data: x });
  return model.outputOf.map((index) =>
    Float32Array.from(outputs[index].data.subarray(0, outputs[index].cols)),
  );
}
