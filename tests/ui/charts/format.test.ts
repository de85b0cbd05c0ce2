// Axis ticks that never pile up: a log axis labels decades, 1-2-5 or every digit, whichever
// is the densest that fits, and a narrow range still gets two labels.
import { describe, expect, it } from 'vitest';
import { logTicks, plottable, positiveRange, yAxisTicks } from '../../../src/ui/charts/format';

describe('logTicks', () => {
  it('labels every digit of a range that holds few of them', () => {
    expect(logTicks(0.15, 0.75)).toEqual([0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('falls back to 1-2-5 when every digit would crowd the axis', () => {
    // 0.09 … 0.7 holds eight digits; recharts labelled all of them, two overlapping.
    expect(logTicks(0.087, 0.7)).toEqual([0.1, 0.2, 0.5]);
  });

  it('labels decades over a few of them, and every other decade over many', () => {
    expect(logTicks(2e-4, 3)).toEqual([0.001, 0.01, 0.1, 1]);
    expect(logTicks(1e-9, 10)).toEqual([1e-9, 1e-7, 1e-5, 0.001, 0.1, 10]);
    expect(logTicks(1e-9, 10).length).toBeLessThanOrEqual(6);
  });

  it('thins 1-2-5 on a short axis whose range holds a single decade', () => {
    expect(logTicks(0.04, 0.75, 3)).toEqual([0.1, 0.5]);
  });

  it('keeps to the count it is given', () => {
    for (const [lo, hi] of [
      [0.04, 0.75],
      [1e-7, 5],
      [0.3, 0.31],
      [12, 9000],
    ]) {
      for (const count of [3, 6]) {
        const ticks = logTicks(lo, hi, count);
        expect(ticks.length, `${lo}…${hi} in ${count}`).toBeLessThanOrEqual(count);
        expect(ticks.every((t) => t >= lo && t <= hi)).toBe(true);
      }
    }
  });

  it('gives a narrow range round values inside it rather than none', () => {
    const ticks = logTicks(0.62, 0.69);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.every((t) => t >= 0.62 && t <= 0.69)).toBe(true);
  });

  it('has nothing to say of a range that is not positive', () => {
    expect(logTicks(0, 1)).toEqual([]);
    expect(logTicks(-1, 1)).toEqual([]);
    expect(logTicks(1, Infinity)).toEqual([]);
  });
});

describe('the log axis of a chart', () => {
  const rows = [
    { epoch: 1, loss: 0.7, valLoss: null },
    { epoch: 2, loss: 0.2, valLoss: 0.09 },
    { epoch: 3, loss: NaN, valLoss: 0 },
  ];

  it('spans the positive finite values of the series shown', () => {
    expect(positiveRange(rows, ['loss', 'valLoss'])).toEqual([0.09, 0.7]);
    expect(positiveRange(rows, ['loss'])).toEqual([0.2, 0.7]);
    expect(positiveRange(rows, ['other'])).toBeNull();
  });

  it('rounds a linear span outwards to round ticks, so their labels are known before drawing', () => {
    // loss spans [0.2, 0.7]: d3's nice steps of 0.1 from 0.2 to 0.7.
    expect(yAxisTicks(false, rows, ['loss'])).toEqual({
      scale: 'linear',
      domain: [0.2, 0.7],
      ticks: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
    });
    // A flat line (5.6e-13 give or take a part in a million) is drawn from 0.
    const flat = [{ loss: 5.6e-13 }, { loss: 5.6e-13 * (1 + 1e-6) }];
    expect(yAxisTicks(false, flat, ['loss'], 3).domain).toEqual([0, 6e-13]);
  });

  it('is recharts’ own with nothing to span', () => {
    expect(yAxisTicks(false, [], ['loss'])).toEqual({ scale: 'linear', domain: ['auto', 'auto'] });
    expect(yAxisTicks(false, [{ loss: 0 }], ['loss'])).toEqual({
      scale: 'linear',
      domain: ['auto', 'auto'],
    });
    expect(yAxisTicks(true, [], ['loss'])).toEqual({ scale: 'log', domain: ['auto', 'auto'] });
    expect(yAxisTicks(true, rows, ['loss', 'valLoss'])).toEqual({
      scale: 'log',
      domain: [0.09, 0.7],
      ticks: [0.1, 0.2, 0.5],
    });
  });
});

describe('a value a chart draws', () => {
  it('is a finite number, and a positive one on a log axis; anything else leaves a gap', () => {
    expect(plottable(0.5, false)).toBe(0.5);
    expect(plottable(0, false)).toBe(0);
    expect(plottable(-1, false)).toBe(-1);
    expect(plottable(0, true)).toBeNull();
    expect(plottable(-1, true)).toBeNull();
    expect(plottable(Number.NaN, false)).toBeNull();
    expect(plottable(Infinity, false)).toBeNull();
    expect(plottable(null, false)).toBeNull();
    expect(plottable(undefined, true)).toBeNull();
  });
});
