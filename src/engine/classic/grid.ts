// A classic classifier's picture over the plane: the cells of the grid the network's
// boundary is drawn on (engine/predict.ts's cells), in the data's normalised coordinates, to
// ask the classifier about (each class's share, an SVM's decision value): the page draws
// both pictures alike.
import type { Normalizer } from '../data/normalize';
import { writeCellInput, type GridSpec } from '../predict';
import type { Points } from './points';

/** The grid's cell centres as points, normalised as the training data were. */
export function gridPoints(grid: GridSpec, normalizer: Normalizer): Points {
  const cells = grid.resolution * grid.resolution;
  const x = new Float64Array(cells * 2);
  for (let cell = 0; cell < cells; cell++) writeCellInput(grid, normalizer, 2, cell, x, 2 * cell);
  return { n: cells, d: 2, x };
}
