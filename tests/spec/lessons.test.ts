// The lessons in src/lessons: each a valid file with its text in every language the page
// speaks, and each showing, when run, what it tells the student to look for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { prepareData } from '../../src/engine/prepare';
import { layerStatistics } from '../../src/engine/probe';
import { trainRun } from '../../src/engine/runs';
import { Trainer, type EpochResult } from '../../src/engine/train';
import { checkStart } from '../../src/engine/customSurface';
import { nearestColor } from '../../src/engine/data/generators/colors';
import { glassStep, type GlassSample } from '../../src/engine/glass/step';
import type { PreparedData } from '../../src/engine/prepare';
import { RECORD_STRIDE, recordRace } from '../../src/engine/trajectory';
import { compareVariants, countParameters, parseLesson, type Lesson } from '../../src/spec';
import type { Experiment } from '../../src/spec/types';
import { LANGUAGES } from '../../src/ui/i18n/languages';

const DIR = join(__dirname, '../../src/lessons');
const lessons: Lesson[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => parseLesson(JSON.parse(readFileSync(join(DIR, f), 'utf8'))));
const lesson = (id: string) => lessons.find((l) => l.id === id)!;

async function train(
  e: Experiment,
  base: Experiment = e,
): Promise<{ trainer: Trainer; epochs: EpochResult[]; diverged: boolean }> {
  const trainer = new Trainer(e, await prepareData(base, readDatasetFile));
  const epochs: EpochResult[] = [];
  const end = trainRun(trainer, e.training.epochs, (r) => epochs.push(r));
  return { trainer, epochs, diverged: end.how === 'diverged' };
}

describe('the lessons', () => {
  it('are at least ten, each a valid file, in order, with unique names', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(10);
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
    expect(lessons.map((l) => l.order)).toEqual(lessons.map((_, i) => i + 1));
  });

  it('name each compare run apart (the charts and the table know a run by its name)', () => {
    for (const l of lessons) {
      if (l.preset.kind !== 'compare') continue;
      const labels = compareVariants(l.preset.document).map((v) => v.label);
      expect(new Set(labels).size, `${l.id}: ${labels.join(' | ')}`).toBe(labels.length);
    }
  });

  it('speak every language of the page', () => {
    for (const l of lessons) {
      for (const field of ['title', 'explanation', 'lookFor', 'question'] as const) {
        for (const language of Object.keys(LANGUAGES)) {
          expect(l[field][language], `${l.id} ${field} ${language}`).toBeTruthy();
        }
      }
    }
  });
});

