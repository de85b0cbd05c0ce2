// What the loss compares the network's output with, per sample, as a float matrix:
// one-hot rows for softmax outputs, the 0/1 label for a single sigmoid (or linear) unit,
// the values themselves for regression.
import type { Dataset } from './data/dataset';
import { allocate, type DType, type Matrix } from './matrix';

export function targetMatrix(ds: Dataset, outputs: number, dtype: DType): Matrix {
  const data = allocate(dtype, ds.n * outputs);
  if (ds.labels === null) {
    if (ds.targets === null || ds.targetDims !== outputs) {
      throw new Error(`the model has ${outputs} outputs but the data has ${ds.targetDims} targets`);
    }
    data.set(ds.targets.subarray(0, ds.n * outputs));
  } else if (outputs === 1) {
    for (let i = 0; i < ds.n; i++) data[i] = ds.labels[i];
  } else {
    if (outputs !== ds.classes)
      throw new Error(`the model has ${outputs} outputs but the data has ${ds.classes} classes`);
    for (let i = 0; i < ds.n; i++) data[i * outputs + ds.labels[i]] = 1;
  }
  return { rows: ds.n, cols: outputs, data };
}

/** Correct predictions among `out`'s rows: argmax, or output ≥ 0.5 for a single unit. */
export function countCorrect(out: Matrix, labels: Int32Array, offset: number): number {
  const c = out.cols,
    y = out.data;
  let correct = 0;
  for (let i = 0; i < out.rows; i++) {
    let predicted = 0;
    if (c === 1) predicted = y[i] >= 0.5 ? 1 : 0;
    else {
      for (let j = 1; j < c; j++) if (y[i * c + j] > y[i * c + predicted]) predicted = j;
    }
    if (predicted === labels[offset + i]) correct++;
  }
  return correct;
}
