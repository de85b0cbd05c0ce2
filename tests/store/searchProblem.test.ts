// The search form checked as it stands, by the Search button's own parse: the default form
// searches; each bad value is named with the path of its field, at once.
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../src/spec';
import {
  initialSearch,
  searchDocument,
  searchProblem,
  type SearchChoices,
} from '../../src/store/searchState';

const form = initialSearch().choices;
const experiment = defaultExperiment();
const problem = (c: SearchChoices) => searchProblem(c, experiment);

describe('the search form, checked at every change', () => {
  it('has no problem as it starts', () => {
    expect(problem(form)).toBeNull();
  });

  it.each([
    ['trials', { ...form, trials: 0 }, /trials must be .*\(got 0\)/],
    ['epochs', { ...form, epochs: NaN }, /epochs/],
    ['test', { ...form, test: 0.99 }, /test must be/],
    [
      'ranges.lr.min',
      { ...form, ranges: { ...form.ranges, lr: { enabled: true, min: 0, max: 1, log: true } } },
      /ranges\.lr\.min must be a finite number > 0 \(got 0\)/,
    ],
    [
      'ranges.lr.max',
      {
        ...form,
        ranges: { ...form.ranges, lr: { enabled: true, min: 1e-4, max: 1e-9, log: true } },
      },
      /less than min/,
    ],
    [
      'ranges.batchSize.values[1]',
      { ...form, batchSize: { enabled: true, values: '16, big' } },
      /"big"/,
    ],
    [
      'ranges.units.values[1]',
      { ...form, units: { enabled: true, values: '16, 5000' } },
      /must be at most 4096 \(got 5000\)/,
    ],
    [
      // The default network has no convolution (the form does not let this be ticked).
      'ranges.filters',
      { ...form, filters: { enabled: true, values: '4, 8' } },
      /needs a conv2d layer in the experiment/,
    ],
  ])('names %s', (path, choices, message) => {
    const p = problem(choices as SearchChoices);
    expect(p?.path).toBe(path);
    expect(p?.message).toMatch(message);
  });

  it('searches the architecture from lists, as the document writes choices', () => {
    const c = {
      ...form,
      hiddenLayers: { enabled: true, values: '1, 2, 3' },
      units: { enabled: true, values: '8, 32, 128' },
    };
    expect(problem(c)).toBeNull();
    expect(searchDocument(c, experiment).ranges).toMatchObject({
      hiddenLayers: { values: [1, 2, 3] },
      units: { values: [8, 32, 128] },
    });
    expect(searchDocument(form, experiment).ranges).not.toHaveProperty('units');
  });

  it('refuses a form that searches nothing, naming no one field', () => {
    const ranges = Object.fromEntries(
      Object.entries(form.ranges).map(([k, r]) => [k, { ...r, enabled: false }]),
    ) as SearchChoices['ranges'];
    expect(problem({ ...form, ranges })?.path).toBe('ranges');
  });
});
