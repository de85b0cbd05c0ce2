// A chart of epochs' plot (charts/epochPlot.ts): each line stroked as its frame has its part
// (compare's training dashed 4 on, 3 off, 1.5 px; validation solid, 2 px, as recharts drew
// them), in the lines' order, with a gap wherever a value cannot be drawn.
import { describe, expect, it } from 'vitest';
import type { EpochLine } from '../../../src/ui/charts/epochLook';
import { epochPlot } from '../../../src/ui/charts/epochPlot';

/** Two runs, as compare merges them: run 1 has no epoch 3 yet. */
const rows = [
  { epoch: 1, lossT0: 0.9, lossV0: 1.0, lossT1: 0.8, lossV1: 0.85 },
  { epoch: 2, lossT0: 0.5, lossV0: 0.6, lossT1: 0, lossV1: null },
  { epoch: 3, lossT0: 0.2, lossV0: 0.3 },
];

const line = (key: string, color: string, part: EpochLine['part']): EpochLine => ({
  key,
  name: key,
  color,
  part,
});
const lines = [
  line('lossT0', '#0072B2', 'training'),
  line('lossV0', '#0072B2', 'validation'),
  line('lossT1', '#E69F00', 'training'),
  line('lossV1', '#E69F00', 'validation'),
];

describe('a chart of epochs’ plot', () => {
  it('dashes compare’s training lines and draws its validation lines solid and wider', () => {
    const plot = epochPlot({ metric: 'loss', frame: 'runs', rows, lines, logScale: false });
    expect(plot.lines.map((l) => [l.name, l.color, l.width, l.dash])).toEqual([
      ['lossT0', '#0072B2', 1.5, [4, 3]],
      ['lossV0', '#0072B2', 2, undefined],
      ['lossT1', '#E69F00', 1.5, [4, 3]],
      ['lossV1', '#E69F00', 2, undefined],
    ]);
  });

  it('draws the playground’s two lines solid, 1 px', () => {
    const plot = epochPlot({
      metric: 'loss',
      frame: 'run',
      rows,
      lines: [line('lossT0', '#0072B2', 'training'), line('lossV0', '#E69F00', 'validation')],
      logScale: false,
    });
    expect(plot.lines.map((l) => [l.width, l.dash])).toEqual([
      [1, undefined],
      [1, undefined],
    ]);
  });

  it('keeps every epoch, leaving a gap where a run has no value or the log axis cannot', () => {
    const linear = epochPlot({ metric: 'loss', frame: 'runs', rows, lines, logScale: false });
    expect([...linear.xs]).toEqual([1, 2, 3]);
    expect([...linear.lines[2].ys]).toEqual([0.8, 0, NaN]);
    expect([...linear.lines[3].ys]).toEqual([0.85, NaN, NaN]);
    // On a log axis a loss of 0 is a gap too, and the axis spans the positive values only.
    const log = epochPlot({ metric: 'loss', frame: 'runs', rows, lines, logScale: true });
    expect([...log.lines[2].ys]).toEqual([0.8, NaN, NaN]);
    expect(log.y.log).toBe(true);
    expect(log.y.domain[0]).toBeGreaterThan(0);
  });

  it('spans accuracy from 0 to 1 whatever the values', () => {
    const accuracy = [{ epoch: 1, accT0: 0.6 }];
    const plot = epochPlot({
      metric: 'accuracy',
      frame: 'runs',
      rows: accuracy,
      lines: [line('accT0', '#0072B2', 'training')],
      logScale: false,
    });
    expect(plot.y.domain).toEqual([0, 1]);
  });
});
