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

/**
 * Cell `cell`'s centre as the model sees it (normalised as the training inputs were), its 1
 * or 2 numbers written at `out[at]`: cell centres sit at the grid's points from edge to edge;
 * for 2 inputs row 0 is the top (the largest y). The classic methods' pictures use the same
 * cells (engine/classic/grid.ts).
 */
export function writeCellInput(
  grid: GridSpec,
  normalizer: Normalizer,
  inputs: number,
  cell: number,
  out: Float32Array | Float64Array,
  at: number,
): void {
  const res = grid.resolution;
  const col = inputs === 2 ? cell % res : cell;
  out[at] = (gridPoint(grid.x, res, col) - normalizer.offset[0]) / normalizer.scale[0];
  if (inputs === 2) {
    const row = res - 1 - Math.floor(cell / res);
    out[at + 1] =
      (gridPoint(grid.y ?? grid.x, res, row) - normalizer.offset[1]) / normalizer.scale[1];
  }
}

/** The `i`-th of `res` points from one end of `range` to the other (its middle for one). */
function gridPoint(range: readonly [number, number], res: number, i: number): number {
  return res === 1 ? (range[0] + range[1]) / 2 : range[0] + ((range[1] - range[0]) * i) / (res - 1);
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
  const cells = gridCells(model, grid);
  const chunk = model.capacity;
  const input: Matrix = { rows: 0, cols: inputs, data: new Float32Array(chunk * inputs) };
  for (let start = 0; start < cells; start += chunk) {
    pulse();
    const rows = Math.min(chunk, cells - start);
    for (let r = 0; r < rows; r++) {
      writeCellInput(grid, normalizer, inputs, start + r, input.data, r * inputs);
    }
    input.rows = rows;
    const outputs = model.forwardEach(input);
    visit(start, outputs[outputs.length - 1], outputs);
  }
}
