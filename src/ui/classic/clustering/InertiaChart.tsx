// The inertia (the sum of squared distances from each point to its centroid) after each
// assignment, one line per start: k-means never raises it, and where each line flattens is
// where that run converged. The table under it has the same numbers for a screen reader.
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { KMeansPicture, KMeansStart } from '../../../spec/protocol/classic';
import { useTickPx, yAxisProps } from '../../charts/axisWidth';
import { formatTick, formatValue, niceTicks, yAxisTicks } from '../../charts/format';
import { plainTick } from '../../charts/PlainTick';
import { CHART } from '../../charts/rechartsChart';
import { useT } from '../../i18n/useT';
import { startName } from './kmeansWords';
import { NumbersTable } from './NumbersTable';

/** Okabe–Ito's vermillion and blue: apart from each other, whatever the clusters' colours. */
const LINE_COLORS: Record<KMeansStart, string> = { random: '#D55E00', plusPlus: '#0072B2' };
const X_TICK = plainTick(String, 'x');
const Y_TICK = plainTick(formatTick, 'y');

export function InertiaChart({ runs }: { runs: readonly KMeansPicture[] }) {
  const t = useT();
  const tickPx = useTickPx();
  const count = Math.max(...runs.map((run) => run.inertia.length));
  if (count === 0) return <p className="d-note">{t('kmeans.inertiaLater')}</p>;
  const rows = Array.from({ length: count }, (_, i) => {
    const row: Record<string, number | null> = { n: i + 1 };
    for (const run of runs) row[run.start] = run.inertia[i] ?? null;
    return row;
  });
  const keys = runs.map((run) => run.start);
  const title = t('kmeans.inertiaChart');
  return (
    <div className="d-kmeans-chart">
      <h3>{title}</h3>
      <div className="d-chart" role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height={200}>
          <LineChart data={rows} {...CHART}>
            <XAxis
              dataKey="n"
              type="number"
              domain={[1, Math.max(2, count)]}
              ticks={niceTicks(1, Math.max(2, count), 6, true)}
              interval={0}
              tick={X_TICK}
            />
            <YAxis
              {...yAxisProps(yAxisTicks(false, rows, keys), formatTick, tickPx, 52)}
              interval={0}
              tick={Y_TICK}
            />
            <Tooltip
              formatter={(v) => formatValue(Number(v))}
              labelFormatter={(n) => t('kmeans.assignment', { n: String(n) })}
            />
            {runs.map((run) => (
              <Line
                key={run.start}
                name={startName(t, run.start)}
                dataKey={run.start}
                stroke={LINE_COLORS[run.start]}
                strokeWidth={2}
                dot={{ r: 2.5 }}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="d-legend">
        {runs.map((run) => (
          <span key={run.start} className="d-legend-item">
            <span className="d-kmeans-line-swatch" style={{ background: LINE_COLORS[run.start] }} />
            {startName(t, run.start)}
          </span>
        ))}
        <span className="d-legend-note">{t('kmeans.inertiaAxes')}</span>
      </div>
      <NumbersTable
        caption={title}
        columns={[t('kmeans.assignmentColumn'), ...runs.map((run) => startName(t, run.start))]}
        rows={rows.map((row) => [
          String(row.n),
          ...runs.map((run) => (row[run.start] === null ? '–' : formatValue(row[run.start]!))),
        ])}
      />
    </div>
  );
}
