// Our convolution and pooling primitives against real PyTorch (Debian's python3-torch, as
// tests/cli/pytorch.test.ts runs it): torch.nn.functional.conv2d, max_pool2d and avg_pool2d
// on the same inputs, with autograd's gradients of L = Σ r ⊙ y. In float64 the two must
// agree to 1e-10 (relative to each array's largest entry); in float32, both kernels of ours
// against torch's float32, to 1e-5. One Python process runs every case: importing torch
// alone takes seconds.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Conv2d, type Conv2dConfig } from '../../../src/engine/layers/conv2d';
import type { Layer } from '../../../src/engine/layers/layer';
import { AvgPool2d, MaxPool2d } from '../../../src/engine/layers/pool2d';
import type { DType, KernelChoice } from '../../../src/engine/matrix';
import { Rng } from '../../../src/engine/random';

/** Debian's interpreter: a pyenv `python3` earlier on PATH lacks Debian's dist-packages. */
const PYTHON = process.env.DESCENT_PYTHON ?? '/usr/bin/python3';
const TIMEOUT = 120_000;

const SCRIPT = `
import json, sys, torch
import torch.nn.functional as F
out = []
for case in json.load(sys.stdin):
    dtype = torch.float64 if case["dtype"] == "float64" else torch.float32
    t = lambda v, shape: torch.tensor(v, dtype=dtype).reshape(shape).requires_grad_()
    x = t(case["x"], case["shape"])
    grads = {}
    if case["op"] == "conv":
        w = t(case["w"], case["wshape"])
        b = t(case["b"], [len(case["b"])])
        y = F.conv2d(x, w, b, stride=case["stride"], padding=case["padding"])
        grads = {"dW": w, "db": b}
    elif case["op"] == "max":
        y = F.max_pool2d(x, case["size"], stride=case["stride"])
    else:
        y = F.avg_pool2d(x, case["size"], stride=case["stride"])
    r = torch.tensor(case["r"], dtype=dtype).reshape(y.shape)
    (y * r).sum().backward()
    result = {"y": y.detach().flatten().tolist(), "dx": x.grad.flatten().tolist()}
    for name, p in grads.items():
        result[name] = p.grad.flatten().tolist()
    out.append(result)
json.dump(out, sys.stdout)
`;

type Arrays = Record<string, number[]>;

interface Case {
  readonly name: string;
  readonly dtype: DType;
  /** Builds our primitive for `rows` samples. */
  readonly layer: (kernel: KernelChoice) => Layer;
  readonly torch: Record<string, unknown>;
  readonly rows: number;
  readonly x: number[];
  readonly r: number[];
}

const ROWS = 3;

function values(length: number, rng: Rng, dtype: DType, draw = () => rng.normal()): number[] {
  const round = dtype === 'float32' ? Math.fround : (v: number) => v;
  return Array.from({ length }, () => round(draw()));
}

function convCase(name: string, c: Conv2dConfig, dtype: DType, seed: number): Case {
  const rng = new Rng(seed);
  const probe = new Conv2d(c, 1, 'float64', true);
  const w = values(probe.W.value.length, rng, dtype),
    b = values(c.filters, rng, dtype);
  return {
    name: `conv2d ${name} (${dtype})`,
    dtype,
    rows: ROWS,
    layer(kernel) {
      const conv = new Conv2d(c, ROWS, dtype, true, kernel);
      conv.W.value.set(w);
      conv.b!.value.set(b);
      return conv;
    },
    torch: { op: 'conv', w, b, wshape: probe.W.shape, stride: c.stride, padding: c.padding },
    x: values(ROWS * probe.inputs, rng, dtype),
    r: values(ROWS * probe.outputs, rng, dtype),
  };
}

function poolCase(
  op: 'max' | 'avg',
  size: number,
  stride: number,
  dtype: DType,
  ties: boolean,
): Case {
  const rng = new Rng(size * 10 + stride);
  const c = { channels: 2, height: 7, width: 6, size, stride };
  const Pool = op === 'max' ? MaxPool2d : AvgPool2d;
  const probe = new Pool(c, 1, 'float64');
  // With ties, values from {0, 1, 2}: most windows hold their maximum more than once.
  const draw = ties ? () => Math.floor(rng.next() * 3) : () => rng.normal();
  return {
    name: `${op}_pool2d ${size} stride ${stride}${ties ? ' with ties' : ''} (${dtype})`,
    dtype,
    rows: ROWS,
    layer: () => new Pool(c, ROWS, dtype),
    torch: { op, size, stride },
    x: values(ROWS * probe.inputs, rng, dtype, draw),
    r: values(ROWS * probe.outputs, rng, dtype),
  };
}

