// The convolution primitive: output sizes by PyTorch's floor rule, small examples worked by
// hand, finite-difference checks of dx, dW and db in float64 over strides, paddings,
// rectangular kernels, channels, filters and batches, and the two gemm kernels in float32.
import { describe, expect, it } from 'vitest';
import { Conv2d, type Conv2dConfig } from '../../../src/engine/layers/conv2d';
import { convSize as convOutputSize } from '../../../src/spec/layers';
import type { DType, KernelChoice, Matrix } from '../../../src/engine/matrix';
import { Rng } from '../../../src/engine/random';
import { expectClose, numericGradient, randomArray, weightedSum } from '../gradcheck';

const config = (c: Partial<Conv2dConfig>): Conv2dConfig => ({
  channels: 1,
  height: 3,
  width: 3,
  filters: 1,
  kernelHeight: 2,
  kernelWidth: 2,
  stride: 1,
  padding: 0,
  bias: true,
  ...c,
});

const matrixOf = (rows: number, values: ArrayLike<number>, dtype: DType = 'float64'): Matrix => ({
  rows,
  cols: values.length / rows,
  data: dtype === 'float64' ? Float64Array.from(values) : Float32Array.from(values),
});

// The 1×3×3 input of the examples below:
//   1 2 3
//   4 5 6
//   7 8 9
const X3 = [1, 2, 3, 4, 5, 6, 7, 8, 9];

describe('conv2d output size: ⌊(H + 2·padding − k)/stride⌋ + 1', () => {
  it.each([
    // [size, kernel, stride, padding, expected]
    [28, 5, 1, 2, 28], // LeNet's first layer keeps 28: (28 + 4 − 5)/1 + 1
    [14, 5, 1, 0, 10],
    [7, 3, 2, 1, 4], // (7 + 2 − 3)/2 = 3, + 1
    [6, 3, 2, 0, 2], // (6 − 3)/2 = 1.5, floored to 1, + 1: the last row is not reached
    [3, 3, 1, 0, 1],
  ])('size %i, kernel %i, stride %i, padding %i → %i', (size, k, s, p, expected) => {
    expect(convOutputSize(size, k, s, p)).toBe(expected);
  });

  it('gives rectangular outputs for rectangular kernels and refuses a kernel larger than its input', () => {
    const conv = new Conv2d(
      config({ height: 6, width: 5, kernelHeight: 3, kernelWidth: 2 }),
      1,
      'float64',
      false,
    );
    expect([conv.outHeight, conv.outWidth]).toEqual([4, 4]);
    expect(conv.outputs).toBe(16);
    expect(conv.W.shape).toEqual([1, 1, 3, 2]);
    expect(() => new Conv2d(config({ kernelHeight: 4 }), 1, 'float64', false)).toThrow();
  });
});

