// Batch normalisation with PyTorch BatchNorm1d's conventions: per unit, normalise with the
// batch mean and *biased* variance while training, eps = 1e-5, then gamma·x̂ + beta; keep
// running mean and *unbiased* running variance with momentum 0.1 and use them outside
// training. After an image, per channel over the batch, height and width (BatchNorm2d).
import { isImage, normalizedUnits } from '../../spec/layers';
import type { BatchNormParams, BatchNormSpec } from '../../spec/types';
import { float32Row, floatLiteral } from '../export/python';
import { allocate, type DType, type Floats, type Matrix } from '../matrix';
import type { Layer, LayerRow, Param } from './layer';

export const BATCHNORM_EPS = 1e-5;
export const BATCHNORM_MOMENTUM = 0.1;

export class BatchNorm implements Layer {
  readonly kind = 'batchnorm' as const;
  readonly params: readonly Param[];
  readonly gamma: Param;
  readonly beta: Param;
  readonly runningMean: Floats;
  readonly runningVar: Floats;
  readonly inputs: number;
  readonly outputs: number;
  private readonly out: Matrix;
  private readonly dx: Matrix;
  private readonly xhat: Floats;
  // Per-channel statistics, summed in double (as PyTorch's CPU kernels do) whatever the dtype.
  private readonly mean: Float64Array;
  private readonly invStd: Float64Array;
  private readonly sumDy: Float64Array;
  private readonly sumDyXhat: Float64Array;
  private training = false;

  /**
   * @param channels what γ and β have one entry for: features (BatchNorm1d) or channels
   * @param spatial values per channel in a sample: 1 for features, H·W for an image
   *   (BatchNorm2d, whose statistics run over the batch, the height and the width)
   */
  constructor(
    readonly channels: number,
    capacity: number,
    dtype: DType,
    readonly spatial = 1,
  ) {
    const u = channels;
    this.inputs = this.outputs = channels * spatial;
    const vector = (value: number): Param['value'] => allocate(dtype, u).fill(value);
    this.gamma = { name: 'gamma', value: vector(1), grad: vector(0), shape: [u], penalized: false };
    this.beta = { name: 'beta', value: vector(0), grad: vector(0), shape: [u], penalized: false };
    this.params = [this.gamma, this.beta];
    this.runningMean = vector(0);
    this.runningVar = vector(1);
    const values = capacity * this.outputs;
    this.out = { rows: 0, cols: this.outputs, data: allocate(dtype, values) };
    this.dx = { rows: 0, cols: this.outputs, data: allocate(dtype, values) };
    this.xhat = allocate(dtype, values);
    this.mean = new Float64Array(u);
    this.invStd = new Float64Array(u);
    this.sumDy = new Float64Array(u);
    this.sumDyXhat = new Float64Array(u);
  }

  forward(x: Matrix, training: boolean): Matrix {
    const n = x.rows,
      C = this.channels,
      S = this.spatial,
      count = n * S,
      xs = x.data;
    const mean = this.mean,
      invStd = this.invStd;
    this.training = training;
    // Element (sample i, channel c, position s) is at (i·C + c)·S + s.
    if (training) {
      mean.fill(0);
      for (let i = 0, k = 0; i < n; i++)
        for (let c = 0; c < C; c++) for (let s = 0; s < S; s++, k++) mean[c] += xs[k];
      for (let c = 0; c < C; c++) mean[c] /= count;
      invStd.fill(0); // holds the biased variance until the last loop
      for (let i = 0, k = 0; i < n; i++) {
        for (let c = 0; c < C; c++) {
          for (let s = 0; s < S; s++, k++) {
            const d = xs[k] - mean[c];
            invStd[c] += d * d;
          }
        }
      }
      const m = BATCHNORM_MOMENTUM;
      for (let c = 0; c < C; c++) {
        const variance = invStd[c] / count;
        // One value per channel has no unbiased variance: PyTorch refuses it outright.
        // Validation refuses a batch size of 1 with batch norm; a last, one-row batch of an
        // epoch normalises but leaves the running statistics of features alone.
        if (count > 1) {
          this.runningMean[c] = (1 - m) * this.runningMean[c] + m * mean[c];
          this.runningVar[c] = (1 - m) * this.runningVar[c] + (m * variance * count) / (count - 1);
        }
        invStd[c] = 1 / Math.sqrt(variance + BATCHNORM_EPS);
      }
    } else {
      for (let c = 0; c < C; c++) {
        mean[c] = this.runningMean[c];
        invStd[c] = 1 / Math.sqrt(this.runningVar[c] + BATCHNORM_EPS);
      }
    }
    const y = this.out.data,
      xhat = this.xhat,
      g = this.gamma.value,
      b = this.beta.value;
    for (let i = 0, k = 0; i < n; i++) {
      for (let c = 0; c < C; c++) {
        for (let s = 0; s < S; s++, k++) {
          xhat[k] = (xs[k] - mean[c]) * invStd[c];
          y[k] = g[c] * xhat[k] + b[c];
        }
      }
    }
    this.out.rows = n;
    return this.out;
  }

