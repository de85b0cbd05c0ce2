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
import { recordRace } from '../../src/engine/trajectory';
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
  }, 60_000);

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
