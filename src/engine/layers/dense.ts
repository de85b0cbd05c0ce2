// Dense (fully connected) layer: y = x·W + b, with W of shape [inputs][units].
import {
  allocate,
  matmul,
  matmulTransA,
  matmulTransB,
  type DType,
  type KernelChoice,
  type Matrix,
} from '../matrix';
import type { Layer, Param } from './layer';

export class Dense implements Layer {
  readonly params: readonly Param[];
  readonly W: Param;
  readonly b: Param;
  private readonly out: Matrix;
  private readonly dx: Matrix | null;
  private readonly biasSums: Float64Array;
  private x: Matrix | null = null;

  /**
   * @param capacity the most rows a forward pass will see
   * @param inputGradient false for the first layer: nobody needs dLoss/dx there, and
   *   skipping it saves a product as large as the forward one
   */
  constructor(
    readonly inputs: number,
    readonly outputs: number,
    capacity: number,
    dtype: DType,
    inputGradient: boolean,
    private readonly kernel: KernelChoice = 'js',
  ) {
    const size = inputs * outputs;
    this.W = {
      name: 'W',
      value: allocate(dtype, size),
      grad: allocate(dtype, size),
      shape: [inputs, outputs],
      penalized: true,
    };
    this.b = {
      name: 'b',
      value: allocate(dtype, outputs),
      grad: allocate(dtype, outputs),
      shape: [outputs],
      penalized: false,
    };
    this.params = [this.W, this.b];
    this.biasSums = new Float64Array(outputs);
    this.out = { rows: 0, cols: outputs, data: allocate(dtype, capacity * outputs) };
    this.dx = inputGradient
      ? { rows: 0, cols: inputs, data: allocate(dtype, capacity * inputs) }
      : null;
  }

  forward(x: Matrix): Matrix {
    const n = x.rows,
      m = this.outputs,
      y = this.out.data,
      b = this.b.value;
    matmul(x.data, this.W.value, y, n, this.inputs, m, this.kernel);
    for (let i = 0; i < n; i++) {
      const r = i * m;
      for (let j = 0; j < m; j++) y[r + j] += b[j];
    }
    this.x = x;
    this.out.rows = n;
    return this.out;
  }

  backward(dy: Matrix): Matrix | null {
    const x = this.x;
    if (x === null) throw new Error('Dense.backward called before forward');
    const n = dy.rows,
      m = this.outputs,
      g = dy.data,
      db = this.b.grad;
    // dW = xᵀ·dy, db = column sums of dy, dx = dy·Wᵀ
    matmulTransA(x.data, g, this.W.grad, n, this.inputs, m, this.kernel);
    const sums = this.biasSums; // summed in double, then rounded once into db
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const r = i * m;
      for (let j = 0; j < m; j++) sums[j] += g[r + j];
    }
    for (let j = 0; j < m; j++) db[j] = sums[j];
    if (this.dx === null) return null;
    matmulTransB(g, this.W.value, this.dx.data, n, m, this.inputs, this.kernel);
    this.dx.rows = n;
    return this.dx;
  }
}
