// The network's outputs over a regular grid of raw inputs: the decision boundary of a 2-D
// classifier, the surface of a 2-D regression, the fitted curve of a 1-D one. Inputs are
// given in the data's own units and normalised as the training data was.
import type { Normalizer } from './data';
import type { Matrix } from './matrix';
import type { Model } from './model';

export interface GridSpec {
  /** Cells per axis: a resolution×resolution grid for 2 inputs, resolution points for 1. */
  resolution: number;
  x: readonly [number, number];
  /** 2 inputs only. */
  y?: readonly [number, number];
}

/**
 * Row-major outputs, `model.outputs` values per cell. For 2 inputs, row 0 is the top of the
 * picture (the largest y) and column 0 the left (the smallest x), so the values map onto a
 * canvas image directly; cell centres sit at the grid's points from edge to edge.
 */
export function predictGrid(model: Model, normalizer: Normalizer, grid: GridSpec): Float32Array {
  const inputs = model.spec.inputs;
  if (inputs !== 1 && inputs !== 2) throw new Error('grid predictions need 1 or 2 inputs');
  const res = grid.resolution;
  const cells = inputs === 2 ? res * res : res;
  const outputs = model.outputs;
  const result = new Float32Array(cells * outputs);
  const chunk = model.capacity;
  const input: Matrix = { rows: 0, cols: inputs, data: new Float32Array(chunk * inputs) };
  const at = (range: readonly [number, number], i: number) =>
    res === 1 ? (range[0] + range[1]) / 2 : range[0] + ((range[1] - range[0]) * i) / (res - 1);
  const [ox, oy] = normalizer.offset,
    [sx, sy] = normalizer.scale;
  const yRange = grid.y ?? grid.x;
  for (let start = 0; start < cells; start += chunk) {
    const rows = Math.min(chunk, cells - start);
    for (let r = 0; r < rows; r++) {
      const cell = start + r;
      const col = inputs === 2 ? cell % res : cell;
      input.data[r * inputs] = (at(grid.x, col) - ox) / sx;
      if (inputs === 2)
        input.data[r * 2 + 1] = (at(yRange, res - 1 - Math.floor(cell / res)) - oy) / sy;
    }
    input.rows = rows;
    const out = model.forward(input, false);
    result.set(out.data.subarray(0, rows * outputs), start * outputs);
  }
  return result;
}
