// An elementwise (or, for softmax, row-wise) activation as a primitive of its own, and the
// `activation` layer that is just that.
import { sizeOf } from '../../spec/layers';
import type { ActivationLayerSpec, ActivationName } from '../../spec/types';
import { ACTIVATIONS, type ActivationKernel } from '../activations';
import { activationModule } from '../export/torchModules';
import { allocate, type DType, type Floats, type Matrix } from '../matrix';
import type { Layer, LayerRow } from './layer';

export class Activation implements Layer {
  readonly kind = 'activation' as const;
  readonly params = [];
  readonly outputs: number;
  readonly kernel: ActivationKernel;
  private readonly out: Matrix;
  private readonly dz: Matrix;
  private z: Matrix | null = null;

  constructor(
    readonly name: ActivationName,
    readonly inputs: number,
    capacity: number,
    dtype: DType,
  ) {
    this.outputs = inputs;
    this.kernel = ACTIVATIONS[name];
    this.out = { rows: 0, cols: inputs, data: allocate(dtype, capacity * inputs) };
    this.dz = { rows: 0, cols: inputs, data: allocate(dtype, capacity * inputs) };
  }

  forward(z: Matrix): Matrix {
    this.kernel.forward(z.data, this.out.data, z.rows * z.cols, z.cols);
    this.z = z;
    this.out.rows = z.rows;
    return this.out;
  }

  backward(dy: Matrix): Matrix {
    const z = this.z;
    if (z === null) throw new Error('Activation.backward called before forward');
    this.kernel.backward(z.data, this.out.data, dy.data, this.dz.data, dy.rows * dy.cols, dy.cols);
    this.dz.rows = dy.rows;
    return this.dz;
  }

  /**
   * `slope`: f′ at the row's input, by the activation's own backward given dy = 1 (ReLU's
   * mask of where its input was positive). None for softmax, whose derivative is a matrix.
   */
  inspect(row: number): Record<string, Floats> {
    const z = this.z;
    if (z === null || this.name === 'softmax') return {};
    const n = this.inputs,
      at = row * n;
    const slope = z.data.slice(at, at + n).fill(0);
    const ones = slope.slice().fill(1);
    const zRow = z.data.subarray(at, at + n),
      yRow = this.out.data.subarray(at, at + n);
    this.kernel.backward(zRow, yRow, ones, slope, n, n);
    return { slope };
  }
}

export const activation: LayerRow<ActivationLayerSpec> = {
  build: (spec, input, c) => [new Activation(spec.activation, sizeOf(input), c.capacity, c.dtype)],
  dump: () => ({}),
  load: () => {},
  torch: (spec, _input, k) => [activationModule(spec.activation, k)],
};
