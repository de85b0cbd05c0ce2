// One example document per diagnosis (docs/examples/coach-*.json) finds it, with the cause
// and the setting to try; the two runs of the issue behave as promised; watching a run
// changes nothing in it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../../src/cli/readDatasetFile';
import { Coach } from '../../../src/engine/coach/coach';
import { prepareData } from '../../../src/engine/prepare';
import { RunDriver } from '../../../src/engine/runDriver';
import { trainRun } from '../../../src/engine/runs';
import { Trainer, type EpochResult } from '../../../src/engine/train';
import { defaultExperiment, parseDocument, parseExperiment } from '../../../src/spec';
import { DIAGNOSIS_NAMES } from '../../../src/spec/catalog/diagnoses';
import type { Diagnosis } from '../../../src/spec/protocol/diagnosis';
import type { Experiment } from '../../../src/spec/types';
import { names, watch } from './watch';

const DIR = join(__dirname, '../../../docs/examples');
const example = (name: string): Experiment =>
  parseDocument(
    JSON.parse(readFileSync(join(DIR, `coach-${name}.json`), 'utf8')),
    'train',
  ) as Experiment;
/** deadUnits → dead-units */
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** What each example must find, with its cause and the fix it offers. */
const EXPECTED: Record<string, Partial<Diagnosis>> = {
  exploding: { cause: 'learningRateTooLarge', fix: { setting: 'lr', value: 0.01 }, pause: true },
  notLearning: { cause: 'learningRateTooSmall', fix: { setting: 'lr', value: 0.1 } },
  deadUnits: { cause: 'learningRateTooLarge', fix: { setting: 'lr', value: 0.1 } },
  saturation: {
    cause: 'initTooLarge',
    fix: { setting: 'init', layers: [2], value: 'xavier_uniform' },
  },
  vanishingGradients: { cause: 'smallSlopes', layer: 0 },
  explodingGradients: { cause: 'inputScale', fix: { setting: 'normalize', value: 'standardize' } },
  symmetry: {
    cause: 'zeroInit',
    layer: 0,
    // Both hidden layers started at zeros: one button mends both.
    fix: { setting: 'init', layers: [0, 1], value: 'he_uniform' },
  },
  overfitting: { cause: 'memorising', fix: { setting: 'earlyStopping', patience: 5 } },
  oscillation: { cause: 'learningRateTooLarge', fix: { setting: 'lr', value: 0.01 } },
};

describe('the coach on its example documents', () => {
  it('has an example for every diagnosis', () => {
    const files = readdirSync(DIR).filter((f) => f.startsWith('coach-'));
    expect(files.sort()).toEqual(DIAGNOSIS_NAMES.map((n) => `coach-${kebab(n)}.json`).sort());
  });

  for (const name of DIAGNOSIS_NAMES) {
    it(`finds ${name} in coach-${kebab(name)}.json`, async () => {
      const { found } = await watch(example(kebab(name)));
      const first = found.find((d) => d.name === name);
      expect(first, names(found).join(', ')).toBeDefined();
      expect(first).toMatchObject(EXPECTED[name]);
      // Every number of the evidence is one (JSON has no NaN or Infinity).
      for (const value of Object.values(first!.evidence)) expect(Number.isFinite(value)).toBe(true);
    });
  }

  it('says where overfitting began: the epoch of the lowest validation loss', async () => {
    const { found, epochs } = await watch(example('overfitting'));
    const d = found.find((f) => f.name === 'overfitting')!;
    const upTo = epochs.slice(0, d.epoch);
    const lowest = upTo.reduce((a, b) => (b.validation!.loss < a.validation!.loss ? b : a));
    expect(d.evidence.began).toBe(lowest.epoch);
    expect(d.evidence.valTo).toBeGreaterThanOrEqual(1.3 * d.evidence.valFrom);
  });
});

describe('the two runs of the issue', () => {
  const spiral = (optimizer: object): Experiment => {
    const base = defaultExperiment();
    return parseExperiment({ ...base, optimizer });
  };

  it('pauses Adam at lr 100 on the spiral within its first few steps, and says why', async () => {
    const experiment = spiral({ name: 'adam', lr: 100 });
    const trainer = new Trainer(experiment, await prepareData(experiment, readDatasetFile));
    const found: Diagnosis[] = [];
    const driver = new RunDriver(
      trainer,
      { diagnosis: (d) => found.push(d) },
      undefined,
      new Coach(trainer),
    );
    let clock = 0;
    const slice = driver.slice(() => clock++, { ms: 1e9 });
    expect(slice).toMatchObject({ paused: true, end: null });
    expect(trainer.step).toBeLessThanOrEqual(10);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'exploding', fix: { setting: 'lr', value: 0.01 } });
    expect(found[0].evidence.to).toBeGreaterThan(10 * found[0].evidence.from);
    // Played on, it is not said again.
    driver.slice(() => clock++, { maxSteps: 50 });
    expect(found.filter((d) => d.name === 'exploding')).toHaveLength(1);
  });

  it('says SGD at lr 1e-6 learns nothing, well before its 50 epochs end', async () => {
    const { found } = await watch(spiral({ name: 'sgd', lr: 1e-6 }));
    const d = found.find((f) => f.name === 'notLearning')!;
    expect(d).toMatchObject({ cause: 'learningRateTooSmall', fix: { setting: 'lr', value: 0.1 } });
    expect(d.epoch).toBeLessThanOrEqual(25);
  });
});

describe('watching a run', () => {
  // spiral.json has batch norm and dropout: the probe must leave their statistics and draws.
  for (const file of ['coach-overfitting.json', 'spiral.json']) {
    it(`changes nothing in it: the same epochs, bit for bit (${file})`, async () => {
      const experiment = parseDocument(
        JSON.parse(readFileSync(join(DIR, file), 'utf8')),
        'train',
      ) as Experiment;
      const plain = new Trainer(experiment, await prepareData(experiment, readDatasetFile));
      const unwatched: EpochResult[] = [];
      trainRun(plain, experiment.training.epochs, (r) => unwatched.push(r));
      const { epochs } = await watch(experiment);
      expect(epochs).toEqual(unwatched);
    });
  }
});
