import { describe, expect, it } from 'vitest';
import {
  coarsestStride,
  LandscapeGrid,
  ParamVector,
  pathWindow,
  pcaDirections,
  randomDirections,
  RANDOM_WINDOW,
  WeightRecorder,
} from '../../src/engine/landscape';
import { symmetricEigen } from '../../src/engine/landscape/eigen';
import { progressiveOrder } from '../../src/engine/landscape/order';
import { Dense } from '../../src/engine/layers/dense';
import type { Model } from '../../src/engine/model';
import { Rng } from '../../src/engine/random';
import { Trainer, type TrainerOptions } from '../../src/engine/train';
import type { LayerSpec } from '../../src/spec/types';
import { experiment, XOR_NET, xorData } from './fixtures';

const BN_NET: LayerSpec[] = [
  { type: 'dense', units: 6, activation: 'linear', init: { name: 'he_normal' } },
  { type: 'batchnorm' },
  { type: 'activation', activation: 'relu' },
  { type: 'dense', units: 2, activation: 'softmax', init: { name: 'xavier_uniform' } },
];

function xorTrainer(epochs: number, layers = XOR_NET, options: TrainerOptions = {}): Trainer {
  const trainer = new Trainer(
    experiment(layers, { lr: 0.05 }),
    { train: xorData(64), validation: null },
    options,
  );
  for (let e = 0; e < epochs; e++) trainer.trainEpoch();
  return trainer;
}

/** Every parameter's bytes, to compare bit for bit. */
function bytes(model: Model): number[][] {
  return model.params.map((p) =>
    Array.from(new Uint8Array(p.value.buffer, p.value.byteOffset, p.value.byteLength)),
  );
}

describe('randomDirections', () => {
  it("gives each dense filter the norm of θ*'s filter, and biases and batch norm 0", () => {
    const { model } = xorTrainer(2, BN_NET);
    const view = new ParamVector(model);
    const theta = view.read();
    const { d1, d2 } = randomDirections(model, 7);
    let filters = 0;
    for (const { param, offset } of view.segments) {
      // Only weight matrices split into filters, one per unit.
      const units = param.filters?.count ?? 0;
      expect(units).toBe(param.name === 'W' ? param.shape[1] : 0);
      for (const d of [d1, d2]) {
        const slice = d.subarray(offset, offset + param.value.length);
        if (units === 0) {
          expect(slice.every((v) => v === 0)).toBe(true); // b, gamma, beta
          continue;
        }
        // Filter j of W ([inputs][units]) is column j: ‖d_j‖ = ‖θ*_j‖.
        for (let j = 0; j < units; j++) {
          let dd = 0,
            tt = 0;
          for (let k = j; k < slice.length; k += units) {
            dd += slice[k] * slice[k];
            tt += theta[offset + k] * theta[offset + k];
          }
          expect(Math.sqrt(dd)).toBeCloseTo(Math.sqrt(tt), 5);
          filters++;
        }
      }
    }
    expect(filters).toBe(2 * (6 + 2));
    expect(d1).not.toEqual(d2);
  });

  it('draws the same directions for the same seed and others for another', () => {
    const { model } = xorTrainer(0);
    expect(randomDirections(model, 3)).toEqual(randomDirections(model, 3));
    expect(randomDirections(model, 3).d1).not.toEqual(randomDirections(model, 4).d1);
  });
});

