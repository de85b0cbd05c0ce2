// How a classifier does class by class: the confusion matrix over a set (rows: the true
// class, columns: the predicted one), and each sample's prediction with its confidence,
// for the page's "which digits does it mistake for which" views.
import type { Dataset } from './data/dataset';
import { rowView, type Matrix } from './matrix';
import type { Model } from './model';
import { pulse } from './pulse';

export interface Confusion {
  classes: number;
  /** classes × classes counts, row-major: matrix[true·classes + predicted]. */
  matrix: Int32Array;
  /** Per sample: the predicted class and the output for it (a probability for softmax). */
  predicted: Int32Array;
  confidence: Float32Array;
}

export function confusion(model: Model, ds: Dataset): Confusion {
  if (ds.labels === null) throw new Error('a confusion matrix needs class labels');
  const k = ds.classes;
  const result: Confusion = {
    classes: k,
    matrix: new Int32Array(k * k),
    predicted: new Int32Array(ds.n),
    confidence: new Float32Array(ds.n),
  };
  const x: Matrix = { rows: ds.n, cols: ds.features, data: ds.x };
  for (let start = 0; start < ds.n; start += model.capacity) {
    pulse();
    const rows = Math.min(model.capacity, ds.n - start);
    const out = model.forward(rowView(x, start, rows), false);
    const c = out.cols;
    for (let r = 0; r < rows; r++) {
      const y = out.data;
      let best = 0;
      // One sigmoid unit: class 1 at ≥ 0.5, its confidence the distance from the other class.
      if (c === 1) best = y[r] >= 0.5 ? 1 : 0;
      else for (let j = 1; j < c; j++) if (y[r * c + j] > y[r * c + best]) best = j;
      const i = start + r;
      result.predicted[i] = best;
      result.confidence[i] = c === 1 ? (best === 1 ? y[r] : 1 - y[r]) : y[r * c + best];
      result.matrix[ds.labels[i] * k + best]++;
    }
  }
  return result;
}
