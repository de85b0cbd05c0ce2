// A classic classifier's picture over the plane: each cell of the grid the network's
// boundary is drawn on (engine/predict.ts, the same cell centres, row 0 the top), in the
// data's normalised coordinates, with each class's share: the page draws both alike.
import type { Normalizer } from '../data/normalize';
import type { GridSpec } from '../predict';
import type { Classifier } from './classifiers';
import type { Points } from './points';

/** The grid's cell centres as points, normalised as the training data were. */
export function gridPoints(grid: GridSpec, normalizer: Normalizer): Points {
  const res = grid.resolution;
  const yRange = grid.y ?? grid.x;
  const at = (range: readonly [number, number], i: number) =>
    res === 1 ? (range[0] + range[1]) / 2 : range[0] + ((range[1] - range[0]) * i) / (res - 1);
  const [ox, oy] = normalizer.offset,
    [sx, sy] = normalizer.scale;
  const x = new Float64Array(res * res * 2);
  for (let cell = 0; cell < res * res; cell++) {
    x[2 * cell] = (at(grid.x, cell % res) - ox) / sx;
    x[2 * cell + 1] = (at(yRange, res - 1 - Math.floor(cell / res)) - oy) / sy;
  }
  return { n: res * res, d: 2, x };
}

/** Each cell's share per class, row-major, as the network's boundary grid holds them. */
export function classifierGrid(
  classifier: Classifier,
  grid: GridSpec,
  normalizer: Normalizer,
): Float32Array {
  return Float32Array.from(classifier.scores(gridPoints(grid, normalizer)));
}
