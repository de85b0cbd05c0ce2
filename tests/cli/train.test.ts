// The contract's `cli train`, run as a separate process.
import { describe, expect, it } from 'vitest';
import { cli, file } from './run';

const SMALL = {
  version: 1,
  kind: 'train',
  seed: 7,
  data: { kind: 'spiral', samples: 120, noise: 0.1, classes: 3 },
  validation: 0.25,
  model: {
    inputs: 2,
    layers: [
      { type: 'dense', units: 8, activation: 'tanh', init: 'xavier_uniform' },
      { type: 'batchnorm' },
      { type: 'activation', activation: 'relu' },
      { type: 'dropout', rate: 0.2 },
      { type: 'dense', units: 3, activation: 'softmax' },
    ],
    loss: 'cross_entropy',
  },
  optimizer: { name: 'adam', lr: 0.01 },
  training: { batchSize: 32, epochs: 3, shuffle: true },
};

describe('cli train', () => {
  it('prints one line per epoch with training and validation metrics', () => {
    const r = cli(['train', file(SMALL)]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.lines.map((l) => l.epoch)).toEqual([1, 2, 3]);
    for (const line of r.lines) {
      expect(Object.keys(line)).toEqual(['epoch', 'loss', 'accuracy', 'valLoss', 'valAccuracy']);
      expect(line.accuracy).toBeGreaterThanOrEqual(0);
      expect(line.accuracy).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic: same file same output, another seed another output', () => {
    const path = file(SMALL);
    const a = cli(['train', path, '--log-steps']);
    expect(cli(['train', path, '--log-steps']).stdout).toBe(a.stdout);
    expect(cli(['train', file({ ...SMALL, seed: 8 }), '--log-steps']).stdout).not.toBe(a.stdout);
  });

  it('--log-steps: one line per optimizer step before each epoch line, steps counted across epochs', () => {
    // 120 samples, 25% validation: 90 training samples in batches of 32 → 3 steps per epoch.
    const r = cli(['train', file(SMALL), '--log-steps']);
    const kinds = r.lines.map((l) => ('step' in l ? `s${l.step}` : `e${l.epoch}`));
    expect(kinds).toEqual(['s1', 's2', 's3', 'e1', 's4', 's5', 's6', 'e2', 's7', 's8', 's9', 'e3']);
  });

  it('--stats: per layer mean, std and a histogram with one more edge than counts', () => {
    const r = cli(['train', file(SMALL), '--stats']);
    const layers = r.lines[0].layers as {
      mean: number;
      std: number;
      histogram: { edges: number[]; counts: number[] };
    }[];
    expect(layers).toHaveLength(5);
    for (const l of layers) {
      expect(l.histogram.edges.length).toBe(l.histogram.counts.length + 1);
      // The probe batch is the first 90 (all) training samples: every layer's values are counted.
      expect(l.histogram.counts.reduce((a, b) => a + b)).toBe(90 * (l === layers[4] ? 3 : 8));
    }
    // After batch norm in evaluation mode the mean is near 0 but not forced to it.
    expect(Math.abs(layers[1].mean)).toBeLessThan(1);
  });

  it('epochs 0 with --stats prints the untrained network as epoch 0', () => {
    const r = cli([
      'train',
      file({ ...SMALL, training: { ...SMALL.training, epochs: 0 } }),
      '--stats',
    ]);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0].epoch).toBe(0);
    expect(r.lines[0].layers).toHaveLength(5);
  });

  it('--dump-params: a last line in the params layout, which loads back to the same network', () => {
    const r = cli(['train', file(SMALL), '--dump-params']);
    const last = r.lines[r.lines.length - 1] as { params: Record<string, unknown>[] };
    expect(Object.keys(last)).toEqual(['params']);
    expect(last.params.map((p) => Object.keys(p))).toEqual([
      ['W', 'b'],
      ['gamma', 'beta', 'runningMean', 'runningVar'],
      [],
      [],
      ['W', 'b'],
    ]);
    expect((last.params[0].W as number[][]).length).toBe(2);
    expect((last.params[0].W as number[][])[0].length).toBe(8);
    // Evaluating those parameters (0 epochs, --stats) gives the trained run's last metrics.
    const reloaded = cli([
      'train',
      file({ ...SMALL, params: last.params, training: { ...SMALL.training, epochs: 0 } }),
      '--stats',
    ]);
    const trained = r.lines[r.lines.length - 2];
    expect(reloaded.lines[0].loss).toBeCloseTo(trained.loss as number, 6);
    expect(reloaded.lines[0].valAccuracy).toBe(trained.valAccuracy);
  });

  it('trains a conv net on image data: --stats over every element, --dump-params as [F][C][kh][kw]', () => {
    // Six 1 × 5 × 5 images of two classes (a bright left or right half) and a small conv net.
    const half = (left: boolean, shift: number) =>
      Array.from({ length: 25 }, (_, i) => (i % 5 < 2.5 === left ? 1 : 0) + shift * 0.1);
    const images = {
      version: 1,
      seed: 4,
      data: {
        kind: 'inline',
        task: 'classification',
        shape: [1, 5, 5],
        x: [0, 1, 2].flatMap((k) => [half(true, k), half(false, k)]),
        y: [0, 1, 0, 1, 0, 1],
      },
      validation: 0,
      model: {
        layers: [
          { type: 'conv2d', filters: 2, kernelSize: [3, 2], padding: 1, activation: 'relu' },
          { type: 'batchnorm' },
          { type: 'maxpool2d' },
          { type: 'dense', units: 2, activation: 'softmax' },
        ],
      },
      optimizer: { name: 'sgd', lr: 0.1 },
      training: { batchSize: 3, epochs: 2 },
    };
    const r = cli(['train', file(images), '--stats', '--dump-params']);
    expect(r.status).toBe(0);
    const layers = r.lines[0].layers as { histogram: { counts: number[] } }[];
    // Per sample: conv 2 × 5 × 6 (5 + 2·1 − 3 + 1 rows, 5 + 2·1 − 2 + 1 columns), batch norm
    // the same, pooling 2 × 2 × 3, 2 outputs.
    const counted = layers.map((l) => l.histogram.counts.reduce((a, b) => a + b));
    expect(counted).toEqual([6 * 60, 6 * 60, 6 * 12, 6 * 2]);
    const { params } = r.lines[r.lines.length - 1] as {
      params: { W?: number[][][][]; b?: number[]; gamma?: number[] }[];
    };
    const W = params[0].W!;
    expect([W.length, W[0].length, W[0][0].length, W[0][0][0].length]).toEqual([2, 1, 3, 2]);
    expect(params[1].gamma).toHaveLength(2); // one per channel
    expect(params[2]).toEqual({});
    // Loading them back evaluates to the trained run's last metrics.
    const reloaded = cli([
      'train',
      file({ ...images, params, training: { ...images.training, epochs: 0 } }),
      '--stats',
    ]);
    expect(reloaded.lines[0].loss).toBeCloseTo(r.lines[r.lines.length - 2].loss as number, 6);
  });

  it('a diverging run stops with {"diverged": true, "step": …} as its last line and exits 0', () => {
    const diverging = {
      ...SMALL,
      data: { kind: 'plane', samples: 64, noise: 0 },
      validation: 0,
      model: {
        inputs: 2,
        layers: [
          { type: 'dense', units: 16, activation: 'relu', init: { name: 'normal', std: 3 } },
          { type: 'dense', units: 1 },
        ],
        loss: 'mse',
      },
      optimizer: { name: 'sgd', lr: 1000 },
      training: { batchSize: 8, epochs: 50 },
    };
    const r = cli(['train', file(diverging), '--log-steps']);
    expect(r.status).toBe(0);
    const last = r.lines[r.lines.length - 1];
    expect(last.diverged).toBe(true);
    expect(typeof last.step).toBe('number');
    // Every step line before it carries a finite loss, and the diverging step is the next one.
    const steps = r.lines.filter((l) => 'step' in l && !('diverged' in l));
    expect(steps.every((l) => Number.isFinite(l.loss))).toBe(true);
    expect(last.step).toBe(steps.length + 1);
  });

  it('--stats probes at most the first 1000 training samples, whatever the batch size', () => {
    const big = {
      ...SMALL,
      data: { kind: 'spiral', samples: 2000, classes: 3 },
      validation: 0,
      model: {
        inputs: 2,
        layers: [
          { type: 'dense', units: 4, activation: 'relu' },
          { type: 'dense', units: 3, activation: 'softmax' },
        ],
      },
      training: { batchSize: 1500, epochs: 0 },
    };
    const layers = cli(['train', file(big), '--stats']).lines[0].layers as {
      histogram: { counts: number[] };
    }[];
    expect(layers[0].histogram.counts.reduce((a, b) => a + b)).toBe(1000 * 4);
  });

  it('a non-finite loss of the untrained network is a divergence at step 0, not a null', () => {
    // Weights near float32's largest make every output, and so the loss, overflow.
    const overflowing = {
      version: 1,
      data: { kind: 'plane', samples: 20 },
      validation: 0,
      model: { layers: [{ type: 'dense', units: 1 }] },
      training: { epochs: 0 },
      params: [{ W: [[3e38], [3e38]], b: [3e38] }],
    };
    const r = cli(['train', file(overflowing), '--stats']);
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([{ diverged: true, step: 0, epoch: 0 }]);
    expect(r.stdout).not.toContain('null');
  });

  it('a non-finite validation loss is a divergence too', () => {
    // Inline regression whose validation part holds an input of 3e38: finite in float32,
    // but its prediction squared is not. Training data stays small and finite.
    const x = [[0.1], [0.2], [0.3], [0.4], [0.5], [0.6], [0.7], [3e38]];
    const doc = {
      version: 1,
      seed: 1,
      data: { kind: 'inline', task: 'regression', x, y: x.map(() => 0) },
      validation: 0.5,
      model: { layers: [{ type: 'dense', units: 1 }] },
      optimizer: { name: 'sgd', lr: 0.01 },
      training: { batchSize: 4, epochs: 3 },
      params: [{ W: [[2]], b: [0] }],
    };
    const r = cli(['train', file(doc), '--log-steps']);
    expect(r.stdout).not.toContain('null');
    // The training step itself was finite (the large input is in the validation part)...
    expect(r.lines[0]).toEqual({ step: 1, loss: expect.any(Number) });
    // ...and the evaluation after the epoch ends the run at that step.
    expect(r.lines[1]).toEqual({ diverged: true, step: 1, epoch: 1 });
    expect(r.lines).toHaveLength(2);
  });

  it('trains a real data set from public/datasets', () => {
    const iris = {
      version: 1,
      seed: 1,
      data: { kind: 'iris' },
      validation: 0.2,
      model: {
        layers: [
          { type: 'dense', units: 8, activation: 'relu', init: 'he_normal' },
          { type: 'dense', units: 3, activation: 'softmax' },
        ],
      },
      optimizer: { name: 'adam', lr: 0.05 },
      training: { batchSize: 16, epochs: 40 },
    };
    const r = cli(['train', file(iris)]);
    expect(r.status).toBe(0);
    expect(r.lines[r.lines.length - 1].valAccuracy).toBeGreaterThan(0.85);
  });
});

