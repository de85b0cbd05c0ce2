// A metric by epoch, with its heading: the one chart of epochs, the playground's (one run,
// training and validation) and compare's (several runs, one colour each). The heading
// carries the log-scale toggle and the PNG and CSV buttons. It thins the rows to what a
// chart can show and leaves a gap where a value cannot be drawn (not finite, or not
// positive on a log axis). Lines never animate: a new point arrives several times a second
// and a tween would always lag behind it.
import { useMemo, useRef, type ReactNode } from 'react';
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
import { PngButton } from '../files/DownloadButtons';
import type { LegendEntry } from '../files/png';
import { useT } from '../i18n/useT';
import { formatPercent, formatTick, formatValue, niceTicks, plottable, yAxisTicks } from './format';
import { plainTick } from './PlainTick';

export const TRAINING = '#0072B2'; // Okabe–Ito blue
export const VALIDATION = '#E69F00'; // Okabe–Ito orange
/** Off: recharts would make the SVG focusable, which cannot sit inside role="img". */
export const CHART = {
  accessibilityLayer: false,
  margin: { top: 8, right: 12, bottom: 0, left: 0 },
};

/** Epochs drawn at most: recharts measures each line's length on every update. */
const EPOCH_POINTS = 200;
const EPOCH_TICK = plainTick(String, 'x');

/** What the y axis shows: its labels, the tooltip's numbers, its span (null: the data's). */
const METRICS = {
  loss: { tick: plainTick(formatTick, 'y'), value: formatValue, domain: null },
  // Whole percents on the axis, so 100% fits the axis width.
  accuracy: {
    tick: plainTick((v: number) => `${Math.round(v * 100)}%`, 'y'),
    value: formatPercent,
    domain: [0, 1] as [number, number],
  },
};

/**
 * How a chart is framed. One run: training and validation told apart by colour, named by a
 * legend inside, over a grid. Several runs: a colour per run, training dashed and validation
 * solid, named by the buttons above (and below the PNG), no grid under so many lines.
 */
const FRAMES = {
  run: {
    grid: true,
    legend: true,
    epochTicks: 6,
    axisWidth: 48,
    training: {},
    validation: {},
  },
  runs: {
    grid: false,
    legend: false,
    epochTicks: 8,
    axisWidth: 52,
    training: { strokeDasharray: '4 3', strokeWidth: 1.5 },
    validation: { strokeWidth: 2 },
  },
};

/** One line: the rows' key of its values, its name in the tooltip, its colour. */
export interface EpochLine {
  key: string;
  name: string;
  color: string;
  part: 'training' | 'validation';
}

interface Props {
  /** The heading: the metric, and what the lines mean where that needs saying. */
  title: ReactNode;
  /** The chart's name for a screen reader, and the PNG button's. */
  label: string;
  metric: keyof typeof METRICS;
  frame: keyof typeof FRAMES;
  /** One row per epoch, in order: `epoch` and every line's value under its key. */
  rows: { epoch: number }[];
  lines: EpochLine[];
  height: number;
  /** A log axis and its toggle in the heading (the state is the caller's: others share it). */
  log?: { on: boolean; set: (on: boolean) => void };
  /** The PNG's file, its title when not the label, and its legend when the lines' is outside. */
  png: { fileName: string; title?: string; legend?: LegendEntry[] };
  /** The CSV button: the numbers as the store holds them, not the chart's sample. */
  csv?: ReactNode;
  /**
   * Shown over the chart, and instead of its PNG button, while there is no epoch (else empty
   * axes). The chart is mounted underneath all the same: mounting it costs recharts about
   * 0.1 s, better spent before training than in the task that brings the first epoch.
   */
  empty?: ReactNode;
}

export function EpochChart({
  title,
  label,
  metric,
  frame,
  rows,
  lines,
  height,
  log,
  png,
  csv,
  empty,
}: Props) {
  const t = useT();
  const chart = useRef<HTMLDivElement>(null);
  const logScale = log?.on ?? false;
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
  const { tick, value, domain } = METRICS[metric];
  const look = FRAMES[frame];
  const yAxis =
    domain === null
      ? yAxisTicks(logScale, shown, keys.split(' '))
      : { scale: 'linear' as const, domain };
  const span: [number, number] = [shown[0]?.epoch ?? 1, shown.at(-1)?.epoch ?? 1];
  const drawn = rows.length > 0 || empty === undefined;

  return (
    <>
      <div className="d-chart-header">
        <h3>{title}</h3>
        <div className="d-chart-tools">
          {log && (
            <label className="d-toggle">
              <input type="checkbox" checked={log.on} onChange={(e) => log.set(e.target.checked)} />
              {t('common.logScale')}
            </label>
          )}
          {drawn && (
            <PngButton
              target={() => chart.current}
              title={png.title ?? label}
              fileName={png.fileName}
              legend={png.legend}
            />
          )}
          {csv}
        </div>
      </div>
      <div className="d-chart-frame">
        {!drawn && <div className="d-chart-empty">{empty}</div>}
        <div
          className={drawn ? 'd-chart' : 'd-chart d-chart-waiting'}
          role={drawn ? 'img' : undefined}
          aria-label={drawn ? label : undefined}
          aria-hidden={drawn ? undefined : true}
          ref={chart}
        >
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
              <YAxis {...yAxis} width={look.axisWidth} interval={0} tick={tick} />
              <Tooltip
                formatter={(v) => value(Number(v))}
                labelFormatter={(l) => t('chart.epoch', { epoch: String(l) })}
              />
              {look.legend && <Legend />}
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
        </div>
      </div>
    </>
  );
}
