// No false alarms: the default experiment, the example documents that are not the coach's and
// every lesson's runs find nothing, except the lessons that show a failure, which find
// exactly it; each optimizer's steady rate (the one the coach suggests) trains the default
// network with nothing found.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareVariants,
  defaultExperiment,
  parseDocument,
  parseExperiment,
  parseLesson,
} from '../../../src/spec';
import { DIAGNOSIS_CATALOG } from '../../../src/spec/catalog/diagnoses';
import { OPTIMIZER_CATALOG, OPTIMIZER_NAMES } from '../../../src/spec/catalog/optimizers';
import type { CompareSpec, Experiment } from '../../../src/spec/types';
import { names, watch } from './watch';

interface Run {
  name: string;
  experiment: Experiment;
  base: Experiment;
}

function runsOf(name: string, json: { kind?: string }): Run[] {
  if (json.kind === 'compare') {
    const spec = parseDocument(json, 'compare') as CompareSpec;
    return variantsOf(name, spec);
  }
  if (json.kind !== 'train' && json.kind !== undefined) return []; // a race, a search
  const experiment = parseDocument(json, 'train') as Experiment;
  return [{ name, experiment, base: experiment }];
}

function variantsOf(name: string, spec: CompareSpec): Run[] {
  {
    return compareVariants(spec).map((v) => ({
      name: `${name} [${v.label}]`,
      experiment: v.experiment,
      base: spec.experiment,
    }));
  }
}

const EXAMPLES = join(__dirname, '../../../docs/examples');
const LESSONS = join(__dirname, '../../../src/lessons');
const runs: Run[] = [
  { name: 'the default experiment', experiment: defaultExperiment(), base: defaultExperiment() },
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json') && !f.startsWith('coach-'))
    .flatMap((f) =>
      runsOf(`docs/examples/${f}`, JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8'))),
    ),
  ...readdirSync(LESSONS)
    .sort()
    .flatMap((f) => {
      const { id, preset } = parseLesson(JSON.parse(readFileSync(join(LESSONS, f), 'utf8')));
      const name = `lesson ${id}`;
      if (preset.kind === 'train')
        return [{ name, experiment: preset.document, base: preset.document }];
      return preset.kind === 'compare' ? variantsOf(name, preset.document) : [];
    }),
];

/** The lessons that show a failure, and what the coach finds in each of their runs. */
const FAILURES: Record<string, string[]> = {
  'lesson zero-init': ['symmetry', 'notLearning'],
  'lesson activation-histograms [normal std 1]': ['notLearning', 'saturation'],
  'lesson activation-histograms [normal std 0.01]': ['notLearning', 'vanishingGradients'],
  'lesson activation-histograms [xavier_normal]': ['notLearning', 'vanishingGradients'],
  'lesson vanishing-gradients': ['vanishingGradients', 'notLearning'],
  'lesson learning-rate [lr 3]': ['exploding'],
  'lesson batch-norm [batch norm off]': ['deadUnits', 'notLearning'],
  'lesson overfitting': ['overfitting'],
  'lesson xavier-he [lecun_normal]': ['notLearning'],
  'lesson xavier-he [xavier_normal]': ['notLearning'],
  'docs/examples/compare-batchnorm.json [batch norm off]': ['deadUnits', 'notLearning'],
  'docs/examples/compare-init.json [normal std 0.01]': ['deadUnits', 'notLearning'],
  // Augmentation's lesson sets an overfitting run against one that augmentation keeps from it.
  'lesson augmentation [no augmentation]': ['overfitting'],
  'docs/examples/compare-augment.json [no augmentation]': ['overfitting'],
};

describe('the coach raises no false alarm', () => {
  for (const run of runs) {
    const expected = FAILURES[run.name] ?? [];
    it(
      `${run.name}: ${expected.length === 0 ? 'nothing' : expected.join(', ')}`,
      { timeout: 180_000 },
      async () => {
        const { found } = await watch(run.experiment, run.base);
        expect(names(found)).toEqual(expected);
      },
    );
  }

  it('links every diagnosis to a lesson that exists', () => {
    const ids = readdirSync(LESSONS).map(
      (f) => parseLesson(JSON.parse(readFileSync(join(LESSONS, f), 'utf8'))).id,
    );
    for (const { lesson } of Object.values(DIAGNOSIS_CATALOG)) expect(ids).toContain(lesson);
  });

  it('knows every failing run it expects', () => {
    const known = new Set(runs.map((r) => r.name));
    for (const name of Object.keys(FAILURES)) expect(known, name).toContain(name);
  });

  for (const name of OPTIMIZER_NAMES) {
    const lr = OPTIMIZER_CATALOG[name].steadyLr;
    it(`${name} at its steady rate ${lr} trains the default network with nothing found`, async () => {
      const experiment = parseExperiment({ ...defaultExperiment(), optimizer: { name, lr } });
      const { found, epochs } = await watch(experiment);
      expect(names(found)).toEqual([]);
      // It learns: the loss falls from guessing's (ln 2) by a tenth at least.
      expect(epochs.at(-1)!.train.loss).toBeLessThan(0.9 * Math.log(2));
    });
  }
});
