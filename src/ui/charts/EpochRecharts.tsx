// A chart of epochs in recharts: compare's, many runs at once (the playground's is on a
// canvas, EpochCanvas). It thins the rows to what a chart can show and leaves a gap where a
// value cannot be drawn (not finite, or not positive on a log axis).
import { useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { thin } from '../../spec/thin';
import { useT } from '../i18n/useT';
import { useTickPx, yAxisProps } from './axisWidth';
import { CHART, FRAMES, METRICS, wholePercent, type EpochPlotProps } from './epochLook';
import { formatTick, niceTicks, plottable, yAxisTicks } from './format';
import { plainTick } from './PlainTick';

/** Epochs drawn at most: recharts measures each line's length on every update. */
const EPOCH_POINTS = 200;
const EPOCH_TICK = plainTick(String, 'x');
const Y_TICKS = { loss: plainTick(formatTick, 'y'), accuracy: plainTick(wholePercent, 'y') };

/** The tooltip's rows in the lines' order (recharts sorts by name, which differs by language). */
const inLineOrder = () => 0;

export function EpochRecharts({ metric, frame, rows, lines, height, logScale }: EpochPlotProps) {
  const t = useT();
  const tickPx = useTickPx();
  // The lines' keys as one string: each render brings a new array of the same lines, and
  // the rows are prepared again only when the lines, the rows or the scale change.
  const keys = lines.map((l) => l.key).join(' ');
  const shown = useMemo(
    () =>
      thin(rows, EPOCH_POINTS).map((row) => {
        const values: Record<string, number | null> = { epoch: row.epoch };
        for (const key of keys.split(' ')) {
          values[key] = plottable((row as Record<string, unknown>)[key], logScale);
        }
        return values;
      }),
    [rows, keys, logScale],
  );
  const { format, value, fixed } = METRICS[metric];
  const look = FRAMES[frame];
  const yAxis = yAxisProps(
    fixed ?? yAxisTicks(logScale, shown, keys.split(' ')),
    format,
    tickPx,
    look.axisWidth,
  );
  const span: [number, number] = [shown[0]?.epoch ?? 1, shown.at(-1)?.epoch ?? 1];
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={shown} {...CHART}>
        {look.grid && <CartesianGrid strokeDasharray="3 3" stroke="#e4e4e4" />}
        <XAxis
          dataKey="epoch"
          type="number"
          domain={span}
          ticks={niceTicks(span[0], span[1], look.epochTicks, true)}
          interval={0}
          tick={EPOCH_TICK}
        />
        <YAxis {...yAxis} interval={0} tick={Y_TICKS[metric]} />
        <Tooltip
          formatter={(v) => value(Number(v))}
          labelFormatter={(l) => t('chart.epoch', { epoch: String(l) })}
          itemSorter={inLineOrder}
        />
        {/* The lines' own order (training, then validation) in every language:
            recharts would sort the names, and 検証 sorts before 訓練. */}
        {look.legend && <Legend itemSorter={null} />}
        {lines.map((line) => (
          <Line
            key={line.key}
            name={line.name}
            dataKey={line.key}
            stroke={line.color}
            {...look[line.part]}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
