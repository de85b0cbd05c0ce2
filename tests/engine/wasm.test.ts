// The WebAssembly SIMD product: the committed binary is what its .wat source assembles to,
// and it computes what the JavaScript kernel computes, within float32 rounding, for every
// operand layout the dense layer uses and for sizes that need padding.
import { describe, expect, it, vi } from 'vitest';
import { assemble, KERNELS, moduleSource } from '../../scripts/build-wasm';
import { gemm } from '../../src/engine/matrix';
import { Rng } from '../../src/engine/random';
import { wasmAvailable, wasmGemm } from '../../src/engine/wasm/gemm';
import { GEMM_WASM_BASE64 } from '../../src/engine/wasm/gemm.wasm';

describe('WebAssembly gemm', () => {
  it('the committed module is the assembled gemm.wat (run scripts/build-wasm.ts after editing it)', async () => {
    expect(KERNELS).toEqual(['gemm']);
    const bytes = await assemble('gemm');
    expect(moduleSource('gemm', bytes)).toContain(GEMM_WASM_BASE64);
    expect(Buffer.from(bytes).toString('base64')).toBe(GEMM_WASM_BASE64);
  });

  it('is available in Node (SIMD is on by default since Node 16)', () => {
    expect(wasmAvailable()).toBe(true);
  });

  // [n, k, m]: multiples of the 4×8 tile, remainders in every dimension, a single row or
  // column, and the shapes of the benchmark's largest layer.
  const SHAPES = [
    [4, 3, 8],
    [5, 7, 3],
    [1, 1, 1],
    [9, 17, 13],
    [64, 784, 128],
    [3, 64, 10],
  ];
  // The three layouts of a dense layer: x·W, xᵀ·dz (A read transposed), dz·Wᵀ (B transposed).
  const LAYOUTS = [
    {
      name: 'A·B',
      a: (n: number, k: number) => [k, 1, n * k],
      b: (k: number, m: number) => [m, 1, k * m],
    },
    {
      name: 'Aᵀ·B',
      a: (n: number, k: number) => [1, n, n * k],
      b: (k: number, m: number) => [m, 1, k * m],
    },
    {
      name: 'A·Bᵀ',
      a: (n: number, k: number) => [k, 1, n * k],
      b: (k: number, m: number) => [1, k, k * m],
    },
  ];

  for (const layout of LAYOUTS) {
    for (const [n, k, m] of SHAPES) {
      it(`${layout.name} ${n}×${k}×${m} matches the JavaScript kernel within float32 rounding`, () => {
        const rng = new Rng(n * 1000 + k * 10 + m);
        const [aRow, aCol, aLen] = layout.a(n, k);
        const [bRow, bCol, bLen] = layout.b(k, m);
        const a = Float32Array.from({ length: aLen }, () => rng.normal());
        const b = Float32Array.from({ length: bLen }, () => rng.normal());
        const expected = new Float64Array(n * m);
        gemm(Float64Array.from(a), aRow, aCol, Float64Array.from(b), bRow, bCol, expected, n, k, m);
        const c = new Float32Array(n * m).fill(NaN); // every entry must be written
        expect(wasmGemm(a, aRow, aCol, b, bRow, bCol, c, n, k, m)).toBe(true);
        // Summing k float32 products in float32 errs by at most ~k·ε·Σ|aᵢbᵢ|; with unit
        // normals Σ|aᵢbᵢ| ≈ 0.64k, so 2·k·ε·(k + 1) bounds it with room to spare.
        const tolerance = 2 * k * 1.2e-7 * (k + 1);
        for (let i = 0; i < n * m; i++)
          expect(Math.abs(c[i] - expected[i])).toBeLessThan(tolerance);
      });
    }
  }

  // Its bits: each output is float32 0 + a·b + a·b + … in order of the inner index, each
  // product and each sum rounded to float32 (plain mul and add, no fused multiply-add), in
  // every engine: what makes a run's numbers the same in Node and in Chromium.
  it('sums each output in float32 in order, bit for bit, for the shapes of small layers', () => {
    const f = Math.fround;
    for (const [n, k, m] of [
      [10, 8, 8],
      [8, 10, 8],
      [3, 5, 2],
      [16, 4, 16],
    ]) {
      const rng = new Rng(n + k + m);
      const a = Float32Array.from({ length: n * k }, () => rng.normal());
      const b = Float32Array.from({ length: k * m }, () => rng.normal());
      const c = new Float32Array(n * m);
      expect(wasmGemm(a, k, 1, b, 1, k, c, n, k, m)).toBe(true); // A·Bᵀ, B stored [m×k]
      const expected = new Float32Array(n * m);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          let s = 0;
          for (let t = 0; t < k; t++) s = f(s + f(a[i * k + t] * b[j * k + t]));
          expected[i * m + j] = s;
        }
      }
      expect(c).toEqual(expected);
    }
  });

  // Growing a memory detaches its old buffer, and after one detached buffer V8 checks for
  // detachment in every typed-array loop of the process (elementwise loops ~40% slower).
  it('takes a new, larger memory for a larger product instead of growing (nothing detached)', () => {
    // Typed locally, as src/engine/wasm/gemm.ts does: the tests' libraries declare no WebAssembly value.
    const { Memory } = (
      globalThis as unknown as {
        WebAssembly: { Memory: { prototype: { grow(pages: number): number } } };
      }
    ).WebAssembly;
    const grow = vi.spyOn(Memory.prototype, 'grow');
    try {
      const n = 256,
        k = 1024,
        m = 64; // about 1.4 MB of operands: more than any product before in this file
      const a = new Float32Array(n * k).fill(0.5),
        b = new Float32Array(k * m).fill(0.25);
      const c = new Float32Array(n * m);
      expect(wasmGemm(a, k, 1, b, m, 1, c, n, k, m)).toBe(true);
      expect(c.every((v) => v === 128)).toBe(true); // 1024 · 0.5 · 0.25, exact in float32
      const out = new Float32Array(1);
      wasmGemm(
        Float32Array.from([1, 2, 3]),
        3,
        1,
        Float32Array.from([1, 2, 3]),
        1,
        1,
        out,
        1,
        3,
        1,
      );
      expect(out[0]).toBe(14);
      expect(grow).not.toHaveBeenCalled();
    } finally {
      grow.mockRestore();
    }
  });

  it('reuses its memory across calls of different sizes without stale padding', () => {
    const big = new Float32Array(64 * 64).fill(1),
      small = Float32Array.from([1, 2, 3]);
    const c = new Float32Array(64 * 64);
    wasmGemm(big, 64, 1, big, 64, 1, c, 64, 64, 64);
    const out = new Float32Array(1);
    wasmGemm(small, 3, 1, small, 1, 1, out, 1, 3, 1); // [1 2 3]·[1 2 3]ᵀ = 14
    expect(out[0]).toBe(14);
  });
});