describe('conv2d by hand', () => {
  it('is a cross-correlation: the kernel slides over the input unflipped', () => {
    // kernel [[1, 2], [3, 4]], bias 0.5:
    //   y00 = 1·1 + 2·2 + 3·4 + 4·5 + 0.5 = 37.5     y01 = 1·2 + 2·3 + 3·5 + 4·6 + 0.5 = 47.5
    //   y10 = 1·4 + 2·5 + 3·7 + 4·8 + 0.5 = 67.5     y11 = 1·5 + 2·6 + 3·8 + 4·9 + 0.5 = 77.5
    // (a flipped kernel, true convolution, would give y00 = 4·1 + 3·2 + 2·4 + 1·5 = 23).
    const conv = new Conv2d(config({}), 1, 'float64', true);
    conv.W.value.set([1, 2, 3, 4]);
    conv.b!.value[0] = 0.5;
    const y = conv.forward(matrixOf(1, X3));
    expect(Array.from(y.data)).toEqual([37.5, 47.5, 67.5, 77.5]);
    // With dy all ones: dW(i, j) = Σ of the inputs that tap (i, j) reads:
    //   dW00 = 1+2+4+5 = 12, dW01 = 2+3+5+6 = 16, dW10 = 4+5+7+8 = 24, dW11 = 5+6+8+9 = 28;
    // db = 4 outputs; dx = Σ of the weights over the windows covering each input:
    //   1  3  2        (x11 is under all four taps: 1+2+3+4 = 10;
    //   4 10  6         x00 only under w00; x01 under w00 and w01)
    //   3  7  4
    const dx = conv.backward(matrixOf(1, [1, 1, 1, 1]))!;
    expect(Array.from(conv.W.grad)).toEqual([12, 16, 24, 28]);
    expect(Array.from(conv.b!.grad)).toEqual([4]);
    expect(Array.from(dx.data)).toEqual([1, 3, 2, 4, 10, 6, 3, 7, 4]);
  });

  it('pads with zeros on every side, and strides skip positions', () => {
    // A 3×3 kernel of ones with padding 1 sums each 3×3 neighbourhood, zeros outside:
    //   1+2+4+5 = 12          1+2+3+4+5+6 = 21          2+3+5+6 = 16
    //   1+2+4+5+7+8 = 27      1+…+9 = 45                2+3+5+6+8+9 = 33
    //   4+5+7+8 = 24          4+5+6+7+8+9 = 39          5+6+8+9 = 28
    const conv = new Conv2d(
      config({ kernelHeight: 3, kernelWidth: 3, padding: 1, bias: false }),
      1,
      'float64',
      true,
    );
    conv.W.value.fill(1);
    expect(conv.params.map((p) => p.name)).toEqual(['W']);
    expect(Array.from(conv.forward(matrixOf(1, X3)).data)).toEqual([
      12, 21, 16, 27, 45, 33, 24, 39, 28,
    ]);
    // Stride 2: ⌊(3 + 2 − 3)/2⌋ + 1 = 2 positions per axis, the four corners' sums.
    const strided = new Conv2d(
      config({ kernelHeight: 3, kernelWidth: 3, padding: 1, stride: 2 }),
      1,
      'float64',
      true,
    );
    strided.W.value.fill(1);
    expect(Array.from(strided.forward(matrixOf(1, X3)).data)).toEqual([12, 16, 24, 28]);
  });

  it('sums over input channels, one output plane per filter, in [F][C][kh][kw] order', () => {
    // Two channels (X3 and X3 + 10), two 1×1 filters: W = [[1, 0], [1, −1]] as [F][C].
    // Filter 0 copies channel 0; filter 1 is channel 0 − channel 1 = −10 everywhere.
    const conv = new Conv2d(
      config({ channels: 2, filters: 2, kernelHeight: 1, kernelWidth: 1, bias: false }),
      1,
      'float64',
      false,
    );
    conv.W.value.set([1, 0, 1, -1]);
    const x = [...X3, ...X3.map((v) => v + 10)];
    expect(Array.from(conv.forward(matrixOf(1, x)).data)).toEqual([...X3, ...X3.map(() => -10)]);
    expect(conv.W.filters).toEqual({ count: 2, size: 2, filterStride: 2, elementStride: 1 });
  });
});

/**
 * L = Σ r ⊙ forward(x) for a fixed random r: dL/dy = r, so backward(r) must match ∂L.
 * `abs` is the absolute floor of the comparison (gradcheck.ts's 1e-8 by default).
 */
function gradcheck(conv: Conv2d, rows: number, seed = 1, abs = 1e-8): void {
  const rng = new Rng(seed);
  conv.W.value.set(randomArray(conv.W.value.length, rng));
  conv.b?.value.set(randomArray(conv.b.value.length, rng));
  const x = matrixOf(rows, randomArray(rows * conv.inputs, rng));
  const r = matrixOf(rows, randomArray(rows * conv.outputs, rng));
  const loss = () => weightedSum(conv.forward(x).data, r.data, rows * conv.outputs);
  loss();
  const dx = conv.backward(r);
  const analytic = conv.params.map((p) => Float64Array.from(p.grad));
  expect(dx).not.toBeNull();
  expectClose(dx!.data.subarray(0, rows * conv.inputs), numericGradient(x.data, loss), 1e-6, abs);
  conv.params.forEach((p, i) =>
    expectClose(analytic[i], numericGradient(p.value, loss), 1e-6, abs),
  );
}

