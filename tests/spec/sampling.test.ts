// Random search's draws: each within its range, log-uniform spread evenly over decades,
// integers with both ends included, and every trial fixed by the seed.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/engine/random';
import { sampleChoice, sampleInteger, sampleNumber } from '../../src/spec/sampling';
import { searchTrials as sampleTrials } from '../../src/engine/searchTrials';
import { parseSearch, type SearchSpec } from '../../src/spec';

const N = 20_000;

function draws<T>(draw: (rng: Rng) => T, seed = 1, n = N): T[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => draw(rng));
}

/** Counts of `values` per bin: bins[i] ≤ v < bins[i + 1]. */
function histogram(values: number[], bins: number[]): number[] {
  const counts = new Array<number>(bins.length - 1).fill(0);
  for (const v of values) {
    const i = bins.findIndex((b, j) => j < bins.length - 1 && v >= b && v < bins[j + 1]);
    if (i >= 0) counts[i]++;
  }
  return counts;
}

describe('sampleNumber', () => {
  it('stays within [min, max], uniformly on a linear scale', () => {
    const values = draws((r) => sampleNumber(r, { min: 0.5, max: 0.99, scale: 'linear' }));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0.5);
    expect(Math.max(...values)).toBeLessThanOrEqual(0.99);
    // Four equal slices of [0.5, 0.99) hold a quarter each. One count is binomial with
    // sd √(20000·¼·¾) ≈ 61: 5% of 5000 (250) is four sd.
    const slices = histogram(values, [0.5, 0.6225, 0.745, 0.8675, 0.99]);
    for (const count of slices) expect(Math.abs(count - N / 4)).toBeLessThan(250);
  });

  it('log-uniform: the logarithm is uniform, so each decade is as likely as every other', () => {
    // 1e-4..1 is four decades: a quarter of the draws in each.
    const values = draws((r) => sampleNumber(r, { min: 1e-4, max: 1, scale: 'log' }));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(1e-4);
    expect(Math.max(...values)).toBeLessThanOrEqual(1);
    const decades = histogram(values, [1e-4, 1e-3, 1e-2, 1e-1, 1 + 1e-12]);
    expect(decades.reduce((a, b) => a + b)).toBe(N);
    for (const count of decades) expect(Math.abs(count - N / 4)).toBeLessThan(250);
    // A linear draw over the same range would put about 90% in the last decade.
    const linear = draws((r) => sampleNumber(r, { min: 1e-4, max: 1, scale: 'linear' }));
    expect(linear.filter((v) => v >= 0.1).length / N).toBeGreaterThan(0.88);
  });

  it('a range of one value gives that value', () => {
    expect(draws((r) => sampleNumber(r, { min: 0.3, max: 0.3, scale: 'log' }), 1, 10)).toEqual(
      new Array(10).fill(0.3),
    );
  });
});

describe('sampleInteger', () => {
  it('draws every integer of [min, max], both ends included, about equally often', () => {
    const values = draws((r) => sampleInteger(r, { min: 16, max: 19, scale: 'linear' }));
    expect(new Set(values)).toEqual(new Set([16, 17, 18, 19]));
    for (const k of [16, 17, 18, 19]) {
      expect(Math.abs(values.filter((v) => v === k).length - N / 4)).toBeLessThan(250);
    }
  });

  it('on a log scale, 16..31 is as likely as 32..63', () => {
    // The share of [k, k + 1) in log [16, 64): log(32/16) = log(64/32).
    const values = draws((r) => sampleInteger(r, { min: 16, max: 63, scale: 'log' }));
    expect(Math.min(...values)).toBe(16);
    expect(Math.max(...values)).toBe(63);
    expect(Math.abs(values.filter((v) => v < 32).length - N / 2)).toBeLessThan(300);
  });
});

describe('sampleChoice', () => {
  it('takes each value about equally often', () => {
    const values = draws((r) => sampleChoice(r, ['sgd', 'adam', 'rmsprop']));
    for (const name of ['sgd', 'adam', 'rmsprop']) {
      expect(Math.abs(values.filter((v) => v === name).length - N / 3)).toBeLessThan(300);
    }
  });
});

function search(ranges: Record<string, unknown>, seed = 1, trials = 50): SearchSpec {
  return parseSearch({
    version: 1,
    experiment: {
      data: { kind: 'circle', samples: 100 },
      model: {
        layers: [
          { type: 'dense', units: 4, activation: 'relu' },
          { type: 'dense', units: 2, activation: 'softmax' },
        ],
      },
      optimizer: 'sgd',
    },
    trials,
    epochs: 1,
    seed,
    ranges,
  });
}