describe('cli train with training.augment (extension)', () => {
  const epochs = (doc: typeof SMALL, n: number, extra: object = {}) => ({
    ...doc,
    training: { ...doc.training, epochs: n, ...extra },
  });

  it('trains on changed batches, but measures the same weights on the data as it is', () => {
    // Noise of σ 2 on spiral points within [−1, 1]: the training batches are mostly noise.
    const plain = cli(['train', file(epochs(SMALL, 2)), '--log-steps']);
    const r = cli([
      'train',
      file(epochs(SMALL, 2, { augment: { jitter: 2 } })),
      '--log-steps',
      '--dump-params',
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    // The same first weights and batch order: the first step's loss differs by the noise alone.
    expect(r.lines[0].step).toBe(1);
    expect(Math.abs((r.lines[0].loss as number) - (plain.lines[0].loss as number))).toBeGreaterThan(
      1e-3,
    );
    // Its weights loaded into an unaugmented run (0 epochs: measured, not trained) score
    // exactly what the augmented run printed: its metrics were taken on unchanged data, the
    // validation part's too (with noise of σ 2 they could not match).
    const last = r.lines.filter((l) => 'epoch' in l).at(-1)!;
    const { params } = r.lines.at(-1) as { params: unknown };
    const measured = cli(['train', file({ ...epochs(SMALL, 0), params }), '--stats']);
    const { loss, accuracy, valLoss, valAccuracy } = measured.lines[0];
    expect({ loss, accuracy, valLoss, valAccuracy }).toEqual({
      loss: last.loss,
      accuracy: last.accuracy,
      valLoss: last.valLoss,
      valAccuracy: last.valAccuracy,
    });
  });

  it('shifts, rotates and crops images, and is deterministic', () => {
    const digits = {
      version: 1,
      seed: 2,
      data: { kind: 'digits', samples: 200 },
      model: { layers: [{ type: 'dense', units: 10, activation: 'softmax' }] },
      training: { batchSize: 32, epochs: 1 },
    };
    const augmented = {
      ...digits,
      training: { ...digits.training, augment: { shift: 1, rotate: 10, crop: 0.8 } },
    };
    const path = file(augmented);
    const r = cli(['train', path, '--log-steps']);
    expect(r.status).toBe(0);
    expect(cli(['train', path, '--log-steps']).stdout).toBe(r.stdout);
    const plain = cli(['train', file(digits), '--log-steps']);
    expect(r.lines.map((l) => l.step ?? l.epoch)).toEqual(
      plain.lines.map((l) => l.step ?? l.epoch),
    );
    expect(r.lines[0].loss).not.toBe(plain.lines[0].loss);
  });

  it('refuses a mirror on digits with one line naming the field', () => {
    const r = cli([
      'train',
      file({
        version: 1,
        data: { kind: 'digits' },
        model: { layers: [{ type: 'dense', units: 10, activation: 'softmax' }] },
        training: { augment: { flip: true } },
      }),
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^error: training\.augment\.flip is true, but a mirror image of digits shows another class \(a mirrored digit is not the same digit\)/,
    );
  });
});
