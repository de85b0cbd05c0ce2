// The plot a chart of epochs draws (EpochCanvas): an x per row, and a line per EpochLine,
// stroked as its frame has its part (compare's training dashed, its validation solid), with
// a gap where a value cannot be drawn (missing, not finite, or not positive on a log axis).
import { countAxis, toAxis, valueAxis } from './axes';
import type { Plot, PlotLine } from './drawLines';
import { FRAMES, METRICS, type EpochPlotProps } from './epochLook';
import { plottable } from './format';

type Given = Pick<EpochPlotProps, 'metric' | 'frame' | 'rows' | 'lines' | 'logScale'>;

export function epochPlot({ metric, frame, rows, lines, logScale }: Given): Plot {
  const { format, fixed } = METRICS[metric];
  const look = FRAMES[frame];
  const xs = new Float64Array(rows.length);
  const plotted = lines.map((line): PlotLine => ({
    name: line.name,
    color: line.color,
    ys: new Float64Array(rows.length),
    ...look[line.part],
  }));
  rows.forEach((row, i) => {
    xs[i] = row.epoch;
    lines.forEach((line, k) => {
      plotted[k].ys[i] = plottable((row as Record<string, unknown>)[line.key], logScale) ?? NaN;
    });
  });
  const y = fixed
    ? toAxis(fixed, format)
    : valueAxis(
        plotted.map((l) => l.ys),
        logScale,
        6,
        format,
      );
  return { xs, lines: plotted, x: countAxis(xs, look.epochTicks, String), y };
}