const RANGES = {
  lr: { min: 1e-4, max: 1 },
  momentum: { min: 0.5, max: 0.99 },
  dropout: { min: 0, max: 0.5 },
  batchSize: { values: [16, 32, 64] },
  optimizer: { values: ['sgd', 'momentum', 'adam'] },
};

describe('sampleTrials', () => {
  it('is fixed by the seed, and another seed gives other trials', () => {
    const a = sampleTrials(search(RANGES, 7));
    expect(sampleTrials(search(RANGES, 7))).toEqual(a);
    expect(sampleTrials(search(RANGES, 8))).not.toEqual(a);
    expect(a).toHaveLength(50);
  });

  it('does not depend on the order the ranges are written in', () => {
    const reversed = Object.fromEntries(Object.entries(RANGES).reverse());
    expect(sampleTrials(search(reversed, 3))).toEqual(sampleTrials(search(RANGES, 3)));
  });

  it('keeps every value within its range, and momentum only for optimizers that have it', () => {
    for (const t of sampleTrials(search(RANGES, 2, 200))) {
      expect(t.lr).toBeGreaterThanOrEqual(1e-4);
      expect(t.lr).toBeLessThanOrEqual(1);
      expect(t.dropout).toBeGreaterThanOrEqual(0);
      expect(t.dropout).toBeLessThanOrEqual(0.5);
      expect([16, 32, 64]).toContain(t.batchSize);
      expect(['sgd', 'momentum', 'adam']).toContain(t.optimizer!.name);
      if (t.optimizer!.name === 'adam') expect('momentum' in t).toBe(false);
      else expect(t.momentum).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('draws every range in every trial: leaving out momentum for adam moves no other value', () => {
    // The same choice indices pick adam in one search where they pick sgd in the other;
    // every other number is the same, and momentum, where kept, too.
    const a = sampleTrials(search({ ...RANGES, optimizer: { values: ['adam', 'sgd'] } }, 5));
    const b = sampleTrials(search({ ...RANGES, optimizer: { values: ['sgd', 'adam'] } }, 5));
    expect(a.map((t) => [t.lr, t.dropout, t.batchSize])).toEqual(
      b.map((t) => [t.lr, t.dropout, t.batchSize]),
    );
    a.forEach((t, i) => {
      expect(t.optimizer!.name).not.toBe(b[i].optimizer!.name);
      const kept = t.optimizer!.name === 'sgd' ? t : b[i];
      const dropped = t.optimizer!.name === 'sgd' ? b[i] : t;
      expect(kept.momentum).toBeGreaterThanOrEqual(0.5);
      expect(dropped.momentum).toBeUndefined();
    });
    expect(a.map((t) => t.momentum ?? null)).not.toEqual(b.map((t) => t.momentum ?? null));
  });

  it('draws the architecture as integers, last, so the other settings draw what they did', () => {
    const architecture = {
      ...RANGES,
      hiddenLayers: { min: 0, max: 3 },
      units: { min: 4, max: 256 }, // log by default
    };
    const trials = sampleTrials(search(architecture, 4, 300));
    for (const t of trials) {
      expect(Number.isInteger(t.hiddenLayers)).toBe(true);
      expect(t.hiddenLayers).toBeGreaterThanOrEqual(0);
      expect(t.hiddenLayers).toBeLessThanOrEqual(3);
      expect(Number.isInteger(t.units)).toBe(true);
      expect(t.units).toBeGreaterThanOrEqual(4);
      expect(t.units).toBeLessThanOrEqual(256);
    }
    // Log-uniform: 4..15 (two octaves) as likely as 64..255 (two octaves).
    const units = trials.map((t) => t.units!);
    const [low, , high] = histogram(units, [4, 16, 64, 256]);
    expect(Math.abs(low - high)).toBeLessThan(40);
    // Drawn after the older ranges: a trial draws those first, as it did without these.
    const [first] = sampleTrials(search(RANGES, 4, 1));
    expect(trials[0]).toEqual({
      ...first,
      hiddenLayers: trials[0].hiddenLayers,
      units: trials[0].units,
    });
  });

  it('hands out copies: changing a trial leaves the search alone', () => {
    const spec = search(RANGES, 1, 1);
    const [trial] = sampleTrials(spec);
    trial.optimizer!.lr = 123;
    expect(spec.ranges.optimizer!.values.every((o) => o.lr !== 123)).toBe(true);
  });
});
