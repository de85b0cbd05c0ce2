// A classic classifier's picture over the plane: each cell of the grid the network's
// boundary is drawn on (engine/predict.ts's cells), in the data's normalised coordinates,
// with each class's share: the page draws both alike.
import type { Normalizer } from '../data/normalize';
import { writeCellInput, type GridSpec } from '../predict';
import type { Classifier } from './classifiers';
import type { Points } from './points';

/** The grid's cell centres as points, normalised as the training data were. */
export function gridPoints(grid: GridSpec, normalizer: Normalizer): Points {
  const cells = grid.resolution * grid.resolution;
  const x = new Float64Array(cells * 2);
  for (let cell = 0; cell < cells; cell++) writeCellInput(grid, normalizer, 2, cell, x, 2 * cell);
  return { n: cells, d: 2, x };
}

/** Each cell's share per class, row-major, as the network's boundary grid holds them. */
export function classifierGrid(
  classifier: Classifier,
  grid: GridSpec,
  normalizer: Normalizer,
): Float32Array {
  return Float32Array.from(classifier.scores(gridPoints(grid, normalizer)));
}
