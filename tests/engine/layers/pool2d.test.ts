// Max and average pooling: output sizes by the floor rule, small examples worked by hand
// (ties send the gradient to the first maximum in row order, as torch.nn.MaxPool2d), and
// finite-difference checks in float64.
import { describe, expect, it } from 'vitest';
import { AvgPool2d, MaxPool2d, type Pool2dConfig } from '../../../src/engine/layers/pool2d';
import { poolSize as poolOutputSize } from '../../../src/spec/layers';
import type { DType, Matrix } from '../../../src/engine/matrix';
import { Rng } from '../../../src/engine/random';
import { expectClose, numericGradient, randomArray, weightedSum } from '../gradcheck';

const matrixOf = (rows: number, values: ArrayLike<number>, dtype: DType = 'float64'): Matrix => ({
  rows,
  cols: values.length / rows,
  data: dtype === 'float64' ? Float64Array.from(values) : Float32Array.from(values),
});
const plane = (height: number, width: number, size = 2, stride?: number): Pool2dConfig => ({
  channels: 1,
  height,
  width,
  size,
  stride,
});

// The 1×4×4 input of the examples below, its 2×2 windows marked:
//   1 3 | 2 4
//   5 6 | 8 7
//   ----+----
//   9 2 | 1 0
//   3 4 | 5 6
const X4 = [1, 3, 2, 4, 5, 6, 8, 7, 9, 2, 1, 0, 3, 4, 5, 6];

describe('pooling output size: ⌊(H − size)/stride⌋ + 1', () => {
  it.each([
    // [size, window, stride, expected]
    [28, 2, 2, 14],
    [5, 2, 2, 2], // the fifth row and column are in no window, as in PyTorch
    [7, 3, 2, 3], // overlapping windows at 0, 2, 4
    [6, 3, 2, 2],
  ])('size %i, window %i, stride %i → %i', (size, window, stride, expected) => {
    expect(poolOutputSize(size, window, stride)).toBe(expected);
  });

  it('strides by the window size unless told, and refuses a window larger than the image', () => {
    const pool = new MaxPool2d({ channels: 3, height: 5, width: 7, size: 2 }, 1, 'float64');
    expect([pool.stride, pool.outHeight, pool.outWidth, pool.outputs]).toEqual([2, 2, 3, 18]);
    expect(() => new AvgPool2d(plane(2, 5, 3), 1, 'float64')).toThrow();
  });
});

describe('max pooling by hand', () => {
  it('takes each window’s maximum and sends its gradient there', () => {
    // maxima 6, 8 / 9, 6 at (1,1), (1,2), (2,0), (3,3); dy = 1, 2, 3, 4 lands on them.
    const pool = new MaxPool2d(plane(4, 4), 1, 'float64');
    expect(Array.from(pool.forward(matrixOf(1, X4)).data)).toEqual([6, 8, 9, 6]);
    expect(Array.from(pool.backward(matrixOf(1, [1, 2, 3, 4])).data)).toEqual([
      0, 0, 0, 0, 0, 1, 2, 0, 3, 0, 0, 0, 0, 0, 0, 4,
    ]);
  });

  it('on ties, sends the gradient to the first maximum in row order', () => {
    // Windows [7 7; 7 7] and [1 5; 5 5]: the first 7 (top left), the first 5 (top right).
    //   7 7 | 1 5
    //   7 7 | 5 5
    const pool = new MaxPool2d(plane(2, 4), 1, 'float64');
    expect(Array.from(pool.forward(matrixOf(1, [7, 7, 1, 5, 7, 7, 5, 5])).data)).toEqual([7, 5]);
    expect(Array.from(pool.backward(matrixOf(1, [1, 2])).data)).toEqual([1, 0, 0, 2, 0, 0, 0, 0]);
  });

  it('adds the gradients of overlapping windows that share a maximum', () => {
    // Size 2, stride 1 over [1 9 1; 1 1 1]: both windows take the 9, so dx(9) = 1 + 10.
    const pool = new MaxPool2d(plane(2, 3, 2, 1), 1, 'float64');
    expect(Array.from(pool.forward(matrixOf(1, [1, 9, 1, 1, 1, 1])).data)).toEqual([9, 9]);
    expect(Array.from(pool.backward(matrixOf(1, [1, 10])).data)).toEqual([0, 11, 0, 0, 0, 0]);
  });
});

