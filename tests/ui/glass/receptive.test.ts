// The glass box's index math for images (src/ui/glass/receptive.ts) against the engine's own
// numbers: for every output cell of every convolution, the sum the page writes (x·W over its
// receptive field, the padding left out, plus the bias) is the engine's output, and the
// gradients it says each cell hands back add up to the engine's ∂L/∂W, ∂L/∂b and ∂L/∂x;
// every max pooling's source lies in its window, and an average is its window's mean.
import { describe, expect, it } from 'vitest';
import type { DType } from '../../../src/engine/matrix';
import { glassStep } from '../../../src/engine/glass/step';
import { Trainer } from '../../../src/engine/train';
import type { ImageShape } from '../../../src/spec/layers/shape';
import type { GlassPrimitive, GlassTrace } from '../../../src/spec/protocol/glass';
import type { Experiment, LayerSpec } from '../../../src/spec/types';
import {
  cellOf,
  clip,
  convField,
  convGeometryOf,
  convTaps,
  imageOf,
  indexOf,
  poolCells,
  poolingOf,
} from '../../../src/ui/glass/receptive';
import { classification, experiment } from '../../engine/fixtures';

const INIT = { name: 'xavier_uniform' } as const;

function conv(
  filters: number,
  kernelSize: [number, number],
  stride: number,
  padding: number,
  bias = true,
): LayerSpec {
  return {
    type: 'conv2d',
    filters,
    kernelSize,
    stride,
    padding,
    activation: 'tanh',
    init: INIT,
    bias,
  };
}

interface Case {
  name: string;
  inputs: [number, number, number];
  layers: LayerSpec[];
}

const CASES: Case[] = [
  {
    // 2×5×6 → 3×3×3 (⌊(5 + 2 − 3)/2⌋ + 1 = 3, ⌊(6 + 2 − 3)/2⌋ + 1 = 3) → 2×4×3 → 2×3×2.
    name: 'a 3×3 kernel with stride 2 and padding 1, then a 2×3 one, overlapping max pooling',
    inputs: [2, 5, 6],
    layers: [
      conv(3, [3, 3], 2, 1),
      conv(2, [2, 3], 1, 1, false),
      { type: 'maxpool2d', size: 2, stride: 1 },
      { type: 'flatten' },
      { type: 'dense', units: 3, activation: 'softmax', init: INIT },
    ],
  },
  {
    // 1×7×7 → 2×7×5 → 2×3×2 (the last row and column dropped) → 3×3×3 → 3×1×1. The second
    // convolution's first column looks only at padding (columns −2 and −1): its sum is b.
    name: 'a 1×3 kernel, average pooling, a 3×2 kernel with padding 2, max pooling',
    inputs: [1, 7, 7],
    layers: [
      conv(2, [1, 3], 1, 0),
      { type: 'avgpool2d', size: 2, stride: 2 },
      conv(3, [3, 2], 2, 2),
      { type: 'maxpool2d', size: 2, stride: 2 },
      { type: 'flatten' },
      { type: 'dense', units: 3, activation: 'softmax', init: INIT },
    ],
  },
];

/** 10 samples of `shape`, three classes; deterministic. */
function traceOf(c: Case, dtype: DType): GlassTrace {
  const size = c.inputs[0] * c.inputs[1] * c.inputs[2];
  const x = Array.from({ length: 10 }, (_, s) =>
    Array.from({ length: size }, (_, i) => Math.sin(s * 1.3 + i * 0.7) + ((s + i) % 4) / 4),
  );
  const data = classification(
    x,
    x.map((_, s) => s % 3),
  );
  const base = experiment(c.layers, { name: 'adam', lr: 0.01 });
  const exp: Experiment = {
    ...base,
    model: { inputs: c.inputs, layers: c.layers, loss: 'cross_entropy' },
    training: { ...base.training, batchSize: 4 },
  };
  const trainer = new Trainer(exp, { train: data, validation: null }, { dtype, kernel: 'js' });
  trainer.trainStep(); // past the initial weights
  const t = trainer.targets.train;
  return glassStep(trainer, {
    x: data.x.slice(size, 2 * size),
    target: t.data.slice(t.cols, 2 * t.cols),
    label: 1,
    trainIndex: 1,
  });
}