describe('what each lesson shows', () => {
  it('zero initialisation: the loss stays at ln 2 and no weight moves', async () => {
    const { document } = lesson('zero-init').preset as { document: Experiment };
    const { trainer, epochs } = await train(document);
    for (const e of epochs) expect(e.train.loss).toBeCloseTo(Math.LN2, 2);
    for (const layer of layerStatistics(trainer)) expect(layer.gradient?.std ?? 0).toBe(0);
  });

  it('vanishing gradients: the first layer’s gradients are over a thousand times smaller than the last’s', async () => {
    const { document } = lesson('vanishing-gradients').preset as { document: Experiment };
    const { trainer, epochs } = await train({
      ...document,
      training: { ...document.training, epochs: 5 },
    });
    const stds = layerStatistics(trainer).map((l) => l.gradient!.std);
    expect(stds.at(-1)! / stds[0]).toBeGreaterThan(1000);
    expect(epochs.at(-1)!.train.loss).toBeGreaterThan(0.68);
  });

  it('overfitting: the training loss falls while the validation loss rises', async () => {
    const { document } = lesson('overfitting').preset as { document: Experiment };
    const { epochs } = await train(document);
    const bestVal = Math.min(...epochs.map((e) => e.validation!.loss));
    expect(epochs.at(-1)!.train.loss).toBeLessThan(0.05);
    expect(epochs.at(-1)!.validation!.loss).toBeGreaterThan(3 * bestVal);
  });

  it('learning rate: too small lags, right reaches the noise floor, too large diverges alone', async () => {
    const { document } = lesson('learning-rate').preset as {
      document: Parameters<typeof compareVariants>[0];
    };
    const runs = await Promise.all(
      compareVariants(document).map((v) => train(v.experiment, document.experiment)),
    );
    const [small, right, large] = runs;
    expect(small.epochs.at(-1)!.validation!.loss).toBeGreaterThan(
      1.5 * right.epochs.at(-1)!.validation!.loss,
    );
    expect(right.diverged).toBe(false);
    expect(large.diverged).toBe(true);
  });

  it('batch norm: off stays at chance on the digits, on passes 90%', async () => {
    const { document } = lesson('batch-norm').preset as {
      document: Parameters<typeof compareVariants>[0];
    };
    const [off, on] = await Promise.all(
      compareVariants(document).map((v) => train(v.experiment, document.experiment)),
    );
    expect(off.epochs.at(-1)!.validation!.accuracy).toBeLessThan(0.2);
    expect(on.epochs.at(-1)!.validation!.accuracy).toBeGreaterThan(0.9);
  }, 30_000);

  it('colours and digits: a first classifier passes 90% on data it has not seen', async () => {
    for (const id of ['colours', 'digits']) {
      const { document } = lesson(id).preset as { document: Experiment };
      const { epochs } = await train(document);
      expect(epochs.at(-1)!.validation!.accuracy, id).toBeGreaterThan(0.9);
    }
  }, 30_000);

  it('convolution: about a thousand weights pass 95% on the digits, and the filters move', async () => {
    const { document } = lesson('convolution').preset as { document: Experiment };
    expect(countParameters(document.model)).toBeLessThan(1100);
    const data = await prepareData(document, readDatasetFile);
    const trainer = new Trainer(document, data);
    const filters = () => Float32Array.from(trainer.model.params[0].value);
    const before = filters();
    const epochs: EpochResult[] = [];
    trainRun(trainer, document.training.epochs, (r) => epochs.push(r));
    expect(epochs.at(-1)!.validation!.accuracy).toBeGreaterThan(0.95);
    // What the diagram shows: the filters are not their initial noise any more.
    const after = filters();
    const moved = Math.hypot(...after.map((w, i) => w - before[i])) / Math.hypot(...before);
    expect(moved).toBeGreaterThan(0.5);
  }, 30_000);

  it('dense against convolutional: about the same weights, and the convolution ends ahead', async () => {
    const { document } = lesson('dense-against-convolutional').preset as {
      document: Parameters<typeof compareVariants>[0];
    };
    const variants = compareVariants(document);
    const [dense, conv] = variants.map((v) => countParameters(v.experiment.model));
    expect(Math.abs(dense - conv) / dense).toBeLessThan(0.1);
    const [a, b] = await Promise.all(variants.map((v) => train(v.experiment, document.experiment)));
    const last = (r: typeof a) => r.epochs.at(-1)!.validation!;
    expect(last(b).accuracy!).toBeGreaterThan(last(a).accuracy! + 0.01);
    expect(last(b).loss).toBeLessThan(last(a).loss);
  }, 120_000); // about 28 s alone; twice that beside other work on two cores

  it('optimizers: the Saito race ends every racer near the minimum', () => {
    const { document } = lesson('optimizers-race').preset as {
      document: Parameters<typeof recordRace>[0];
    };
    // Validation reads the document; the start's f needs the engine: it is finite here.
    expect(() => checkStart(document)).not.toThrow();
    for (const run of recordRace(document))
      expect(run.data[(run.count - 1) * 9 + 2]).toBeLessThan(0.15);
  });
});

// The lessons of the glass box and of the formulas beside the controls (issue 13). Each one
// names numbers the student will read on the page; these tests compute them with the engine.

type RaceDocument = Parameters<typeof recordRace>[0];
type CompareDocument = Parameters<typeof compareVariants>[0];

/** A race's points as [x, y] pairs, the start first. */
function racePaths(document: RaceDocument): [number, number][][] {
  return recordRace(document).map((run) =>
    Array.from({ length: run.count }, (_, i): [number, number] => [
      run.data[i * RECORD_STRIDE],
      run.data[i * RECORD_STRIDE + 1],
    ]),
  );
}