describe('LandscapeGrid', () => {
  it('has the current evaluation loss at the centre and gives θ* back bit for bit', () => {
    const trainer = xorTrainer(5, BN_NET);
    const model = trainer.model;
    const before = bytes(model);
    const grid = new LandscapeGrid(model, randomDirections(model, 1), trainer.data.train, {
      resolution: 9,
      window: RANDOM_WINDOW,
    });
    // Partial: a few one-cell slices, then a look at the weights.
    for (let i = 0; i < 5; i++) grid.run(0);
    expect(grid.progress().computed).toBe(5);
    expect(bytes(model)).toEqual(before);
    while (!grid.run(50).done);
    expect(bytes(model)).toEqual(before);
    expect(grid.as[4]).toBe(0);
    expect(grid.bs[4]).toBe(0);
    expect(grid.values[4 * 9 + 4]).toBe(Math.fround(trainer.evaluate('train').loss));
    expect(grid.values.every((v) => Number.isFinite(v))).toBe(true);
  });

  it('computes every cell exactly once, coarse lattice first', () => {
    const { order, strides, passEnds } = progressiveOrder(41);
    expect(strides).toEqual([8, 4, 2, 1]);
    expect(passEnds).toEqual([36, 121, 441, 1681]); // 6², 11², 21², 41² points
    expect(new Set(order).size).toBe(41 * 41);
    expect(coarsestStride(21)).toBe(4);

    const trainer = xorTrainer(1);
    const grid = new LandscapeGrid(
      trainer.model,
      randomDirections(trainer.model, 2),
      trainer.data.train,
      {
        resolution: 41,
        window: RANDOM_WINDOW,
      },
    );
    while (grid.progress().passesDone === 0) grid.next();
    const p = grid.progress();
    expect([p.computed, p.stride, p.passes]).toEqual([36, 8, 4]);
    for (let row = 0; row < 41; row++) {
      for (let col = 0; col < 41; col++) {
        const onLattice = row % 8 === 0 && col % 8 === 0;
        expect(Number.isNaN(grid.values[row * 41 + col])).toBe(!onLattice);
      }
    }
    let steps = 0;
    while (grid.next()) steps++;
    expect(steps).toBe(41 * 41 - 36);
    expect(grid.progress()).toMatchObject({ done: true, stride: 1, passesDone: 4 });
    expect(grid.values.some((v) => Number.isNaN(v))).toBe(false);
  });

  it('goes stale, without undoing anything, when training moved the weights between slices', () => {
    const trainer = xorTrainer(1);
    const grid = new LandscapeGrid(
      trainer.model,
      randomDirections(trainer.model, 2),
      trainer.data.train,
      {
        resolution: 5,
        window: RANDOM_WINDOW,
      },
    );
    grid.run(0);
    trainer.trainStep();
    const trained = bytes(trainer.model);
    expect(grid.run(100)).toMatchObject({ computed: 1, stale: true, done: false });
    expect(bytes(trainer.model)).toEqual(trained);
  });

  it('agrees with the gradient along a direction: (L(h) − L(−h)) / 2h ≈ ∇L·d₁', () => {
    const trainer = xorTrainer(2, XOR_NET, { dtype: 'float64' });
    const model = trainer.model,
      data = trainer.data.train;
    const dirs = randomDirections(model, 5);
    const h = 1e-2;
    const grid = new LandscapeGrid(model, dirs, data, {
      resolution: 3,
      window: { a0: -h, a1: h, b0: -h, b1: h },
    });
    while (!grid.run(100).done);
    const x = { rows: data.n, cols: data.features, data: data.x };
    model.lossAndGradient(x, trainer.targets.train, false);
    let slope = 0;
    for (const { param, offset } of new ParamVector(model).segments)
      for (let k = 0; k < param.grad.length; k++) slope += param.grad[k] * dirs.d1[offset + k];
    const centralDifference = (grid.values[1 * 3 + 2] - grid.values[1 * 3 + 0]) / (2 * h);
    expect(Math.abs(slope)).toBeGreaterThan(1e-3); // a real slope, not 0 ≈ 0
    expect(Math.abs(centralDifference - slope)).toBeLessThan(1e-3 + 1e-2 * Math.abs(slope));
  });

  it("puts a trained model's minimum near the centre of the ±1 window", () => {
    const trainer = xorTrainer(60);
    const grid = new LandscapeGrid(
      trainer.model,
      randomDirections(trainer.model, 9),
      trainer.data.train,
      {
        resolution: 21,
        window: RANDOM_WINDOW,
      },
    );
    while (!grid.run(100).done);
    let best = 0;
    grid.values.forEach((v, i) => {
      if (v < grid.values[best]) best = i;
    });
    const [row, col] = [Math.floor(best / 21), best % 21];
    expect(Math.abs(row - 10)).toBeLessThanOrEqual(2);
    expect(Math.abs(col - 10)).toBeLessThanOrEqual(2);
    // Far from θ* (a whole filter norm away) the loss is much higher than at it.
    const centre = grid.values[10 * 21 + 10];
    expect(
      Math.max(grid.values[0], grid.values[20], grid.values[420], grid.values[440]),
    ).toBeGreaterThan(2 * centre);
  });
});

