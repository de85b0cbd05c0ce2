// `cli compare`, run as a separate process: per-variant epoch lines and summaries, a
// diverging variant that stops alone, and bad input refused with the field named.
import { describe, expect, it } from 'vitest';
import { cli, example, file } from './run';

const BASE = {
  seed: 2,
  data: { kind: 'plane', samples: 60, noise: 0 },
  validation: 0.25,
  model: {
    layers: [
      { type: 'dense', units: 8, activation: 'relu', init: { name: 'normal', std: 3 } },
      { type: 'dense', units: 1 },
    ],
  },
  optimizer: { name: 'sgd', lr: 0.01 },
  training: { batchSize: 8, epochs: 4 },
};

describe('cli compare', () => {
  it('prints each variant in order: its epoch lines with "variant" first, then its summary', () => {
    const r = cli(['compare', example('compare-optimizers.json')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    // 4 optimizers × (20 epochs + 1 summary)
    expect(r.lines).toHaveLength(4 * 21);
    const epochLines = r.lines.filter((l) => 'epoch' in l);
    for (const line of epochLines) {
      expect(Object.keys(line)).toEqual([
        'variant',
        'epoch',
        'loss',
        'accuracy',
        'valLoss',
        'valAccuracy',
      ]);
    }
    expect(r.lines.map((l) => l.variant)).toEqual(
      [0, 1, 2, 3].flatMap((k) => new Array(21).fill(k)),
    );
    const summaries = r.lines.filter((l) => 'summary' in l);
    expect(summaries.map((l) => l.label)).toEqual(['sgd', 'momentum', 'adam', 'rmsprop lr 0.005']);
    for (const line of summaries) {
      const summary = line.summary as Record<string, unknown>;
      expect(Object.keys(summary)).toEqual([
        'epochs',
        'finalLoss',
        'finalAccuracy',
        'finalValLoss',
        'finalValAccuracy',
        'bestValAccuracy',
        'bestEpoch',
        'diverged',
        'seconds',
      ]);
      expect(summary.epochs).toBe(20);
      expect(summary.diverged).toBe(false);
      // The summary repeats the variant's own last line, and its best validation accuracy.
      const own = epochLines.filter((l) => l.variant === line.variant);
      expect(summary.finalValAccuracy).toBe(own[19].valAccuracy);
      expect(summary.bestValAccuracy).toBe(Math.max(...own.map((l) => l.valAccuracy as number)));
    }
  });

  it('a diverging variant stops alone, marked, while the others finish; exit 0', () => {
    const doc = {
      version: 1,
      kind: 'compare',
      experiment: BASE,
      vary: 'lr',
      values: [0.01, 1e6, 0.001],
    };
    const r = cli(['compare', file(doc)]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('null');
    const of = (k: number) => r.lines.filter((l) => l.variant === k);
    const diverged = of(1);
    const marker = diverged.find((l) => 'diverged' in l && !('summary' in l))!;
    expect(marker).toEqual({
      variant: 1,
      diverged: true,
      step: expect.any(Number),
      epoch: expect.any(Number),
    });
    const summary = diverged.at(-1)!;
    expect(summary.label).toBe('lr 1000000');
    expect(summary.summary).toMatchObject({ diverged: true });
    for (const k of [0, 2]) {
      // Regression: no accuracy anywhere, and "best" is the lowest validation loss.
      const lines = of(k);
      expect(lines.filter((l) => 'epoch' in l)).toHaveLength(4);
      expect(Object.keys(lines[0])).toEqual(['variant', 'epoch', 'loss', 'valLoss']);
      expect(Object.keys(lines.at(-1)!.summary as object)).toEqual([
        'epochs',
        'finalLoss',
        'finalValLoss',
        'bestValLoss',
        'bestEpoch',
        'diverged',
        'seconds',
      ]);
    }
  });

  it('compares the architecture: the example, one hidden layer of 2 to 128 units on digits', () => {
    const r = cli(['compare', example('compare-architecture.json')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    // 4 widths × (20 epochs + 1 summary)
    expect(r.lines).toHaveLength(4 * 21);
    const summaries = r.lines.filter((l) => 'summary' in l);
    expect(summaries.map((l) => l.label)).toEqual(['2 units', '8 units', '32 units', '128 units']);
    const best = summaries.map((l) => (l.summary as { bestValAccuracy: number }).bestValAccuracy);
    // A 2-unit bottleneck cannot separate ten digits; 128 units can.
    expect(best[0]).toBeLessThan(0.6);
    expect(best[3]).toBeGreaterThan(0.9);
    expect(best[3]).toBeGreaterThan(best[0]);
  });

  it('varies the number of hidden layers, from none', () => {
    const doc = { version: 1, experiment: BASE, vary: 'hiddenLayers', values: [0, 1, 3] };
    const r = cli(['compare', file(doc)]);
    expect(r.status).toBe(0);
    const summaries = r.lines.filter((l) => 'summary' in l);
    expect(summaries.map((l) => l.label)).toEqual([
      'no hidden layers',
      '1 hidden layer',
      '3 hidden layers',
    ]);
  });

  it('is deterministic but for the seconds', () => {
    const path = example('compare-optimizers.json');
    const strip = (lines: Record<string, unknown>[]) =>
      lines.map((l) => JSON.stringify(l).replace(/"seconds":[0-9.e-]+/, ''));
    expect(strip(cli(['compare', path]).lines)).toEqual(strip(cli(['compare', path]).lines));
  });
});

describe('cli compare refuses bad input', () => {
  const refused = (document: unknown, message: RegExp | string, args: string[] = []) => {
    const r = cli(['compare', file(document), ...args]);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
    return r.status;
  };
  const doc = (changes: Record<string, unknown>) => ({
    version: 1,
    experiment: BASE,
    vary: 'optimizer',
    values: ['sgd', 'adam'],
    ...changes,
  });

  it('a value that makes an invalid experiment names it: values[2] …', () => {
    const bad = doc({ vary: 'batchSize', values: [8, 16, 0] });
    expect(refused(bad, 'error: values[2] must be a positive integer (got 0)')).toBe(1);
  });

  it('a value over the limit of its field, and a setting the network does not have', () => {
    const bad = doc({ vary: 'units', values: [16, 64, 5000] });
    expect(refused(bad, 'error: values[2] must be at most 4096 (got 5000)')).toBe(1);
    const flat = doc({ vary: 'filters', values: [4, 8] });
    expect(refused(flat, 'error: vary "filters" needs a conv2d layer in the experiment')).toBe(1);
  });

  it('a variant that is not a valid experiment', () => {
    const withBn = {
      ...BASE,
      model: { layers: [BASE.model.layers[0], { type: 'batchnorm' }, BASE.model.layers[1]] },
    };
    const bad = doc({ experiment: withBn, vary: 'batchSize', values: [8, 1] });
    expect(refused(bad, /^error: values\[1\] \(batch size 1\) gives an invalid experiment: /)).toBe(
      1,
    );
  });

  it('an error inside the experiment names its path', () => {
    const bad = doc({ experiment: { ...BASE, optimizer: { name: 'sgd', lr: -1 } } });
    expect(refused(bad, 'error: experiment.optimizer.lr must be a finite number > 0')).toBe(1);
  });

  it('a document of another kind', () => {
    expect(
      refused({ ...doc({}), kind: 'search' }, 'kind is "search" but the command is compare'),
    ).toBe(1);
  });

  it('an option is a wrong command line: exit 2', () => {
    expect(refused(doc({}), /unknown option --stats for compare/, ['--stats'])).toBe(2);
  });
});