const conv = (c: Partial<Conv2dConfig>): Conv2dConfig => ({
  channels: 2,
  height: 7,
  width: 6,
  filters: 3,
  kernelHeight: 3,
  kernelWidth: 3,
  stride: 1,
  padding: 0,
  bias: true,
  ...c,
});

const CASES: Case[] = (['float64', 'float32'] as const).flatMap((dtype) => [
  convCase('3×3, stride 1, padding 0', conv({}), dtype, 1),
  convCase('3×2, stride 2, padding 1', conv({ kernelWidth: 2, stride: 2, padding: 1 }), dtype, 2),
  convCase(
    '5×5, padding 2, 1 channel, 6 filters',
    conv({ channels: 1, filters: 6, kernelHeight: 5, kernelWidth: 5, padding: 2 }),
    dtype,
    3,
  ),
  poolCase('max', 2, 2, dtype, false),
  poolCase('max', 3, 2, dtype, true),
  poolCase('max', 2, 1, dtype, true),
  poolCase('avg', 2, 2, dtype, false),
  poolCase('avg', 3, 2, dtype, false),
]);

/** Runs every case through torch, in one process. */
function torchResults(): Arrays[] {
  const input = CASES.map((c) => ({
    ...c.torch,
    dtype: c.dtype,
    x: c.x,
    r: c.r,
    shape: [c.rows, ...shapeOf(c.layer('js'))],
  }));
  const run = spawnSync(PYTHON, ['-c', SCRIPT], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    timeout: TIMEOUT,
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0)
    throw new Error(`${PYTHON} failed (${run.status}): ${run.stderr || run.error}`);
  return JSON.parse(run.stdout) as Arrays[];
}

/** The input's [C, H, W] of one of our primitives. */
function shapeOf(layer: Layer): number[] {
  const c = (layer as Conv2d | MaxPool2d).config;
  return [c.channels, c.height, c.width];
}

/** Ours: y, dx and the parameter gradients, for L = Σ r ⊙ y. */
function ours(c: Case, kernel: KernelChoice): Arrays {
  const layer = c.layer(kernel);
  const data = c.dtype === 'float64' ? Float64Array.from(c.x) : Float32Array.from(c.x);
  const y = Array.from(layer.forward({ rows: c.rows, cols: layer.inputs, data }, true).data);
  const r = c.dtype === 'float64' ? Float64Array.from(c.r) : Float32Array.from(c.r);
  const dx = Array.from(layer.backward({ rows: c.rows, cols: layer.outputs, data: r })!.data);
  const result: Arrays = { y, dx };
  for (const p of layer.params) result[p.name === 'W' ? 'dW' : 'db'] = Array.from(p.grad);
  return result;
}

describe('conv2d and pooling against PyTorch', () => {
  it(
    'agree with torch.nn.functional in forward and autograd, float64 and float32, both kernels',
    () => {
      const expected = torchResults();
      CASES.forEach((c, i) => {
        const tolerance = c.dtype === 'float64' ? 1e-10 : 1e-5;
        for (const kernel of c.dtype === 'float64'
          ? (['js'] as const)
          : (['js', 'wasm'] as const)) {
          const got = ours(c, kernel);
          expect(Object.keys(got).sort()).toEqual(Object.keys(expected[i]).sort());
          for (const [key, want] of Object.entries(expected[i])) {
            expect(got[key].length, `${c.name} ${key}`).toBe(want.length);
            const scale = Math.max(1e-300, ...want.map(Math.abs));
            want.forEach((v, j) => {
              if (Math.abs(got[key][j] - v) > tolerance * scale)
                expect.fail(
                  `${c.name}, ${kernel} kernel, ${key}[${j}]: ours ${got[key][j]}, torch ${v}`,
                );
            });
          }
        }
      });
    },
    TIMEOUT,
  );
});
