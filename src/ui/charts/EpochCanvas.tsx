// The playground's chart of epochs on a canvas (LineCanvas): training and validation of one
// run, every epoch the store keeps (a pixel column keeps four points at most, drawLines.ts),
// a gap where a value cannot be drawn (not finite, or not positive on a log axis). Beside
// the picture, for a screen reader, a table of its numbers.
import { useMemo, type HTMLAttributes, type Ref } from 'react';
import { useT } from '../i18n/useT';
import { axisWidth, useTickPx } from './axisWidth';
import { ChartTable } from './ChartTable';
import { countAxis, toAxis, valueAxis } from './axes';
import type { Plot } from './drawLines';
import { FRAMES, METRICS, type EpochPlotProps } from './epochLook';
import { plottable } from './format';
import { LineCanvas } from './LineCanvas';

interface Props extends EpochPlotProps {
  /** The picture's element: role img and its name, or hidden while waiting. */
  image: HTMLAttributes<HTMLDivElement> & { ref: Ref<HTMLDivElement> };
  /** Whether it is shown (else it waits, hidden, under the placeholder). */
  drawn: boolean;
}

export function EpochCanvas(props: Props) {
  const { label, metric, frame, rows, lines, height, logScale, image, drawn } = props;
  const t = useT();
  const tickPx = useTickPx();
  const { format, value, fixed } = METRICS[metric];
  const look = FRAMES[frame];
  // The lines' keys, names and colours as one string: each render brings a new array of the
  // same lines, and the plot is made again only when the lines, the rows or the scale change.
  const linesKey = lines.map((l) => `${l.key}\t${l.name}\t${l.color}`).join('\n');
  const plot = useMemo((): Plot => {
    const xs = new Float64Array(rows.length);
    const plotted = lines.map((line) => ({
      name: line.name,
      color: line.color,
      ys: new Float64Array(rows.length),
      width: 1,
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
    // `lines` is read through linesKey: the same lines in a new array draw the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, linesKey, logScale, fixed, format, look.epochTicks]);
  const width = useMemo(
    () => axisWidth(plot.y.ticks.map(format), tickPx, look.axisWidth),
    [plot, format, tickPx, look.axisWidth],
  );
  const tip = useMemo(
    () => ({ label: (x: number) => t('chart.epoch', { epoch: String(x) }), value }),
    [t, value],
  );
  return (
    <>
      <div {...image}>
        <LineCanvas
          plot={plot}
          height={height}
          axisWidth={width}
          grid={look.grid}
          legend={look.legend}
          tip={tip}
        />
      </div>
      {drawn && (
        <ChartTable
          caption={t('chart.numbers', { chart: label })}
          xName={t('chart.epochColumn')}
          plot={plot}
          value={value}
        />
      )}
    </>
  );
}
