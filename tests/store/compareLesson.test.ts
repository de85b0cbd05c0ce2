// A lesson's compare as the setup panel shows it and as Run runs it: the same values, for
// every compare lesson. "Activation histograms" compares normal std 1, normal std 0.01 and
// Xavier, which the form cannot show (normal twice): they stay whole as the preset, which the
// panel lists. "Learning rate" compares three rates, which go into the form. (Before, the
// form kept its own ticks beside a preset it did not show.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson, type Lesson } from '../../src/spec';
import { SETTINGS } from '../../src/spec/compare';
import type { CompareSpec, VaryName } from '../../src/spec/types';
import {
  compareValues,
  formChoices,
  initialCompare,
  loadedCompare,
  runValues,
} from '../../src/store/compareState';

const DIR = join(import.meta.dirname, '../../src/lessons');
const lessons: Lesson[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => parseLesson(JSON.parse(readFileSync(join(DIR, f), 'utf8'))));
const compareOf = (id: string) => {
  const preset = lessons.find((l) => l.id === id)!.preset;
  if (preset.kind !== 'compare') throw new Error(`${id} is not a compare lesson`);
  return preset.document;
};
const form = initialCompare().choices;
/** The values as the compare document resolves them (what the runs are named from). */
const resolved = (vary: VaryName, values: unknown[]) =>
  values.map((v, i) => SETTINGS[vary](v, `values[${i}]`));

describe("a lesson's compare", () => {
  const compares = lessons.flatMap((l) =>
    l.preset.kind === 'compare' ? [[l.id, l.preset.document] as [string, CompareSpec]] : [],
  );

  it('is in more than one lesson', () => {
    expect(compares.map(([id]) => id)).toEqual(
      expect.arrayContaining(['activation-histograms', 'learning-rate']),
    );
  });

  it.each(compares)('%s: Run runs the lesson values, which the panel shows', (_, spec) => {
    const loaded = loadedCompare(spec.vary, spec.values, form);
    expect(resolved(spec.vary, runValues(loaded))).toEqual(spec.values);
    // Shown by the form, or listed as the preset: never the form beside a preset.
    if (loaded.preset === null) {
      expect(resolved(spec.vary, compareValues(spec.vary, loaded.choices))).toEqual(spec.values);
    } else {
      expect(loaded.choices).toBe(form);
      expect(loaded.preset.map((s) => s.value)).toEqual(spec.values);
    }
  });

  it('lists normal twice as the preset, named by setting', () => {
    const spec = compareOf('activation-histograms');
    const loaded = loadedCompare(spec.vary, spec.values, form);
    expect(loaded.preset).toEqual([
      { name: 'initializer', value: { name: 'normal', std: 1 } },
      { name: 'initializer', value: { name: 'normal', std: 0.01 } },
      { name: 'initializer', value: { name: 'xavier_normal' } },
    ]);
    // Back to the form (the preset dropped): Run runs what the form shows.
    expect(runValues({ ...loaded, preset: null })).toEqual(compareValues('initializer', form));
  });

  it('puts three learning rates into the form', () => {
    const spec = compareOf('learning-rate');
    const loaded = loadedCompare(spec.vary, spec.values, form);
    expect(loaded.preset).toBeNull();
    expect(loaded.choices).toEqual({ ...form, lr: '0.0001, 0.05, 3' });
  });
});

describe('the form showing given values', () => {
  it('ticks optimizers at their defaults, in the given order', () => {
    const values = resolved('optimizer', ['adam', 'sgd']);
    expect(formChoices('optimizer', values, form)?.optimizer).toEqual(['adam', 'sgd']);
  });

  it('sets the std and limit of the initializers that have them', () => {
    const values = resolved('initializer', [
      { name: 'uniform', limit: 0.2 },
      { name: 'normal', std: 0.5 },
      'he_uniform',
    ]);
    const c = formChoices('initializer', values, form);
    expect(c).toMatchObject({
      initializer: ['uniform', 'normal', 'he_uniform'],
      initStd: 0.5,
      initLimit: 0.2,
    });
  });

  it.each([
    ['optimizer', [{ name: 'adam', lr: 0.5 }]],
    [
      'initializer',
      [
        { name: 'normal', std: 1 },
        { name: 'normal', std: 0.01 },
      ],
    ],
    ['activation', ['relu', 'softmax']],
    ['batchNorm', [true, false]],
  ] as [VaryName, unknown[]][])('cannot show %s %j', (vary, values) => {
    expect(formChoices(vary, resolved(vary, values), form)).toBeNull();
  });

  it('writes numbers as the list the field reads back', () => {
    expect(formChoices('weightDecay', [0, 1e-7, 0.01], form)?.weightDecay).toBe('0, 1e-7, 0.01');
    expect(formChoices('batchNorm', [false, true], form)).toBe(form);
  });
});