describe('conv2d gradients (float64, central differences)', () => {
  const CASES: [string, Partial<Conv2dConfig>][] = [
    [
      '2 channels, 3 filters, 3×2 kernel, stride 1, padding 0',
      { channels: 2, height: 5, width: 6, filters: 3, kernelHeight: 3, kernelWidth: 2 },
    ],
    [
      '3 channels, 2 filters, 3×3 kernel, stride 2, padding 1',
      {
        channels: 3,
        height: 7,
        width: 6,
        filters: 2,
        kernelHeight: 3,
        kernelWidth: 3,
        stride: 2,
        padding: 1,
      },
    ],
    [
      '2 channels, 4 filters, 2×3 kernel, stride 2, padding 0 (floor drops a row)',
      { channels: 2, height: 6, width: 5, filters: 4, kernelHeight: 2, kernelWidth: 3, stride: 2 },
    ],
    [
      '1 channel, 2 filters, 5×5 kernel, padding 2 (LeNet’s first layer, small)',
      { height: 6, width: 5, filters: 2, kernelHeight: 5, kernelWidth: 5, padding: 2 },
    ],
    [
      '1×3 kernel, stride 1, padding 1, no bias',
      {
        channels: 2,
        height: 4,
        width: 5,
        filters: 2,
        kernelHeight: 1,
        kernelWidth: 3,
        padding: 1,
        bias: false,
      },
    ],
    [
      'kernel as large as the padded input, stride 3',
      {
        channels: 2,
        height: 4,
        width: 4,
        filters: 2,
        kernelHeight: 4,
        kernelWidth: 6,
        stride: 3,
        padding: 1,
      },
    ],
  ];
  for (const [name, c] of CASES) {
    it(`${name}, a batch of 5`, () => gradcheck(new Conv2d(config(c), 5, 'float64', true), 5));
  }

  it('fewer rows than the capacity, in several groups, with columns rebuilt in backward', () => {
    // 20×20 outputs: groups of ⌊1024/400⌋ = 2 samples. Five rows make groups of 2, 2 and 1,
    // and keeping one group's columns (K·2·P = 8·800 values) sends the others through
    // backward's rebuilding path. L sums 4000 outputs: its rounding, ~1e-14, over the
    // difference's 2h = 2e-6 leaves ~1e-8 of noise in each numeric entry, hence the floor.
    const c = config({ channels: 2, height: 21, width: 21, filters: 2 });
    const conv = new Conv2d(c, 6, 'float64', true, 'js', 8 * 800);
    expect(conv.group).toBe(2);
    gradcheck(conv, 5, 3, 1e-7);
  });

  it('rebuilding the columns gives the very same bits as keeping them', () => {
    const c = config({ channels: 2, height: 5, width: 5, filters: 3 });
    const rng = new Rng(4);
    const [x, r, w] = [
      randomArray(130 * 50, rng),
      randomArray(130 * 48, rng),
      randomArray(24, rng),
    ];
    const grads = (keep: number) => {
      const conv = new Conv2d(c, 200, 'float32', true, 'wasm', keep);
      conv.W.value.set(w);
      const y = Float32Array.from(conv.forward(matrixOf(130, x, 'float32')).data);
      const dx = Float32Array.from(conv.backward(matrixOf(130, r, 'float32'))!.data);
      return [y, dx, Float32Array.from(conv.W.grad), Float32Array.from(conv.b!.grad)];
    };
    expect(grads(0)).toEqual(grads(1 << 22));
  });

  it('returns no input gradient for a first layer, and still writes dW and db', () => {
    const conv = new Conv2d(config({ channels: 2, filters: 2 }), 3, 'float64', false);
    conv.W.value.fill(1);
    conv.forward(matrixOf(3, randomArray(54, new Rng(2))));
    expect(conv.backward(matrixOf(3, new Array<number>(24).fill(1)))).toBeNull();
    expect(Array.from(conv.b!.grad)).toEqual([12, 12]); // 3 samples × 4 positions
  });
});

describe('conv2d in float32', () => {
  // LeNet's second convolution on a batch of 6: float32 against float64, both kernels.
  const c = config({
    channels: 6,
    height: 14,
    width: 14,
    filters: 16,
    kernelHeight: 5,
    kernelWidth: 5,
  });
  const rng = new Rng(8);
  const [x, r, w, b] = [
    randomArray(6 * 6 * 196, rng),
    randomArray(6 * 1600, rng),
    randomArray(2400, rng, 0.1),
    randomArray(16, rng),
  ];
  function run(dtype: DType, kernel: KernelChoice) {
    const conv = new Conv2d(c, 6, dtype, true, kernel);
    conv.W.value.set(w);
    conv.b!.value.set(b);
    const y = Float64Array.from(conv.forward(matrixOf(6, x, dtype)).data);
    const dx = Float64Array.from(conv.backward(matrixOf(6, r, dtype))!.data);
    return { y, dx, dW: Float64Array.from(conv.W.grad), db: Float64Array.from(conv.b!.grad) };
  }
  const exact = run('float64', 'js');
  for (const kernel of ['js', 'wasm'] as const) {
    it(`the ${kernel} kernel agrees with float64 within float32 rounding`, () => {
      const got = run('float32', kernel);
      // Each output sums k products of float32-rounded operands (k = 150 taps for y, 16
      // filters for dx, 600 positions for dW): |error| ≲ k·ε·Σ|terms|, so a tolerance of
      // 1e-5 relative to the largest entry (Σ|terms| is of that order) has room to spare.
      for (const key of ['y', 'dx', 'dW', 'db'] as const) {
        const scale = Math.max(...exact[key].map(Math.abs));
        expectClose(got[key], exact[key], 0, 1e-5 * scale);
      }
    });
  }
});
