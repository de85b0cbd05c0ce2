// A 2-D convolution as torch.nn.Conv2d computes it: a cross-correlation (the kernel is not
// flipped), zero padding on every side, output [F, H', W'] with H' = ⌊(H + 2p − kh)/s⌋ + 1.
// Each row of a batch holds one sample in channel, row, column order (NCHW, flattened), and
// W is PyTorch's [F][C][kh][kw], flattened: filter f is the K = C·kh·kw numbers from f·K.
//
// It runs as im2col + gemm. For a group of G samples, `cols` is [K × G·P] (P = H'·W'):
// row (c, i, j) holds, for every output position of every sample of the group, the input
// value under kernel tap (c, i, j), or 0 in the padding. Then
//   Y    = W · cols        [F × G·P]   forward (matmul)
//   dWᵀ  = cols · dYᵀ      [K × F]     per group, summed over groups in double (matmulTransB)
//   dcol = Wᵀ · dY         [K × G·P]   scattered back onto dx by col2im (matmulTransA)
// Why this layout (per sample, torch.nn.functional.unfold's): cols, the long operand, is read in
// order and never transposed by any of the three products (the WebAssembly kernel copies it
// row by row), and Y comes out filter by filter as NCHW wants it, so one pass both adds the
// bias and puts each sample's outputs in place. Positions as rows ([G·P × K]) would give
// NHWC outputs and need dY transposed. Grouping samples makes products on small images (P of
// a few dozen) wide enough for the SIMD kernel. Each output of Y and each column of dcol sums
// over taps or filters only, so G changes none of their bits; dW's sums split by group, and G
// = ⌊GROUP_COLUMNS/P⌋ (fewer for a huge K) depends on the shapes only (the capacity caps it
// only when a batch is one group anyway): the same bits on every host, for a given kernel.
import {
  allocate,
  matmul,
  matmulTransA,
  matmulTransB,
  type DType,
  type Floats,
  type KernelChoice,
  type Matrix,
} from '../matrix';
import type { ImageShape } from '../../spec/layers';
import type { Conv2dSpec, ConvParams } from '../../spec/types';
import { activationModule, type TorchModule } from '../export/torchModules';
import { float32Nested, float32Row } from '../export/python';
import { INITIALIZERS } from '../initializers';
import { Activation } from './activation';
import { col2im, convGeometry, im2col, type ConvGeometry } from './im2col';
import type { Layer, LayerRow, Param } from './layer';
import { pulse } from '../pulse';

export interface Conv2dConfig {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  readonly filters: number;
  readonly kernelHeight: number;
  readonly kernelWidth: number;
  readonly stride: number;
  readonly padding: number;
  readonly bias: boolean;
}

/** Columns per product we aim for (LeNet's shapes ran alike from 128 to 4096). */
const GROUP_COLUMNS = 1024;
/**
 * Unfolded values per group at most (4 Mi: 16 MB in float32), so that many input channels
 * under a large kernel do not multiply into gigabytes; no textbook shape comes near it.
 * Validation holds one sample's unfolded input to LIMITS.activations.
 */
const GROUP_VALUES = 1 << 22;
/**
 * Column values one layer keeps from forward for backward at most (4 Mi: 16 MB in float32;
 * LeNet's first layer needs 1.25 Mi for a batch of 64), so a training batch builds them
 * once; also within what the model's workspace has left (layer.ts). Groups beyond them (a
 * batch made larger mid-run) are rebuilt by backward, to the same bits.
 */
const KEEP_VALUES = 1 << 22;

export class Conv2d implements Layer {
  readonly kind = 'conv2d' as const;
  readonly inputs: number;
  readonly outputs: number;
  readonly params: readonly Param[];
  readonly W: Param;
  readonly b: Param | null;
  readonly outHeight: number;
  readonly outWidth: number;
  /** Samples per product. */
  readonly group: number;
  /** Column values kept between forward and backward (taken from the model's workspace). */
  readonly keptValues: number;
  private readonly positions: number;
  private readonly taps: number;
  private readonly geometry: ConvGeometry;
  private readonly out: Matrix;
  private readonly dx: Matrix | null;
  /** Columns of the first groups of the last forward, one view per group (made once). */
  private readonly kept: Floats[] = [];
  private readonly cols: Floats;
  private readonly ys: Floats;
  private readonly dys: Floats;
  private readonly dcols: Floats | null;
  private readonly dWt: Floats;
  private readonly dWSums: Float64Array;
  private readonly biasSums: Float64Array;
  private x: Matrix | null = null;

