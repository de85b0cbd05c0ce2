// The loss of the model as it stands over (the first rows of) a data set, in evaluation
// mode: batch norm uses its running statistics, dropout is off, no penalty is added. The
// same passes, chunking and summation order as Trainer.evaluate, so at θ* it returns that
// loss bit for bit; the row views are made once, so each call allocates nothing.
import type { Dataset } from '../data/dataset';
import { rowView, type Matrix } from '../matrix';
import type { Model } from '../model';
import { targetMatrix } from '../targets';
import { pulse } from '../pulse';

export class LossEvaluator {
  /** Rows evaluated. */
  readonly rows: number;
  private readonly inputs: Matrix[] = [];
  private readonly targets: Matrix[] = [];

  /** `rows`: evaluate the first rows only (a cap that keeps a large set's landscape fast). */
  constructor(
    private readonly model: Model,
    data: Dataset,
    rows: number = data.n,
  ) {
    this.rows = Math.min(rows, data.n);
    if (!(this.rows >= 1)) throw new Error('the landscape needs at least one row of data');
    const dtype = model.params[0]?.value instanceof Float64Array ? 'float64' : 'float32';
    const t = targetMatrix(data, model.outputs, dtype);
    const x: Matrix = { rows: data.n, cols: data.features, data: data.x };
    for (let start = 0; start < this.rows; start += model.capacity) {
      const count = Math.min(model.capacity, this.rows - start);
      this.inputs.push(rowView(x, start, count));
      this.targets.push(rowView(t, start, count));
    }
  }

  /** Mean loss over the rows with the model's current weights. */
  loss(): number {
    let total = 0;
    for (let c = 0; c < this.inputs.length; c++) {
      pulse();
      const x = this.inputs[c];
      this.model.forward(x, false);
      total += this.model.lossOfLastForward(this.targets[c]) * x.rows;
    }
    return total / this.rows;
  }
}