describe('pcaDirections', () => {
  it('finds a plane the snapshots lie in, with their coordinates on it', () => {
    const size = 500,
      n = 40,
      rng = new Rng(11);
    const gaussian = () => Float64Array.from({ length: size }, () => rng.normal());
    const origin = Float32Array.from(gaussian());
    // Two orthonormal axes e1, e2 (Gram–Schmidt).
    const e1 = gaussian(),
      e2 = gaussian();
    const dot = (x: ArrayLike<number>, y: ArrayLike<number>) => {
      let s = 0;
      for (let k = 0; k < size; k++) s += x[k] * y[k];
      return s;
    };
    const n1 = Math.sqrt(dot(e1, e1));
    e1.forEach((v, k) => (e1[k] = v / n1));
    const along = dot(e1, e2);
    e2.forEach((v, k) => (e2[k] = v - along * e1[k]));
    const n2 = Math.sqrt(dot(e2, e2));
    e2.forEach((v, k) => (e2[k] = v / n2));
    // An ellipse (3 cos t, sin t): centred, uncorrelated, variances 4.5 and 0.5 per point,
    // so the principal axes are e1 then e2 and the explained shares 0.9 and 0.1.
    const coords = Array.from({ length: n }, (_, i) => {
      const t = (2 * Math.PI * i) / n;
      return [3 * Math.cos(t), Math.sin(t)];
    });
    const snapshots = coords.map(([a, b]) =>
      Float32Array.from(
        { length: size },
        (_, k) => origin[k] + a * e1[k] + b * e2[k] + 1e-6 * rng.normal(),
      ),
    );
    const { d1, d2, explained, path } = pcaDirections(snapshots, origin);
    expect(Math.abs(dot(d1, e1))).toBeCloseTo(1, 5);
    expect(Math.abs(dot(d2, e2))).toBeCloseTo(1, 5);
    expect(dot(d1, d2)).toBeCloseTo(0, 6);
    expect(explained![0]).toBeCloseTo(0.9, 5);
    expect(explained![0] + explained![1]).toBeCloseTo(1, 6);
    const s1 = Math.sign(dot(d1, e1)),
      s2 = Math.sign(dot(d2, e2));
    coords.forEach(([a, b], i) => {
      expect(path![2 * i]).toBeCloseTo(s1 * a, 4);
      expect(path![2 * i + 1]).toBeCloseTo(s2 * b, 4);
    });
    // Signed so that the first snapshot sits at a ≤ 0, b ≤ 0.
    expect(path![0]).toBeLessThanOrEqual(0);
    expect(path![1]).toBeLessThanOrEqual(0);
  });

  it('follows a real training run, and its window holds the path and θ*', () => {
    const trainer = xorTrainer(0);
    const recorder = new WeightRecorder({ capacity: 16 });
    recorder.record(trainer.model);
    for (let e = 0; e < 40; e++) {
      trainer.trainEpoch();
      recorder.record(trainer.model);
    }
    const origin = new ParamVector(trainer.model).read();
    const dirs = pcaDirections(recorder.snapshots, origin);
    expect(dirs.explained![0]).toBeGreaterThan(dirs.explained![1]);
    const w = pathWindow(dirs.path!);
    for (let i = 0; i < dirs.path!.length; i += 2) {
      expect(dirs.path![i]).toBeGreaterThan(w.a0);
      expect(dirs.path![i]).toBeLessThan(w.a1);
      expect(dirs.path![i + 1]).toBeGreaterThan(w.b0);
      expect(dirs.path![i + 1]).toBeLessThan(w.b1);
    }
    expect([w.a0 < 0, w.a1 > 0, w.b0 < 0, w.b1 > 0]).toEqual([true, true, true, true]);
    const grid = new LandscapeGrid(trainer.model, dirs, trainer.data.train, {
      resolution: 9,
      window: w,
    });
    while (!grid.run(100).done);
    expect(grid.values.every((v) => Number.isFinite(v))).toBe(true);
  });
});

describe('symmetricEigen', () => {
  it('diagonalises a symmetric matrix: A·v = λ·v, descending', () => {
    const n = 6,
      rng = new Rng(3);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = rng.uniform(-1, 1);
    const { values, vectors } = symmetricEigen(a, n);
    for (let k = 0; k < n; k++) {
      if (k > 0) expect(values[k]).toBeLessThanOrEqual(values[k - 1]);
      for (let i = 0; i < n; i++) {
        let av = 0;
        for (let j = 0; j < n; j++) av += a[i * n + j] * vectors[j * n + k];
        expect(av).toBeCloseTo(values[k] * vectors[i * n + k], 12);
      }
    }
  });
});

describe('WeightRecorder', () => {
  it('keeps a bounded, evenly spaced record from the first call to the latest', () => {
    const { model } = xorTrainer(0);
    const W = (model.layers[0] as Dense).W.value;
    const recorder = new WeightRecorder({ capacity: 8 });
    const buffers = new Set<Float32Array>();
    for (let call = 0; call < 100; call++) {
      W[0] = call; // marks which call a snapshot holds
      recorder.record(model);
      recorder.snapshots.forEach((s) => buffers.add(s));
      expect(recorder.snapshots.length).toBeLessThanOrEqual(8);
    }
    const { labels, stride, snapshots } = recorder;
    expect(labels[0]).toBe(0);
    expect(labels.slice(1).map((l, i) => l - labels[i])).toEqual(labels.slice(1).map(() => stride));
    expect(99 - labels[labels.length - 1]).toBeLessThan(stride);
    expect(snapshots.map((s) => s[0])).toEqual(labels);
    expect(buffers.size).toBeLessThanOrEqual(8); // thinned snapshots' buffers are reused
  });

  it('keeps fewer snapshots of a model too big for its memory budget', () => {
    const { model } = xorTrainer(0);
    const size = new ParamVector(model).size;
    const recorder = new WeightRecorder({ capacity: 200, budget: 5 * size });
    for (let call = 0; call < 50; call++) recorder.record(model);
    expect(recorder.capacity).toBe(5);
    expect(recorder.snapshots.length).toBeLessThanOrEqual(5);
  });
});