describe('average pooling by hand', () => {
  it('divides each window’s sum by the full window and shares the gradient equally', () => {
    // (1+3+5+6)/4 = 3.75, (2+4+8+7)/4 = 5.25, (9+2+3+4)/4 = 4.5, (1+0+5+6)/4 = 3;
    // dy = 4, 8, 12, 16 gives each input of a window a quarter: 1, 2, 3, 4.
    const pool = new AvgPool2d(plane(4, 4), 1, 'float64');
    expect(Array.from(pool.forward(matrixOf(1, X4)).data)).toEqual([3.75, 5.25, 4.5, 3]);
    expect(Array.from(pool.backward(matrixOf(1, [4, 8, 12, 16])).data)).toEqual([
      1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4,
    ]);
  });

  it('leaves rows and columns that no window reaches out of the output and the gradient', () => {
    // 3×3 with size 2: one window, (1+2+4+5)/4 = 3; the last row and column get nothing.
    const pool = new AvgPool2d(plane(3, 3), 1, 'float64');
    expect(Array.from(pool.forward(matrixOf(1, [1, 2, 3, 4, 5, 6, 7, 8, 9])).data)).toEqual([3]);
    expect(Array.from(pool.backward(matrixOf(1, [8])).data)).toEqual([2, 2, 0, 2, 2, 0, 0, 0, 0]);
  });
});

describe('pooling gradients (float64, central differences)', () => {
  const ROWS = 4;
  // Random normals have no ties, and a step of 1e-6 does not reorder a window's values.
  const CASES: [string, Pool2dConfig][] = [
    ['3 channels, size 2, 7×6 (floor drops a row)', { channels: 3, height: 7, width: 6, size: 2 }],
    [
      '2 channels, size 3, stride 2 (overlapping windows)',
      { channels: 2, height: 7, width: 8, size: 3, stride: 2 },
    ],
    [
      '2 channels, size 2, stride 3 (gaps between windows)',
      { channels: 2, height: 8, width: 7, size: 2, stride: 3 },
    ],
  ];
  for (const [name, config] of CASES) {
    for (const Pool of [MaxPool2d, AvgPool2d]) {
      it(`${Pool.name}: ${name}, a batch of ${ROWS}`, () => {
        const layer = new Pool(config, ROWS + 2, 'float64');
        const rng = new Rng(config.height * 10 + config.size);
        const x = matrixOf(ROWS, randomArray(ROWS * layer.inputs, rng));
        const r = matrixOf(ROWS, randomArray(ROWS * layer.outputs, rng));
        const loss = () => weightedSum(layer.forward(x).data, r.data, ROWS * layer.outputs);
        loss();
        const dx = layer.backward(r).data.subarray(0, ROWS * layer.inputs);
        expectClose(dx, numericGradient(x.data, loss));
      });
    }
  }

  it('float32 pooling computes the float64 results rounded', () => {
    const config = { channels: 2, height: 6, width: 6, size: 2 };
    const x = Array.from(randomArray(2 * 72, new Rng(3)), Math.fround);
    for (const Pool of [MaxPool2d, AvgPool2d]) {
      const exact = new Pool(config, 2, 'float64').forward(matrixOf(2, x)).data;
      const single = new Pool(config, 2, 'float32').forward(matrixOf(2, x, 'float32')).data;
      expect(Array.from(single)).toEqual(Array.from(exact, Math.fround));
    }
  });
});
