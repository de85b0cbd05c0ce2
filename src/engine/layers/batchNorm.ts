// Batch normalisation with PyTorch BatchNorm1d's conventions: per unit, normalise with the
// batch mean and *biased* variance while training, eps = 1e-5, then gamma·x̂ + beta; keep
// running mean and *unbiased* running variance with momentum 0.1 and use them outside
// training.
import { sizeOf } from '../../spec/layers';
import type { BatchNormSpec } from '../../spec/types';
import { float32Row, floatLiteral } from '../export/python';
import { allocate, type DType, type Floats, type Matrix } from '../matrix';
import type { Layer, LayerRow, Param } from './layer';

export const BATCHNORM_EPS = 1e-5;
export const BATCHNORM_MOMENTUM = 0.1;

export class BatchNorm implements Layer {
  readonly params: readonly Param[];
  readonly gamma: Param;
  readonly beta: Param;
  readonly runningMean: Floats;
  readonly runningVar: Floats;
  readonly outputs: number;
  private readonly out: Matrix;
  private readonly dx: Matrix;
  private readonly xhat: Floats;
  // Per-unit statistics, summed in double (as PyTorch's CPU kernels do) whatever the dtype.
  private readonly mean: Float64Array;
  private readonly invStd: Float64Array;
  private readonly sumDy: Float64Array;
  private readonly sumDyXhat: Float64Array;
  private training = false;

  constructor(
    readonly inputs: number,
    capacity: number,
    dtype: DType,
  ) {
    const u = inputs;
    this.outputs = u;
    this.gamma = {
      name: 'gamma',
      value: allocate(dtype, u).fill(1),
      grad: allocate(dtype, u),
      shape: [u],
      penalized: false,
    };
    this.beta = {
      name: 'beta',
      value: allocate(dtype, u),
      grad: allocate(dtype, u),
      shape: [u],
      penalized: false,
    };
    this.params = [this.gamma, this.beta];
    this.runningMean = allocate(dtype, u);
    this.runningVar = allocate(dtype, u).fill(1);
    this.out = { rows: 0, cols: u, data: allocate(dtype, capacity * u) };
    this.dx = { rows: 0, cols: u, data: allocate(dtype, capacity * u) };
    this.xhat = allocate(dtype, capacity * u);
    this.mean = new Float64Array(u);
    this.invStd = new Float64Array(u);
    this.sumDy = new Float64Array(u);
    this.sumDyXhat = new Float64Array(u);
  }

  forward(x: Matrix, training: boolean): Matrix {
    const n = x.rows,
      u = this.outputs,
      xs = x.data;
    const mean = this.mean,
      invStd = this.invStd;
    this.training = training;
    if (training) {
      mean.fill(0);
      for (let i = 0; i < n; i++) for (let j = 0; j < u; j++) mean[j] += xs[i * u + j];
      for (let j = 0; j < u; j++) mean[j] /= n;
      invStd.fill(0); // holds the biased variance until the last loop
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < u; j++) {
          const d = xs[i * u + j] - mean[j];
          invStd[j] += d * d;
        }
      }
      const m = BATCHNORM_MOMENTUM;
      for (let j = 0; j < u; j++) {
        const variance = invStd[j] / n;
        // A batch of one has no unbiased variance: PyTorch refuses it outright. Validation
        // refuses a batch size of 1 with batch norm; a last, one-row batch of an epoch
        // normalises (every output is beta) but leaves the running statistics alone.
        if (n > 1) {
          this.runningMean[j] = (1 - m) * this.runningMean[j] + m * mean[j];
          this.runningVar[j] = (1 - m) * this.runningVar[j] + (m * variance * n) / (n - 1);
        }
        invStd[j] = 1 / Math.sqrt(variance + BATCHNORM_EPS);
      }
    } else {
      for (let j = 0; j < u; j++) {
        mean[j] = this.runningMean[j];
        invStd[j] = 1 / Math.sqrt(this.runningVar[j] + BATCHNORM_EPS);
      }
    }
    const y = this.out.data,
      xhat = this.xhat,
      g = this.gamma.value,
      b = this.beta.value;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < u; j++) {
        const k = i * u + j;
        xhat[k] = (xs[k] - mean[j]) * invStd[j];
        y[k] = g[j] * xhat[k] + b[j];
      }
    }
    this.out.rows = n;
    return this.out;
  }

  backward(dy: Matrix): Matrix {
    const n = dy.rows,
      u = this.outputs,
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
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < u; j++) {
        const k = i * u + j;
        sumDyXhat[j] += g[k] * xhat[k];
        sumDy[j] += g[k];
      }
    }
    for (let j = 0; j < u; j++) {
      dgamma[j] = sumDyXhat[j];
      dbeta[j] = sumDy[j];
    }
    if (this.training) {
      // With batch statistics every x̂ depends on the whole batch:
      // dx = γ·invStd/n · (n·dy − Σdy − x̂·Σ(dy·x̂)).
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < u; j++) {
          const k = i * u + j;
          dx[k] = ((gamma[j] * invStd[j]) / n) * (n * g[k] - sumDy[j] - xhat[k] * sumDyXhat[j]);
        }
      }
    } else {
      // With running statistics the layer is affine per unit.
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < u; j++) dx[i * u + j] = g[i * u + j] * gamma[j] * invStd[j];
      }
    }
    this.dx.rows = n;
    return this.dx;
  }
}

const filled = (n: number, v: number) => new Array<number>(n).fill(v);

export const batchnorm: LayerRow<BatchNormSpec> = {
  build: (_spec, input, c) => [new BatchNorm(sizeOf(input), c.capacity, c.dtype)],
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
    if (!('gamma' in params)) return;
    const bn = layer as BatchNorm;
    bn.gamma.value.set(params.gamma);
    bn.beta.value.set(params.beta);
    if (params.runningMean) bn.runningMean.set(params.runningMean);
    if (params.runningVar) bn.runningVar.set(params.runningVar);
  },
  torch: (_spec, input, k, context) => [
    {
      name: `batchnorm${k}`,
      code: `${context.batchNorm}(${sizeOf(input)}, eps=${floatLiteral(BATCHNORM_EPS)}, momentum=${floatLiteral(BATCHNORM_MOMENTUM)})`,
      note: "PyTorch's momentum convention is ours",
      // gamma and beta are torch's weight and bias; a zero num_batches_tracked lets
      // load_state_dict be strict.
      state(p) {
        if (!('gamma' in p)) return [];
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