/** The training sample `i` as the glass box opens it ("Sample number" i + 1). */
function trainingSample(trainer: Trainer, data: PreparedData, i: number): GlassSample {
  const { features } = data.train;
  const outputs = trainer.model.outputs;
  return {
    x: data.train.x.slice(i * features, (i + 1) * features),
    target: trainer.targets.train.data.slice(i * outputs, (i + 1) * outputs),
    label: data.train.labels![i],
    trainIndex: i,
  };
}

const rounded = (values: ArrayLike<number>, digits: number) =>
  Array.from(values, (v) => Number(v.toFixed(digits)));

describe('what the lessons of the glass box show', () => {
  it('backprop by hand: (233, 63, 127) through the network, the chain rule in its numbers, then called red', async () => {
    const { document } = lesson('backprop-by-hand').preset as { document: Experiment };
    const data = await prepareData(document, readDatasetFile);
    const trainer = new Trainer(document, data);
    const rgb = [233, 63, 127].map((c) => c / 255);
    // The data's own rule names it red (class 0 of red, green, blue): the glass box's target.
    expect(nearestColor(rgb[0], rgb[1], rgb[2], 3)).toBe(0);
    const colour: GlassSample = {
      x: data.normalizer.rows(rgb),
      target: Float32Array.of(1, 0, 0),
      label: 0,
      trainIndex: null,
    };
    const step = glassStep(trainer, colour);
    expect(step.rows).toBe(16);
    const [dense1, relu, , softmax] = step.primitives;
    expect(step.primitives.map((p) => p.activation ?? p.kind)).toEqual([
      'dense',
      'relu',
      'dense',
      'softmax',
    ]);

    // Before training it calls the colour blue: p ≈ (0.16, 0.20, 0.64), L = −log 0.16 ≈ 1.82.
    const p = softmax.output;
    expect(rounded(p, 2)).toEqual([0.16, 0.2, 0.64]);
    expect(step.loss.sample).toBeCloseTo(-Math.log(p[0]), 5);
    expect(step.loss.sample).toBeCloseTo(1.82, 2);
    // At the softmax, ∂L/∂z = p − t ≈ (−0.84, 0.20, 0.64).
    const dz = softmax.gradient.sample.input!;
    [0, 1, 2].forEach((k) => expect(dz[k]).toBeCloseTo(p[k] - colour.target[k], 6));
    expect(rounded(dz, 2)).toEqual([-0.84, 0.2, 0.64]);

    // ReLU's mask: z > 0 for units 2 and 4 only, and the gradient passes only there.
    const z = relu.input;
    expect(Array.from(z, (v) => v > 0)).toEqual([false, true, false, true]);
    const through = relu.gradient.sample;
    z.forEach((v, j) => expect(through.input![j]).toBe(v > 0 ? through.output![j] : 0));

    // First layer: ∂L/∂W₁,₂ = x₁·∂L/∂z₂ ≈ 0.914 × 0.613 ≈ 0.560 (W is 3 × 4, row-major).
    const [W] = dense1.params;
    const dz1 = dense1.gradient.sample.output!;
    expect(dense1.input[0]).toBeCloseTo(0.914, 3);
    expect(dz1[1]).toBeCloseTo(0.613, 3);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 4; j++)
        expect(W.gradient.sample[i * 4 + j]).toBeCloseTo(dense1.input[i] * dz1[j], 6);
    expect(W.gradient.sample[1]).toBeCloseTo(0.56, 2);

    // The update: plain SGD, W ← W − 0.2·g, g the minibatch's gradient (not the colour's own).
    const update = step.update.params[0][0];
    expect(step.update.optimizer).toBe('sgd');
    expect(Array.from(update.gradient)).toEqual(Array.from(W.gradient.batch));
    update.after.forEach((after, k) =>
      expect(after).toBeCloseTo(update.before[k] - 0.2 * update.gradient[k], 7),
    );

    // Unit 3 is off for every colour: its three weights are negative and its bias 0, so with
    // inputs in [0, 1] its z is never positive, and no gradient ever reaches its weights.
    const intoUnit3 = () => [0, 1, 2].map((i) => trainer.model.params[0].value[i * 4 + 2]);
    const unit3 = intoUnit3();
    for (const w of unit3) expect(w).toBeLessThan(0);

    const epochs: EpochResult[] = [];
    trainRun(trainer, document.training.epochs, (r) => epochs.push(r));
    expect(epochs.at(-1)!.validation!.accuracy).toBeGreaterThan(0.9);
    const trained = glassStep(trainer, colour).primitives[3].output;
    // Measured: 0.958 for red.
    expect(trained[0]).toBeGreaterThan(0.9);
    expect(intoUnit3()).toEqual(unit3);
    const [, bias] = trainer.model.params;
    expect([bias.name, bias.value[2]]).toEqual(['b', 0]);
  });

  it('batch norm backward: the glass box shows the minibatch’s statistics and the three terms', async () => {
    const { document } = lesson('batch-norm-backward').preset as { document: Experiment };
    const data = await prepareData(document, readDatasetFile);
    const trainer = new Trainer(document, data);
    // Training sample 1 ("Sample number" 1), before training: a minibatch of 8.
    const step = glassStep(trainer, trainingSample(trainer, data, 0));
    expect(step.rows).toBe(8);
    expect(step.companions).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const [dense, bn] = step.primitives;
    expect(bn.kind).toBe('batchnorm');
    expect(dense.params.map((q) => q.name)).toEqual(['W']); // no bias before batch norm

    // Inside: μ and the biased σ² of each unit over the minibatch's 8 rows of x·W.
    const { features } = data.train;
    const W = dense.params[0].value;
    const rows = [0, ...step.companions].map((r) =>
      [0, 1, 2, 3].map((j) =>
        Array.from(
          { length: features },
          (_, i) => data.train.x[r * features + i] * W[i * 4 + j],
        ).reduce((a, b) => a + b),
      ),
    );
    const { mean, variance, xhat } = bn.inside;
    for (let j = 0; j < 4; j++) {
      const column = rows.map((r) => r[j]);
      const mu = column.reduce((a, b) => a + b) / 8;
      const sigma2 = column.reduce((a, b) => a + (b - mu) ** 2, 0) / 8;
      expect(mean[j]).toBeCloseTo(mu, 5);
      expect(variance[j]).toBeCloseTo(sigma2, 4);
      expect(xhat[j]).toBeCloseTo((bn.input[j] - mu) / Math.sqrt(sigma2 + 1e-5), 3);
    }

    // Backward for this sample alone: ∂L/∂β = ∂L/∂y, ∂L/∂γ = ∂L/∂y·x̂, and the three terms
    // ∂L/∂x = (γ/σ)·(∂L/∂y − mean(∂L/∂y) − x̂·mean(∂L/∂y·x̂)), where only this row's ∂L/∂y is
    // not 0: (γ/σ)·∂L/∂y·(1 − (1 + x̂²)/8).
    const [gamma, beta] = bn.params;
    const dy = bn.gradient.sample.output!;
    const dx = bn.gradient.sample.input!;
    const plain = (j: number) => (gamma.value[j] / Math.sqrt(variance[j] + 1e-5)) * dy[j];
    for (let j = 0; j < 4; j++) {
      expect(beta.gradient.sample[j]).toBeCloseTo(dy[j], 6);
      expect(gamma.gradient.sample[j]).toBeCloseTo(dy[j] * xhat[j], 6);
      expect(dx[j]).toBeCloseTo(plain(j) * (1 - (1 + xhat[j] ** 2) / 8), 4);
    }
    // The lesson's unit 3, as the page writes it: σ² 0.0102, x̂ 1.458, ∂L/∂β 0.711, ∂L/∂γ 1.037,
    // and ∂L/∂x 4.279 where (γ/σ)·∂L/∂y alone would be 7.02.
    expect(variance[2]).toBeCloseTo(0.0102, 4);
    expect(xhat[2]).toBeCloseTo(1.458, 3);
    expect(beta.gradient.sample[2]).toBeCloseTo(0.711, 3);
    expect(gamma.gradient.sample[2]).toBeCloseTo(1.037, 3);
    expect(dx[2]).toBeCloseTo(4.279, 3);
    expect(plain(2)).toBeCloseTo(7.02, 2);
    // Over the minibatch the other rows add theirs: the sums differ from this row's share.
    expect(Math.abs(beta.gradient.batch[2] - dy[2] / 8)).toBeGreaterThan(0.01);

    // And the network learns the moons.
    const epochs: EpochResult[] = [];
    trainRun(trainer, document.training.epochs, (r) => epochs.push(r));
    expect(epochs.at(-1)!.validation!.accuracy).toBeGreaterThan(0.9);
  });
});

