// One metric by epoch, training and (when there is a validation part) validation: the
// shape the loss and accuracy charts share.
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
import { useMemo, type Ref } from 'react';
import { useT } from '../i18n/useT';
import { niceTicks } from './format';
import { plainTick } from './PlainTick';

const EPOCH_TICK = plainTick(String, 'x');

export const TRAINING = '#0072B2'; // Okabe–Ito blue
export const VALIDATION = '#E69F00'; // Okabe–Ito orange
/** Off: recharts would make the SVG focusable, which cannot sit inside role="img". */
export const CHART = {
  accessibilityLayer: false,
  margin: { top: 8, right: 12, bottom: 0, left: 0 },
};

interface Props {
  label: string;
  rows: object[];
  /** The first and last epoch shown. */
  span: [number, number];
  height: number;
  train: string;
  /** The validation series' key, or null without a validation part. */
  validation: string | null;
  scale?: 'linear' | 'log';
  domain: [number | string, number | string];
  /** The y axis's ticks; recharts' own when absent. */
  ticks?: number[];
  tick: (v: number) => string;
  value: (v: number) => string;
  /** The chart's element, for a PNG of it. */
  chartRef?: Ref<HTMLDivElement>;
}

export function EpochChart({
  label,
  rows,
  span,
  height,
  train,
  validation,
  scale = 'linear',
  domain,
  ticks,
  tick,
  value,
  chartRef,
}: Props) {
  const t = useT();
  return (
    <div className="d-chart" role="img" aria-label={label} ref={chartRef}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} {...CHART}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e4e4e4" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={['dataMin', 'dataMax']}
            ticks={niceTicks(span[0], span[1], 6, true)}
            interval={0}
            tick={EPOCH_TICK}
          />
          <YAxis
            scale={scale}
            domain={domain}
            ticks={ticks}
            width={48}
            interval={0}
            tick={useMemo(() => plainTick(tick, 'y'), [tick])}
          />
          <Tooltip
            formatter={(v) => value(Number(v))}
            labelFormatter={(l) => t('chart.epoch', { epoch: String(l) })}
          />
          <Legend />
          <Line
            name={t('common.training')}
            dataKey={train}
            stroke={TRAINING}
            dot={false}
            isAnimationActive={false}
          />
          {validation !== null && (
            <Line
              name={t('common.validation')}
              dataKey={validation}
              stroke={VALIDATION}
              dot={false}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