  backward(dy: Matrix): Matrix {
    const n = dy.rows,
      C = this.channels,
      S = this.spatial,
      count = n * S,
      g = dy.data,
      xhat = this.xhat;
    const dgamma = this.gamma.grad,
      dbeta = this.beta.grad,
      gamma = this.gamma.value;
    const invStd = this.invStd,
      dx = this.dx.data;
    const sumDy = this.sumDy,
      sumDyXhat = this.sumDyXhat;
    sumDy.fill(0);
    sumDyXhat.fill(0);
    for (let i = 0, k = 0; i < n; i++) {
      for (let c = 0; c < C; c++) {
        for (let s = 0; s < S; s++, k++) {
          sumDyXhat[c] += g[k] * xhat[k];
          sumDy[c] += g[k];
        }
      }
    }
    for (let c = 0; c < C; c++) {
      dgamma[c] = sumDyXhat[c];
      dbeta[c] = sumDy[c];
    }
    if (this.training) {
      // With batch statistics every x̂ depends on the whole batch (m values per channel):
      // dx = γ·invStd/m · (m·dy − Σdy − x̂·Σ(dy·x̂)).
      for (let i = 0, k = 0; i < n; i++) {
        for (let c = 0; c < C; c++) {
          const scale = (gamma[c] * invStd[c]) / count;
          for (let s = 0; s < S; s++, k++) {
            dx[k] = scale * (count * g[k] - sumDy[c] - xhat[k] * sumDyXhat[c]);
          }
        }
      }
    } else {
      // With running statistics the layer is affine per channel.
      for (let i = 0, k = 0; i < n; i++) {
        for (let c = 0; c < C; c++) {
          for (let s = 0; s < S; s++, k++) dx[k] = g[k] * gamma[c] * invStd[c];
        }
      }
    }
    this.dx.rows = n;
    return this.dx;
  }

  /**
   * The statistics the last pass normalised with, per channel (the minibatch's while
   * training, the running ones else): `mean` and `variance`; and the row's `xhat`.
   */
  inspect(row: number): Record<string, Floats> {
    const values = this.outputs;
    return {
      mean: this.mean.slice(),
      variance: this.invStd.map((s) => 1 / (s * s) - BATCHNORM_EPS),
      xhat: this.xhat.slice(row * values, (row + 1) * values),
    };
  }
}

const filled = (n: number, v: number) => new Array<number>(n).fill(v);

export const batchnorm: LayerRow<BatchNormSpec> = {
  build: (_spec, input, c) => [
    isImage(input)
      ? new BatchNorm(input[0], c.capacity, c.dtype, input[1] * input[2])
      : new BatchNorm(input, c.capacity, c.dtype),
  ],
  dump([layer]) {
    const bn = layer as BatchNorm;
    return {
      gamma: Array.from(bn.gamma.value),
      beta: Array.from(bn.beta.value),
      runningMean: Array.from(bn.runningMean),
      runningVar: Array.from(bn.runningVar),
    };
  },
  load([layer], params) {
    if (params.gamma === undefined) return; // a layer a variant added: a fresh one
    const bn = layer as BatchNorm;
    bn.gamma.value.set(params.gamma);
    bn.beta.value.set(params.beta);
    if (params.runningMean) bn.runningMean.set(params.runningMean);
    if (params.runningVar) bn.runningVar.set(params.runningVar);
  },
  torch: (_spec, input, k, context) => [
    {
      name: `batchnorm${k}`,
      code: `${isImage(input) ? 'nn.BatchNorm2d' : context.batchNorm}(${normalizedUnits(input)}, eps=${floatLiteral(BATCHNORM_EPS)}, momentum=${floatLiteral(BATCHNORM_MOMENTUM)})`,
      note: "PyTorch's momentum convention is ours",
      // gamma and beta are torch's weight and bias; a zero num_batches_tracked lets
      // load_state_dict be strict.
      state(entry) {
        const p = entry as BatchNormParams;
        if (p.gamma === undefined) return [];
        const units = p.gamma.length;
        const name = `batchnorm${k}`;
        return [
          `"${name}.weight": ${float32Row(p.gamma)}`,
          `"${name}.bias": ${float32Row(p.beta)}`,
          `"${name}.running_mean": ${float32Row(p.runningMean ?? filled(units, 0))}`,
          `"${name}.running_var": ${float32Row(p.runningVar ?? filled(units, 1))}`,
          `"${name}.num_batches_tracked": 0`,
        ];
      },
    },
  ],
};
