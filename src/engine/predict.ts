// The network's outputs over a regular grid of raw inputs: the decision boundary of a 2-D
// classifier, the surface of a 2-D regression, the fitted curve of a 1-D one. Inputs are
// given in the data's own units and normalised as the training data was.
import { sizeOf } from '../spec/layers';
import type { Normalizer } from './data';
import type { Matrix } from './matrix';
import type { Model } from './model';
import { pulse } from './pulse';

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
  const outputs = model.outputs;
  const result = new Float32Array(gridCells(model, grid) * outputs);
  forEachChunk(model, normalizer, grid, (start, out) =>
    result.set(out.data.subarray(0, out.rows * outputs), start * outputs),
  );
  return result;
}

/**
 * Every document layer's outputs over the grid: for layer i, cells × width values (cell-major),
 * what each unit has learned to respond to, drawn as a small heatmap per unit.
 */
export function layerGrids(model: Model, normalizer: Normalizer, grid: GridSpec): Float32Array[] {
  const cells = gridCells(model, grid);
  const widths = model.outputOf.map((i) => model.layers[i].outputs);
  const results = widths.map((w) => new Float32Array(cells * w));
  forEachChunk(model, normalizer, grid, (start, _out, outputs) => {
    model.outputOf.forEach((primitive, i) => {
      const o = outputs[primitive];
      results[i].set(o.data.subarray(0, o.rows * widths[i]), start * widths[i]);
    });
  });
  return results;
}

function gridCells(model: Model, grid: GridSpec): number {
  const inputs = sizeOf(model.spec.inputs);
  if (inputs !== 1 && inputs !== 2) throw new Error('grid predictions need 1 or 2 inputs');
  return inputs === 2 ? grid.resolution * grid.resolution : grid.resolution;
}

/** Runs the grid through the model in evaluation mode, a chunk of cells at a time. */
function forEachChunk(
  model: Model,
  normalizer: Normalizer,
  grid: GridSpec,
  visit: (start: number, out: Matrix, outputs: Matrix[]) => void,
): void {
  const inputs = sizeOf(model.spec.inputs);
  const res = grid.resolution;
  const cells = gridCells(model, grid);
  const chunk = model.capacity;
  const input: Matrix = { rows: 0, cols: inputs, data: new Float32Array(chunk * inputs) };
  const at = (range: readonly [number, number], i: number) =>
    res === 1 ? (range[0] + range[1]) / 2 : range[0] + ((range[1] - range[0]) * i) / (res - 1);
  const [ox, oy] = normalizer.offset,
    [sx, sy] = normalizer.scale;
  const yRange = grid.y ?? grid.x;
  for (let start = 0; start < cells; start += chunk) {
    pulse();
    const rows = Math.min(chunk, cells - start);
    for (let r = 0; r < rows; r++) {
      const cell = start + r;
      const col = inputs === 2 ? cell % res : cell;
      input.data[r * inputs] = (at(grid.x, col) - ox) / sx;
      if (inputs === 2) {
        input.data[r * 2 + 1] = (at(yRange, res - 1 - Math.floor(cell / res)) - oy) / sy;
      }
    }
    input.rows = rows;
    const outputs = model.forwardEach(input);
    visit(start, outputs[outputs.length - 1], outputs);
  }
}