  /**
   * @param inputGradient false for the first layer (nobody needs dLoss/dx there), as Dense
   * @param keepValues how many column values to keep between forward and backward (tests
   *   pass a small one to run the rebuilding path)
   * @param trainingRows the rows of a training step: the groups worth keeping
   */
  constructor(
    readonly config: Conv2dConfig,
    capacity: number,
    dtype: DType,
    inputGradient: boolean,
    private readonly kernel: KernelChoice = 'js',
    keepValues = KEEP_VALUES,
    trainingRows = capacity,
  ) {
    const { channels: C, height: H, width: Wd, filters: F, kernelHeight: kh } = config;
    const { kernelWidth: kw, stride, padding } = config;
    // Validation refuses these with a message naming the layer; this guards direct use.
    if (!(stride >= 1 && padding >= 0))
      throw new Error(`Conv2d: stride ${stride}, padding ${padding}`);
    this.geometry = convGeometry(config);
    this.outHeight = this.geometry.outHeight;
    this.outWidth = this.geometry.outWidth;
    if (this.outHeight < 1 || this.outWidth < 1)
      throw new Error(`Conv2d: a ${kh}×${kw} kernel leaves no output on a ${H}×${Wd} input`);
    const K = C * kh * kw,
      P = this.outHeight * this.outWidth;
    this.taps = K;
    this.positions = P;
    this.inputs = C * H * Wd;
    this.outputs = F * P;
    this.W = {
      name: 'W',
      value: allocate(dtype, F * K),
      grad: allocate(dtype, F * K),
      shape: [F, C, kh, kw],
      penalized: true,
      filters: { count: F, size: K, filterStride: K, elementStride: 1 },
    };
    this.b = config.bias
      ? {
          name: 'b',
          value: allocate(dtype, F),
          grad: allocate(dtype, F),
          shape: [F],
          penalized: false,
        }
      : null;
    this.params = this.b === null ? [this.W] : [this.W, this.b];
    const G = Math.max(
      1,
      Math.min(capacity, Math.floor(GROUP_COLUMNS / P), Math.floor(GROUP_VALUES / (K * P))),
    );
    this.group = G;
    const width = G * P;
    const groups = Math.ceil(capacity / G);
    const trained = Math.ceil(Math.min(trainingRows, capacity) / G);
    const keep = Math.min(trained, Math.floor(Math.min(keepValues, KEEP_VALUES) / (K * width)));
    this.keptValues = keep * K * width;
    const store = allocate(dtype, keep * K * width);
    for (let g = 0; g < keep; g++)
      this.kept.push(store.subarray(g * K * width, (g + 1) * K * width));
    // Scratch for the groups beyond the kept ones (none when every group is kept).
    this.cols = allocate(dtype, keep < groups ? K * width : 0);
    this.ys = allocate(dtype, F * width);
    this.dys = allocate(dtype, F * width);
    this.dWt = allocate(dtype, K * F);
    this.dWSums = new Float64Array(F * K);
    this.biasSums = new Float64Array(F);
    this.out = { rows: 0, cols: this.outputs, data: allocate(dtype, capacity * this.outputs) };
    this.dcols = inputGradient ? allocate(dtype, K * width) : null;
    this.dx = inputGradient
      ? { rows: 0, cols: this.inputs, data: allocate(dtype, capacity * this.inputs) }
      : null;
  }

  forward(x: Matrix): Matrix {
    const n = x.rows,
      F = this.config.filters,
      P = this.positions,
      G = this.group;
    const y = this.out.data,
      ys = this.ys,
      b = this.b?.value;
    for (let g = 0, start = 0; start < n; g++, start += G) {
      pulse(); // a group is one product: a large batch of large images takes seconds
      const count = Math.min(G, n - start),
        width = count * P;
      const cols = g < this.kept.length ? this.kept[g] : this.cols;
      im2col(this.geometry, x.data, start, count, cols);
      matmul(this.W.value, cols, ys, F, this.taps, width, this.kernel);
      // Y is [F × count·P]; sample s's filter f is its P values from f·width + s·P.
      for (let s = 0; s < count; s++) {
        const o = (start + s) * this.outputs;
        for (let f = 0; f < F; f++) {
          const bias = b === undefined ? 0 : b[f],
            src = f * width + s * P,
            dst = o + f * P;
          for (let p = 0; p < P; p++) y[dst + p] = ys[src + p] + bias;
        }
      }
    }
    this.x = x;
    this.out.rows = n;
    return this.out;
  }

