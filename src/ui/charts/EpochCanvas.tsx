// A chart of epochs on a canvas (LineCanvas): the playground's training and validation of
// one run, or compare's lines of several, every epoch the store keeps (a pixel column keeps
// four points at most, drawLines.ts). Beside the picture, for a screen reader, a table of
// its numbers.
import { useMemo, type HTMLAttributes, type Ref } from 'react';
import { useT } from '../i18n/useT';
import { axisWidth, useTickPx } from './axisWidth';
import { ChartTable } from './ChartTable';
import { FRAMES, METRICS, type EpochPlotProps } from './epochLook';
import { epochPlot } from './epochPlot';
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
  const { format, value } = METRICS[metric];
  const look = FRAMES[frame];
  // The lines as one string: each render brings a new array of the same lines, and the plot
  // is made again only when the lines, the rows or the scale change.
  const linesKey = lines.map((l) => `${l.key}\t${l.name}\t${l.color}\t${l.part}`).join('\n');
  const plot = useMemo(
    () => epochPlot({ metric, frame, rows, lines, logScale }),
    // `lines` is read through linesKey: the same lines in a new array draw the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [metric, frame, rows, linesKey, logScale],
  );
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
