// The `dense` layer: y = x·W + b, with W of shape [inputs][units] (the affine primitive,
// Dense; without a bias, y = x·W), followed by its activation as a primitive of its own
// (layers/activation.ts). An image input is already flat in our buffers, in torch.flatten's
// order, so a dense layer after one reads it as it is.
import type { DenseParams, DenseSpec } from '../../spec/types';
import { isImage, sizeOf } from '../../spec/layers';
import { activationModule, flattenModule, type TorchModule } from '../export/torchModules';
import { float32Row, float32Rows } from '../export/python';
import { INITIALIZERS } from '../initializers';
import {
  allocate,
  matmul,
  matmulTransA,
  matmulTransB,
  type DType,
  type KernelChoice,
  type Matrix,
  toRows,
} from '../matrix';
import { Activation } from './activation';
import type { Layer, LayerRow, Param } from './layer';

export class Dense implements Layer {
  readonly kind = 'dense' as const;
  readonly params: readonly Param[];
  readonly W: Param;
  readonly b: Param | null;
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
    bias = true,
  ) {
    const size = inputs * outputs;
    this.W = {
      name: 'W',
      value: allocate(dtype, size),
      grad: allocate(dtype, size),
      shape: [inputs, outputs],
      penalized: true,
      // W is [inputs][units] row-major: the weights into unit j are column j.
      filters: { count: outputs, size: inputs, filterStride: 1, elementStride: outputs },
    };
    this.b = bias
      ? {
          name: 'b',
          value: allocate(dtype, outputs),
          grad: allocate(dtype, outputs),
          shape: [outputs],
          penalized: false,
        }
      : null;
    this.params = this.b === null ? [this.W] : [this.W, this.b];
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
      b = this.b?.value;
    matmul(x.data, this.W.value, y, n, this.inputs, m, this.kernel);
    if (b !== undefined) {
      for (let i = 0; i < n; i++) {
        const r = i * m;
        for (let j = 0; j < m; j++) y[r + j] += b[j];
      }
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
      g = dy.data;
    // dW = xᵀ·dy, db = column sums of dy, dx = dy·Wᵀ
    matmulTransA(x.data, g, this.W.grad, n, this.inputs, m, this.kernel);
    if (this.b !== null) {
      const sums = this.biasSums, // summed in double, then rounded once into db
        db = this.b.grad;
      for (let j = 0; j < m; j++) sums[j] = 0;
      for (let i = 0; i < n; i++) {
        const r = i * m;
        for (let j = 0; j < m; j++) sums[j] += g[r + j];
      }
      for (let j = 0; j < m; j++) db[j] = sums[j];
    }
    if (this.dx === null) return null;
    matmulTransB(g, this.W.value, this.dx.data, n, m, this.inputs, this.kernel);
    this.dx.rows = n;
    return this.dx;
  }
}

export const dense: LayerRow<DenseSpec> = {
  build(spec, input, c) {
    const inputs = sizeOf(input);
    const bias = spec.bias !== false;
    const affine = new Dense(inputs, spec.units, c.capacity, c.dtype, !c.first, c.kernel, bias);
    INITIALIZERS[spec.init.name].fill(affine.W.value, inputs, spec.units, spec.init, c.initRng);
    if (spec.activation === 'linear') return [affine];
    return [affine, new Activation(spec.activation, spec.units, c.capacity, c.dtype)];
  },
  dump([affine]) {
    const { W, b } = affine as Dense;
    const [rows, cols] = W.shape;
    const weights = toRows({ rows, cols, data: W.value });
    return b === null ? { W: weights } : { W: weights, b: Array.from(b.value) };
  },
  load([affine], params) {
    if (params.W === undefined) return; // a layer a variant added, which keeps its init
    const { W, b, outputs } = affine as Dense;
    params.W.forEach((row, r) => W.value.set(row, r * outputs));
    if (b !== null && params.b !== undefined) b.value.set(params.b);
  },
  torch(spec, input, k) {
    const inputs = sizeOf(input),
      bias = spec.bias !== false;
    const linear: TorchModule = {
      name: `dense${k}`,
      code: `nn.Linear(${inputs}, ${spec.units}${bias ? '' : ', bias=False'})`,
      note: '',
      penalized: ['weight'],
      // torch keeps the weight as [out][in]: our W transposed.
      state(entry) {
        const p = entry as DenseParams;
        const units = spec.units;
        const transposed = new Float32Array(inputs * units);
        p.W.forEach((row, i) => row.forEach((w, j) => (transposed[j * inputs + i] = w)));
        const weight = `"dense${k}.weight": ${float32Rows(transposed, units, inputs, '    ')}`;
        return p.b === undefined ? [weight] : [weight, `"dense${k}.bias": ${float32Row(p.b)}`];
      },
    };
    // After an image, nn.Linear needs the [N, C, H, W] tensor flat, as our buffers are.
    const flat: TorchModule[] = isImage(input) ? [flattenModule(k)] : [];
    const act = spec.activation === 'linear' ? [] : [activationModule(spec.activation, k)];
    return [...flat, linear, ...act];
  },
};