  backward(dy: Matrix): Matrix | null {
    const x = this.x;
    if (x === null) throw new Error('Conv2d.backward called before forward');
    const n = dy.rows,
      F = this.config.filters,
      K = this.taps,
      P = this.positions,
      G = this.group;
    const g0 = dy.data,
      dys = this.dys,
      dWt = this.dWt,
      sums = this.dWSums,
      biasSums = this.biasSums;
    sums.fill(0);
    biasSums.fill(0);
    if (this.dx !== null) this.dx.data.fill(0, 0, n * this.inputs);
    for (let g = 0, start = 0; start < n; g++, start += G) {
      pulse();
      const count = Math.min(G, n - start),
        width = count * P;
      // dY of the group in the product's layout [F × count·P]; the bias gradient on the way.
      for (let s = 0; s < count; s++) {
        const o = (start + s) * this.outputs;
        for (let f = 0; f < F; f++) {
          const src = o + f * P,
            dst = f * width + s * P;
          let sum = 0;
          for (let p = 0; p < P; p++) {
            const v = g0[src + p];
            dys[dst + p] = v;
            sum += v;
          }
          biasSums[f] += sum;
        }
      }
      let cols = this.cols;
      if (g < this.kept.length) cols = this.kept[g];
      else im2col(this.geometry, x.data, start, count, cols);
      // dWᵀ = cols·dYᵀ [K × F], added into dW [F × K] in double.
      matmulTransB(cols, dys, dWt, K, width, F, this.kernel);
      for (let t = 0; t < K; t++) for (let f = 0; f < F; f++) sums[f * K + t] += dWt[t * F + f];
      if (this.dcols !== null && this.dx !== null) {
        matmulTransA(this.W.value, dys, this.dcols, F, K, width, this.kernel);
        col2im(this.geometry, this.dcols, start, count, this.dx.data);
      }
    }
    const dW = this.W.grad;
    for (let i = 0; i < F * K; i++) dW[i] = sums[i];
    if (this.b !== null) for (let f = 0; f < F; f++) this.b.grad[f] = biasSums[f];
    if (this.dx === null) return null;
    this.dx.rows = n;
    return this.dx;
  }
}

export const conv2d: LayerRow<Conv2dSpec> = {
  build(spec, input, c) {
    const [channels, height, width] = input as ImageShape; // validation: an image
    const [kernelHeight, kernelWidth] = spec.kernelSize;
    const config: Conv2dConfig = {
      channels,
      height,
      width,
      filters: spec.filters,
      kernelHeight,
      kernelWidth,
      stride: spec.stride,
      padding: spec.padding,
      bias: spec.bias,
    };
    const { workspace } = c;
    const conv = new Conv2d(
      config,
      c.capacity,
      c.dtype,
      !c.first,
      c.kernel,
      workspace.keptValues,
      c.trainingRows,
    );
    workspace.keptValues -= conv.keptValues;
    // PyTorch's fans for a convolution: C·kh·kw in, F·kh·kw out.
    const area = kernelHeight * kernelWidth;
    const fill = INITIALIZERS[spec.init.name].fill;
    fill(conv.W.value, channels * area, spec.filters * area, spec.init, c.initRng);
    if (spec.activation === 'linear') return [conv];
    return [conv, new Activation(spec.activation, conv.outputs, c.capacity, c.dtype)];
  },
  dump([layer]) {
    const { W, b } = layer as Conv2d;
    const [F, C, kh, kw] = W.shape;
    const w = W.value;
    const filters = Array.from({ length: F }, (_, f) =>
      Array.from({ length: C }, (_, ch) =>
        Array.from({ length: kh }, (_, i) =>
          Array.from(w.subarray(((f * C + ch) * kh + i) * kw, ((f * C + ch) * kh + i + 1) * kw)),
        ),
      ),
    );
    return b === null ? { W: filters } : { W: filters, b: Array.from(b.value) };
  },
  load([layer], params) {
    if (params.W === undefined) return;
    const { W, b } = layer as Conv2d;
    // [F][C][kh][kw] in order is exactly the flat layout.
    W.value.set(params.W.flat(3));
    if (b !== null && params.b !== undefined) b.value.set(params.b);
  },
  torch(spec, input, k) {
    const [channels] = input as ImageShape;
    const [kh, kw] = spec.kernelSize;
    const kernel = kh === kw ? `${kh}` : `(${kh}, ${kw})`;
    const options = [
      spec.stride === 1 ? '' : `, stride=${spec.stride}`,
      spec.padding === 0 ? '' : `, padding=${spec.padding}`,
      spec.bias ? '' : ', bias=False',
    ].join('');
    const name = `conv${k}`;
    const module: TorchModule = {
      name,
      code: `nn.Conv2d(${channels}, ${spec.filters}, ${kernel}${options})`,
      note: '',
      penalized: ['weight'],
      // Our W is torch's weight, [F][C][kh][kw], in the same order.
      state(entry) {
        const p = entry as ConvParams;
        const weight = `"${name}.weight": ${float32Nested(p.W)}`;
        return p.b === undefined ? [weight] : [weight, `"${name}.bias": ${float32Row(p.b)}`];
      },
    };
    return spec.activation === 'linear' ? [module] : [module, activationModule(spec.activation, k)];
  },
};
