// The WebAssembly SIMD product: the committed binary is what its .wat source assembles to,
// and it computes what the JavaScript kernel computes, within float32 rounding, for every
// operand layout the dense layer uses and for sizes that need padding.
import { describe, expect, it } from 'vitest';
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
