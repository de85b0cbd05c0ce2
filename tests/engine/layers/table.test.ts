// The layer table's two sides agree: what the document's rows (spec/layers) count and shape
// is what the engine's rows (engine/layers) build, and every row's params entry round-trips.
import { describe, expect, it } from 'vitest';
import { exportParams, importParams } from '../../../src/engine/params';
import { Flatten } from '../../../src/engine/layers/flatten';
import { Rng } from '../../../src/engine/random';
import { initialModel } from '../../../src/engine/train';
import { LAYERS } from '../../../src/engine/layers';
import { countParameters, parseExperiment } from '../../../src/spec';
import { LAYER_KINDS, layerShapes, sizeOf, valuesPerRow } from '../../../src/spec/layers';
import type { Experiment } from '../../../src/spec/types';

/** Every layer type, twice where it can follow another kind of layer. */
function everyLayer(seed: number): Experiment {
  return parseExperiment({
    version: 1,
    seed,
    data: { kind: 'spiral', samples: 40, classes: 3 },
    model: {
      layers: [
        { type: 'dense', units: 6, activation: 'tanh', init: 'he_normal' },
        { type: 'batchnorm' },
        { type: 'dropout', rate: 0.25 },
        { type: 'dense', units: 5 },
        { type: 'activation', activation: 'relu' },
        { type: 'batchnorm' },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
    },
  });
}

/** Every image layer on a 2 × 7 × 6 image, with batch norm per channel and a bias-free dense. */
function everyImageLayer(seed: number): Experiment {
  const rng = new Rng(seed);
  const x = Array.from({ length: 4 }, () => Array.from({ length: 84 }, () => rng.normal()));
  return parseExperiment({
    version: 1,
    seed,
    data: { kind: 'inline', task: 'classification', shape: [2, 7, 6], x, y: [0, 1, 2, 1] },
    model: {
      layers: [
        { type: 'conv2d', filters: 3, kernelSize: [3, 2], padding: 1, activation: 'relu' },
        { type: 'batchnorm' },
        { type: 'maxpool2d', size: 2 },
        { type: 'conv2d', filters: 4, kernelSize: 2, stride: 2, bias: false },
        { type: 'dropout', rate: 0.1 },
        { type: 'avgpool2d', size: 1 },
        { type: 'flatten' },
        { type: 'dense', units: 5, bias: false },
        { type: 'batchnorm' },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
    },
  });
}

const build = (e: Experiment) => initialModel(e, { capacity: 4, dtype: 'float64', kernel: 'js' });

describe('the layer table', () => {
  it('has a document row and an engine row for every layer type', () => {
    expect(Object.keys(LAYERS).sort()).toEqual(Object.keys(LAYER_KINDS).sort());
  });

  it.each([
    ['dense', everyLayer],
    ['image', everyImageLayer],
  ])('counts the parameters the engine builds, and the values per row it keeps (%s)', (_, make) => {
    const e = make(1);
    const model = build(e);
    const built = model.params.reduce((n, p) => n + p.value.length, 0);
    expect(countParameters(e.model)).toBe(built);
    // Each primitive keeps its output, per row of a pass; a flatten hands its input on.
    const kept = model.layers.filter((l) => !(l instanceof Flatten));
    expect(valuesPerRow(e.model)).toBe(kept.reduce((n, l) => n + l.outputs, 0));
  });

  it.each([
    ['dense', everyLayer],
    ['image', everyImageLayer],
  ])('shapes each layer as the engine builds it (%s)', (_, make) => {
    const e = make(1);
    const model = build(e);
    layerShapes(e.model).forEach(({ input, output }, i) => {
      const primitives = model.primitivesOf[i].map((k) => model.layers[k]);
      expect(primitives[0].inputs).toBe(sizeOf(input));
      expect(primitives.at(-1)!.outputs).toBe(sizeOf(output));
    });
  });

  it.each([
    ['dense', everyLayer],
    ['image', everyImageLayer],
  ])("round-trips every row's params entry (%s)", (_, make) => {
    const everyLayer = make;
    const a = build(everyLayer(1));
    const b = build(everyLayer(2));
    const saved = exportParams(a);
    expect(exportParams(b)).not.toEqual(saved); // another seed, other weights
    importParams(b, saved);
    expect(exportParams(b)).toEqual(saved);
    // And the document's rows accept what the engine's wrote.
    expect(parseExperiment({ ...everyLayer(2), params: saved }).params).toEqual(saved);
  });
});
