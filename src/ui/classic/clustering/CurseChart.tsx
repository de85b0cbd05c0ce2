// The curse of dimensionality on one chart: over the number of dimensions (log axis), the
// ratio of the farthest training point's distance to the nearest's (log axis, left) and
// kNN's validation accuracy (right). The table under it has the numbers.
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CursePoint } from '../../../spec/protocol/classic';
import { useTickPx, yAxisProps } from '../../charts/axisWidth';
import {
  axisTicks,
  formatPercent,
  formatTick,
  formatValue,
  positiveRange,
} from '../../charts/format';
import { plainTick } from '../../charts/PlainTick';
import { CHART } from '../../charts/rechartsChart';
import { useT } from '../../i18n/useT';
import { NumbersTable } from './NumbersTable';

const RATIO_COLOR = '#0072B2';
const ACCURACY_COLOR = '#D55E00';
const X_TICK = plainTick(String, 'x');
const RATIO_TICK = plainTick(formatTick, 'y');
const PERCENTS = [0, 25, 50, 75, 100];

/** The right axis's labels, as plainTick's but starting at the axis rather than ending there. */
function PercentTick({
  x = 0,
  y = 0,
  payload,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
}) {
  return (
    <text x={x} y={y} dy={4} textAnchor="start" className="d-tick">
      {payload ? `${Number(payload.value)}%` : ''}
    </text>
  );
}

export function CurseChart({ points }: { points: readonly CursePoint[] }) {
  const t = useT();
  const tickPx = useTickPx();
  const rows = points.map((p) => ({
    dimensions: p.dimensions,
    ratio: p.ratio,
    accuracy: p.accuracy * 100,
  }));
  const dims = points.map((p) => p.dimensions);
  const ratioAxis = axisTicks(true, positiveRange(rows, ['ratio']), 5);
  const title = t('curse.chart');
  const names = { ratio: t('curse.ratio'), accuracy: t('curse.accuracy') };
  return (
    <div className="d-curse-chart">
      <div className="d-chart" role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={rows} {...CHART} margin={{ ...CHART.margin, right: 4 }}>
            <XAxis
              dataKey="dimensions"
              type="number"
              scale="log"
              domain={[Math.min(...dims), Math.max(...dims)]}
              ticks={dims}
              interval={0}
              tick={X_TICK}
            />
            <YAxis
              yAxisId="ratio"
              {...yAxisProps(ratioAxis, formatTick, tickPx, 44)}
              interval={0}
              tick={RATIO_TICK}
            />
            <YAxis
              yAxisId="accuracy"
              orientation="right"
              domain={[0, 100]}
              ticks={PERCENTS}
              interval={0}
              width={44}
              tick={PercentTick}
            />
            <Tooltip
              formatter={(v, name) =>
                name === names.accuracy ? formatPercent(Number(v) / 100) : formatValue(Number(v))
              }
              labelFormatter={(d) => t('curse.dimensionsLabel', { count: String(d) })}
            />
            <Line
              yAxisId="ratio"
              name={names.ratio}
              dataKey="ratio"
              stroke={RATIO_COLOR}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
            <Line
              yAxisId="accuracy"
              name={names.accuracy}
              dataKey="accuracy"
              stroke={ACCURACY_COLOR}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="d-legend">
        <span className="d-legend-item">
          <span className="d-kmeans-line-swatch" style={{ background: RATIO_COLOR }} />
          {names.ratio}
        </span>
        <span className="d-legend-item">
          <span className="d-kmeans-line-swatch d-dashed" style={{ color: ACCURACY_COLOR }} />
          {names.accuracy}
        </span>
      </div>
      <NumbersTable
        caption={title}
        columns={[t('curse.dimensions'), names.ratio, names.accuracy]}
        rows={points.map((p) => [
          String(p.dimensions),
          formatValue(p.ratio),
          formatPercent(p.accuracy),
        ])}
      />
    </div>
  );
}