describe('what the lessons beside the formulas show', () => {
  it('momentum and Nesterov: Nesterov’s swings across the valley and past the minimum are smaller', () => {
    const { document } = lesson('momentum-nesterov').preset as { document: RaceDocument };
    const [sgd, momentum, nesterov] = racePaths(document);
    /** The furthest y of each swing across the valley floor (y = 0), from the first crossing. */
    const swings = (path: [number, number][]) => {
      const out: number[] = [];
      for (const [, y] of path.slice(path.findIndex(([, y]) => y < 0))) {
        if (out.length === 0 || Math.sign(y) !== Math.sign(out.at(-1)!)) out.push(y);
        else if (Math.abs(y) > Math.abs(out.at(-1)!)) out[out.length - 1] = y;
      }
      return out;
    };
    // Measured: momentum −1.42, +1.00, −0.70; Nesterov −0.83, +0.27, −0.09.
    expect(rounded(swings(momentum).slice(0, 3), 2)).toEqual([-1.42, 1, -0.7]);
    expect(rounded(swings(nesterov).slice(0, 3), 2)).toEqual([-0.83, 0.27, -0.09]);
    swings(nesterov)
      .slice(0, 3)
      .forEach((y, k) => expect(Math.abs(y)).toBeLessThan(0.6 * Math.abs(swings(momentum)[k])));
    // Along the valley: momentum runs past the minimum to x ≈ 1.07, Nesterov to 0.84.
    const furthest = (path: [number, number][]) => Math.max(...path.map(([x]) => x));
    expect(furthest(momentum)).toBeCloseTo(1.07, 2);
    expect(furthest(nesterov)).toBeCloseTo(0.84, 2);
    // Plain SGD never overshoots, and is still at x ≈ −4.2 after 50 steps.
    expect(sgd.every(([x, y]) => x < 0 && y > 0)).toBe(true);
    expect(sgd.at(-1)![0]).toBeCloseTo(-4.2, 1);
  });

  it('bias correction: RMSprop’s first step is ten times lr, Adam’s every step exactly lr, Adadelta’s about √ε/√(1 − ρ)', () => {
    const { document } = lesson('bias-correction').preset as { document: RaceDocument };
    expect(() => checkStart(document)).not.toThrow();
    // On f = x + y the gradient is (1, 1) everywhere: both coordinates take the same steps.
    const steps = racePaths(document).map((path) => {
      for (const [x, y] of path) expect(x).toBe(y);
      return path.slice(1).map(([x], t) => path[t][0] - x);
    });
    const [rmsprop, adam, adadelta] = steps;
    expect(steps.every((s) => s.length === 10)).toBe(true);
    // RMSprop: v = (1 − 0.99ᵗ)·g² after t steps, so its step t is 0.1/√(1 − 0.99ᵗ):
    // 1.00, 0.71, 0.58, 0.50, …, 0.32 at step 10 (ten times lr, then shrinking).
    rmsprop.forEach((s, t) => expect(s).toBeCloseTo(0.1 / Math.sqrt(1 - 0.99 ** (t + 1)), 6));
    expect(rmsprop[0] / adam[0]).toBeCloseTo(10, 5);
    expect(rounded([rmsprop[1], rmsprop[2], rmsprop[3], rmsprop[9]], 2)).toEqual([
      0.71, 0.58, 0.5, 0.32,
    ]);
    // Adam (β1 0, β2 0.99: RMSprop plus the correction): v̂ = g², every step exactly lr.
    for (const s of adam) expect(s).toBeCloseTo(0.1, 7);
    // Ten steps: RMSprop at −2.06, 5.1 covered; Adam 1.0.
    const covered = (s: number[]) => s.reduce((a, b) => a + b);
    expect(3 - covered(rmsprop)).toBeCloseTo(-2.06, 2);
    expect(covered(rmsprop)).toBeCloseTo(5.1, 1);
    expect(covered(adam)).toBeCloseTo(1, 6);
    // Adadelta: √(0 + ε)/√(0.1·g² + ε) ≈ 0.0032 first, 0.034 in all.
    expect(adadelta[0]).toBeCloseTo(Math.sqrt(1e-6) / Math.sqrt(0.1 + 1e-6), 9);
    expect(covered(adadelta)).toBeCloseTo(0.034, 3);
  });

  it('Xavier and He: under He the last hidden layer keeps the first’s spread; under LeCun and Xavier it shrinks by √2 a layer', async () => {
    const { document } = lesson('xavier-he').preset as { document: CompareDocument };
    const runs = await Promise.all(
      compareVariants(document).map((v) => train(v.experiment, document.experiment)),
    );
    // The std of the eight hidden layers' outputs after the lesson's one epoch.
    const [lecun, xavier, he] = runs.map((r) =>
      layerStatistics(r.trainer)
        .slice(0, 8)
        .map((l) => l.std),
    );
    /** The factor by which the std changes per layer, from layer 1 to layer 8. */
    const perLayer = (stds: number[]) => (stds[7] / stds[0]) ** (1 / 7);
    // ReLU halves E[x²]: with Var[w] = 1/n the std shrinks by 1/√2 ≈ 0.71 a layer.
    expect(perLayer(lecun)).toBeGreaterThan(0.6);
    expect(perLayer(lecun)).toBeLessThan(0.8);
    expect(perLayer(xavier)).toBeGreaterThan(0.6);
    expect(perLayer(xavier)).toBeLessThan(0.8);
    // Measured: LeCun 0.22 at layer 1 and 0.018 at layer 8; Xavier five times lower.
    expect(lecun[0]).toBeCloseTo(0.22, 2);
    expect(lecun[7]).toBeCloseTo(0.018, 3);
    expect(lecun[0] / xavier[0]).toBeCloseTo(5, 0);
    // He's 2/n makes up for it: near 0.3 in every layer, within 3% a layer (measured 0.98).
    for (const s of he) expect(Math.abs(s - 0.3)).toBeLessThan(0.05);
    expect(Math.abs(perLayer(he) - 1)).toBeLessThan(0.03);
  });

  it('batch norm makes the bias redundant: the same accuracy with 128 fewer parameters, and the bias never moves', async () => {
    const { document } = lesson('batch-norm-bias').preset as { document: CompareDocument };
    const variants = compareVariants(document);
    expect(variants.map((v) => countParameters(v.experiment.model))).toEqual([9226, 9098]);
    const [withBias, without] = await Promise.all(
      variants.map((v) => train(v.experiment, document.experiment)),
    );
    const last = (r: typeof withBias) => r.epochs.at(-1)!.validation!;
    // Measured: 96.7% both, the losses 0.1165 and 0.1164.
    expect(last(withBias).accuracy).toBeGreaterThan(0.95);
    expect(Math.abs(last(withBias).accuracy! - last(without).accuracy!)).toBeLessThan(0.005);
    expect(Math.abs(last(withBias).loss - last(without).loss)).toBeLessThan(0.001);
    // The biases before batch norm get a gradient of 0 (up to rounding): with SGD they stay 0
    // (measured: at most 2e-9 after the ten epochs).
    const { model } = withBias.trainer;
    const biases = [0, 3].flatMap((layer) =>
      model.primitivesOf[layer].flatMap((i) =>
        model.layers[i].params.filter((q) => q.name === 'b'),
      ),
    );
    expect(biases).toHaveLength(2);
    for (const b of biases) for (const v of b.value) expect(Math.abs(v)).toBeLessThan(1e-6);
    // What the glass box shows: layer 1's ∂L/∂b over the minibatch is 0, its ∂L/∂z is not.
    const data = await prepareData(document.experiment, readDatasetFile);
    const [dense] = glassStep(
      withBias.trainer,
      trainingSample(withBias.trainer, data, 0),
    ).primitives;
    const db = dense.params.find((q) => q.name === 'b')!.gradient.batch;
    // Measured: |∂L/∂b| at most 5e-10 (rounding), |∂L/∂z| of the sample's row up to 1.4e-3.
    for (const g of db) expect(Math.abs(g)).toBeLessThan(1e-7);
    expect(Math.max(...dense.gradient.batch.output!.map(Math.abs))).toBeGreaterThan(1e-4);
  }, 30_000);
});