const image = (p: GlassPrimitive, side: 'input' | 'output') => imageOf(p.shapes[side]);

/** Every cell of `shape`, by index. */
const cells = (shape: ImageShape) =>
  Array.from({ length: shape[0] * shape[1] * shape[2] }, (_, o) => o);

/** The engine's number equals ours to 1e-10 in float64, to 1e-5 (relative) in float32. */
function expectNear(ours: number, engine: number, dtype: DType, what: string) {
  const tolerance = dtype === 'float64' ? 1e-10 : 1e-5 * Math.max(1, Math.abs(engine));
  expect(Math.abs(ours - engine), what).toBeLessThan(tolerance);
}

describe('receptive fields, written out', () => {
  it('puts an output cell’s kernel over the input at row·stride − padding', () => {
    // 3×3 kernel, stride 2, padding 1: output (1, 2) reads rows 1·2 − 1 = 1 … 3 and columns
    // 2·2 − 1 = 3 … 5; output (0, 0) reads rows and columns −1 … 1, row and column −1 padding.
    const g = { kernel: [3, 3] as const, stride: 2, padding: 1 };
    expect(convField(g, { channel: 0, row: 1, col: 2 })).toEqual({
      rows: { first: 1, last: 3 },
      cols: { first: 3, last: 5 },
    });
    const corner = convTaps([2, 5, 6], g, { channel: 1, row: 0, col: 0 });
    expect(corner).toHaveLength(2 * 3 * 3);
    // Per channel, 2 × 2 of the 9 taps are inside; channel 0's first inside one is x[0, 0, 0] under
    // W[1, 0, 1, 1], index ((1·2 + 0)·3 + 1)·3 + 1 = 22.
    expect(corner.filter((tap) => tap.input !== null)).toHaveLength(2 * 4);
    expect(corner[4]).toEqual({ channel: 0, u: 1, v: 1, row: 0, col: 0, input: 0, weight: 22 });
    expect(clip({ first: -1, last: 1 }, 5)).toEqual({ first: 0, last: 1 });
    expect(clip({ first: -2, last: -1 }, 5)).toBeNull();
  });

  it('takes pooling windows from row·stride, with no padding', () => {
    // Size 2, stride 2 on 1×5×5: output (1, 1) reads rows 2–3 and columns 2–3.
    expect(poolCells([1, 5, 5], 2, 2, { channel: 0, row: 1, col: 1 })).toEqual([12, 13, 17, 18]);
    expect(cellOf([3, 4, 5], indexOf([3, 4, 5], { channel: 2, row: 3, col: 1 }))).toEqual({
      channel: 2,
      row: 3,
      col: 1,
    });
  });
});

