// Inverted dropout: while training, each unit is kept with probability 1 − rate and
// scaled by 1/(1 − rate), so nothing needs rescaling at evaluation, where it is the identity.
import { sizeOf } from '../../spec/layers';
import type { DropoutSpec } from '../../spec/types';
import { floatLiteral } from '../export/python';
import { allocate, type DType, type Floats, type Matrix } from '../matrix';
import type { Rng } from '../random';
import type { Layer, LayerRow } from './layer';

export class Dropout implements Layer {
  readonly kind = 'dropout' as const;
  readonly params = [];
  readonly outputs: number;
  private readonly out: Matrix;
  private readonly dx: Matrix;
  /** Per element: 0 (dropped) or 1/(1 − rate) (kept), from the last training forward. */
  private readonly mask: Floats;
  private active = false;

  constructor(
    readonly inputs: number,
    readonly rate: number,
    capacity: number,
    dtype: DType,
    private readonly rng: Rng,
  ) {
    this.outputs = inputs;
    this.out = { rows: 0, cols: inputs, data: allocate(dtype, capacity * inputs) };
    this.dx = { rows: 0, cols: inputs, data: allocate(dtype, capacity * inputs) };
    this.mask = allocate(dtype, capacity * inputs);
  }

  forward(x: Matrix, training: boolean): Matrix {
    this.active = training && this.rate > 0;
    if (!this.active) return x;
    const n = x.rows * x.cols,
      keep = 1 - this.rate,
      scale = 1 / keep;
    const mask = this.mask,
      y = this.out.data,
      xs = x.data;
    for (let i = 0; i < n; i++) {
      mask[i] = this.rng.next() < keep ? scale : 0;
      y[i] = xs[i] * mask[i];
    }
    this.out.rows = x.rows;
    return this.out;
  }

  backward(dy: Matrix): Matrix {
    if (!this.active) return dy;
    const n = dy.rows * dy.cols,
      mask = this.mask,
      g = dy.data,
      dx = this.dx.data;
    for (let i = 0; i < n; i++) dx[i] = g[i] * mask[i];
    this.dx.rows = dy.rows;
    return this.dx;
  }

  /** `mask`: 0 or 1/(1 − rate) per value of the row, when the last pass dropped any. */
  inspect(row: number): Record<string, Floats> {
    if (!this.active) return {};
    return { mask: this.mask.slice(row * this.inputs, (row + 1) * this.inputs) };
  }
}

export const dropout: LayerRow<DropoutSpec> = {
  build: (spec, input, c) => [
    new Dropout(sizeOf(input), spec.rate, c.capacity, c.dtype, c.dropoutRng),
  ],
  dump: () => ({}),
  load: () => {},
  torch: (spec, _input, k) => [
    {
      name: `dropout${k}`,
      code: `nn.Dropout(${floatLiteral(spec.rate)})`,
      note: 'masks from torch.manual_seed, not ours',
    },
  ],
};
