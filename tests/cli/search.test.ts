// `cli search`, run as a separate process: one line per trial, then the best trial and its
// one test; the same file gives the same output (but for the seconds).
import { describe, expect, it } from 'vitest';
import { cli, example, file } from './run';

const stripSeconds = (stdout: string) => stdout.replace(/"seconds":[0-9.e-]+/g, '"seconds":0');

describe('cli search', () => {
  it('prints one line per trial, then the best trial and its test', () => {
    const r = cli(['search', example('search.json')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.lines).toHaveLength(7);
    const trials = r.lines.slice(0, 6);
    expect(trials.map((l) => l.trial)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const line of trials) {
      expect(Object.keys(line)).toEqual([
        'trial',
        'params',
        'epochs',
        'valLoss',
        'valAccuracy',
        'score',
        'diverged',
        'seconds',
      ]);
      expect(line.epochs).toBe(5);
      // Within the example's ranges; momentum only with an optimizer that has it.
      const p = line.params as Record<string, unknown>;
      expect(p.lr).toBeGreaterThanOrEqual(0.001);
      expect(p.lr).toBeLessThanOrEqual(1);
      expect(p.dropout).toBeGreaterThanOrEqual(0);
      expect(p.dropout).toBeLessThanOrEqual(0.5);
      expect([8, 16, 32]).toContain(p.batchSize);
      expect(['sgd', 'momentum', 'adam']).toContain(p.optimizer);
      if (p.optimizer === 'adam') expect(p).not.toHaveProperty('momentum');
      else expect(p.momentum).toBeGreaterThanOrEqual(0.5);
    }
    const final = r.lines[6] as {
      best: { trial: number; params: unknown; score: number };
      test: { loss: number; accuracy: number; samples: number };
    };
    expect(Object.keys(final)).toEqual(['best', 'test']);
    // The best is the first trial with the highest score.
    const scores = trials.map((l) => l.score as number);
    const best = scores.indexOf(Math.max(...scores));
    expect(final.best).toEqual({
      trial: best + 1,
      params: trials[best].params,
      score: scores[best],
    });
    // 20% of iris's 150 samples, held out before the validation split.
    expect(final.test.samples).toBe(30);
    expect(final.test.accuracy).toBeGreaterThanOrEqual(0);
    expect(final.test.accuracy).toBeLessThanOrEqual(1);
  });

  it('the same seed gives the same output but for the seconds; another seed other trials', () => {
    const path = example('search.json');
    const a = cli(['search', path]);
    expect(stripSeconds(cli(['search', path]).stdout)).toBe(stripSeconds(a.stdout));
    const one = cli(['search', file({ ...searchExample(), seed: 1 })]);
    const two = cli(['search', file({ ...searchExample(), seed: 2 })]);
    expect(one.lines[0].params).not.toEqual(two.lines[0].params);
  });

  it('a diverging trial is marked and scored worst; the search goes on', () => {
    const doc = {
      version: 1,
      experiment: {
        data: { kind: 'plane', samples: 80, noise: 0 },
        model: {
          layers: [
            { type: 'dense', units: 8, activation: 'relu', init: { name: 'normal', std: 3 } },
            { type: 'dense', units: 1 },
          ],
        },
        optimizer: 'sgd',
        training: { batchSize: 8 },
      },
      trials: 4,
      epochs: 3,
      seed: 1,
      test: 0,
      // Learning rates from 1e-3 to 1e6: some trials train, the largest blow up.
      ranges: { lr: { min: 1e-3, max: 1e6 } },
    };
    const r = cli(['search', file(doc)]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('null');
    const trials = r.lines.slice(0, 4);
    const diverged = trials.filter((l) => l.diverged === true);
    const finished = trials.filter((l) => l.diverged === false);
    expect(diverged.length).toBeGreaterThan(0);
    expect(finished.length).toBeGreaterThan(0);
    for (const line of diverged) {
      expect(line).not.toHaveProperty('score');
      expect(typeof line.step).toBe('number');
    }
    // Regression: scored by the lowest validation loss; "test": 0 leaves the test out.
    const final = r.lines[4] as { best: { trial: number; score: number } };
    expect(Object.keys(final)).toEqual(['best']);
    const lowest = Math.min(...finished.map((l) => l.score as number));
    expect(final.best.score).toBe(lowest);
    expect(finished.find((l) => l.trial === final.best.trial)!.score).toBe(lowest);
  });
});

describe('cli search over the architecture', () => {
  it('samples hidden layers and units as integers and reports them in order', () => {
    const doc = {
      ...searchExample(),
      trials: 4,
      ranges: {
        units: { min: 4, max: 64 },
        lr: { min: 0.01, max: 0.1 },
        hiddenLayers: { values: [0, 1, 2] },
      },
    };
    const r = cli(['search', file(doc)]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const trials = r.lines.slice(0, 4);
    for (const line of trials) {
      const p = line.params as Record<string, number>;
      expect(Object.keys(p)).toEqual(['lr', 'hiddenLayers', 'units']);
      expect([0, 1, 2]).toContain(p.hiddenLayers);
      expect(Number.isInteger(p.units)).toBe(true);
      expect(p.units).toBeGreaterThanOrEqual(4);
      expect(p.units).toBeLessThanOrEqual(64);
      expect(line.diverged).toBe(false);
    }
    expect(r.lines[4]).toHaveProperty('best.params', expect.any(Object));
  });
});

function searchExample(): Record<string, unknown> {
  return {
    version: 1,
    kind: 'search',
    experiment: {
      seed: 1,
      data: { kind: 'iris' },
      validation: 0.25,
      model: {
        layers: [
          { type: 'dense', units: 16, activation: 'relu', init: 'he_normal' },
          { type: 'dense', units: 3, activation: 'softmax' },
        ],
      },
      optimizer: 'sgd',
    },
    trials: 3,
    epochs: 2,
    seed: 1,
    ranges: { lr: { min: 0.001, max: 1 }, batchSize: { values: [8, 16, 32] } },
  };
}

describe('cli search refuses bad input', () => {
  const refused = (document: unknown, message: RegExp | string) => {
    const r = cli(['search', file(document)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
  };

  it('a bad range names its field', () => {
    const doc = searchExample();
    refused(
      { ...doc, ranges: { lr: { min: -1, max: 1 } } },
      'error: ranges.lr.min must be a finite number > 0 (got -1)',
    );
  });

  it('filters for a network without a convolution', () => {
    refused(
      { ...searchExample(), ranges: { filters: { values: [4, 8] } } },
      'error: ranges.filters needs a conv2d layer in the experiment',
    );
  });

  it('a search without a validation part', () => {
    const doc = searchExample();
    const experiment = { ...(doc.experiment as object), validation: 0 };
    refused({ ...doc, experiment }, 'error: experiment.validation must be > 0 for a search');
  });
});