describe('the glass box’s image stages add up to the engine’s numbers', () => {
  for (const c of CASES) {
    for (const dtype of ['float64', 'float32'] as const) {
      describe(`${c.name} (${dtype})`, () => {
        const trace = traceOf(c, dtype);
        const of = (kind: GlassPrimitive['kind']) =>
          trace.primitives.flatMap((p, i) => (p.kind === kind ? [i] : []));

        it('gives every output cell of a convolution Σ x·W over its receptive field + b', () => {
          expect(of('conv2d')).toHaveLength(2);
          for (const i of of('conv2d')) {
            const p = trace.primitives[i];
            const g = convGeometryOf(trace, i);
            const W = p.params.find((q) => q.name === 'W')!.value;
            const b = p.params.find((q) => q.name === 'b')?.value ?? null;
            for (const o of cells(image(p, 'output'))) {
              const out = cellOf(image(p, 'output'), o);
              let sum = b === null ? 0 : b[out.channel];
              for (const tap of convTaps(image(p, 'input'), g, out)) {
                if (tap.input !== null) sum += p.input[tap.input] * W[tap.weight];
              }
              expectNear(sum, p.output[o], dtype, `primitive ${i}, output ${o}`);
            }
          }
        });

        it('hands each cell’s gradient to its weights (x·dy), bias and inputs (W·dy)', () => {
          for (const i of of('conv2d')) {
            const p = trace.primitives[i];
            const g = convGeometryOf(trace, i);
            const [W, b] = [
              p.params.find((q) => q.name === 'W')!,
              p.params.find((q) => q.name === 'b'),
            ];
            const dy = p.gradient.sample.output!;
            const dW = new Float64Array(W.value.length);
            const db = new Float64Array(image(p, 'output')[0]);
            const dx = new Float64Array(p.input.length);
            for (const o of cells(image(p, 'output'))) {
              const out = cellOf(image(p, 'output'), o);
              db[out.channel] += dy[o];
              for (const tap of convTaps(image(p, 'input'), g, out)) {
                if (tap.input === null) continue;
                dW[tap.weight] += p.input[tap.input] * dy[o];
                dx[tap.input] += W.value[tap.weight] * dy[o];
              }
            }
            dW.forEach((v, k) => expectNear(v, W.gradient.sample[k], dtype, `dW ${k}`));
            if (b) db.forEach((v, k) => expectNear(v, b.gradient.sample[k], dtype, `db ${k}`));
            const engine = p.gradient.sample.input;
            // The first convolution passes no gradient below it; the second does.
            expect(engine === null).toBe(i === of('conv2d')[0]);
            engine?.forEach((v, k) => expectNear(dx[k], v, dtype, `dx ${k}`));
          }
        });

        it('takes each max pooling output from a cell of its window: the largest', () => {
          for (const i of of('maxpool2d')) {
            const p = trace.primitives[i];
            const { size, stride } = poolingOf(trace, i);
            const from = p.inside.from;
            for (const o of cells(image(p, 'output'))) {
              const window = poolCells(
                image(p, 'input'),
                size,
                stride,
                cellOf(image(p, 'output'), o),
              );
              expect(window).toContain(from[o]);
              expect(p.output[o]).toBe(Math.max(...window.map((k) => p.input[k])));
              expect(p.output[o]).toBe(p.input[from[o]]);
            }
            // Back, only the cell taken gets the gradient (added up where windows overlap).
            const dy = p.gradient.sample.output!;
            const dx = new Float64Array(p.input.length);
            from.forEach((k, o) => (dx[k] += dy[o]));
            p.gradient.sample.input!.forEach((v, k) => expectNear(dx[k], v, dtype, `dx ${k}`));
          }
        });

        it('gives an average pooling output its window’s mean, and each cell dy / size²', () => {
          for (const i of of('avgpool2d')) {
            const p = trace.primitives[i];
            const { size, stride } = poolingOf(trace, i);
            const dy = p.gradient.sample.output!;
            const dx = new Float64Array(p.input.length);
            for (const o of cells(image(p, 'output'))) {
              const window = poolCells(
                image(p, 'input'),
                size,
                stride,
                cellOf(image(p, 'output'), o),
              );
              const mean = window.reduce((s, k) => s + p.input[k] / size ** 2, 0);
              expectNear(mean, p.output[o], dtype, `output ${o}`);
              for (const k of window) dx[k] += dy[o] / size ** 2;
            }
            p.gradient.sample.input!.forEach((v, k) => expectNear(dx[k], v, dtype, `dx ${k}`));
          }
        });

        it('flattens without moving a number', () => {
          const [i] = of('flatten');
          const p = trace.primitives[i];
          expect(Array.from(p.output)).toEqual(Array.from(p.input));
          expect(p.shapes.output).toBe(p.input.length);
          expect(Array.from(p.gradient.sample.input!)).toEqual(
            Array.from(p.gradient.sample.output!),
          );
        });
      });
    }
  }
});
