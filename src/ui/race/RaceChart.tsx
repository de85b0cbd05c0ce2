// f against step for every racer, drawn up to where the race is. Redrawn a few times a
// second (recharts measures every line per render); the legend table has the exact values.
import { useMemo, useState } from 'react';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { RECORD, RECORD_STRIDE } from '../../spec/protocol/surface';
import { OPTIMIZER_CHOICES, SURFACE_CHOICES } from '../../store/catalog';
import { useSampled } from '../../store/sampled';
import type { State } from '../../store/store';
import { CHART } from '../charts/rechartsChart';
import { useTickPx, yAxisProps } from '../charts/axisWidth';
import { formatTick, formatValue, niceTicks, yAxisTicks } from '../charts/format';
import { plainTick } from '../charts/PlainTick';
import { useT } from '../i18n/useT';
import { RACER_COLORS } from './drawRace';

const CHART_MS = 250;
/** Points per line at most. */
const POINTS = 300;
const STEP_TICK = plainTick(String, 'x');
const VALUE_TICK = plainTick(formatTick, 'y');
const selectRace = (s: State) => s.race;

/** White trails read on the heatmap; on the white chart the same racer is dark grey. */
const chartColor = (k: number) => {
  const c = RACER_COLORS[k % RACER_COLORS.length];
  return c === '#FFFFFF' ? '#555555' : c;
};

export function RaceChart() {
  const t = useT();
  const tickPx = useTickPx();
  const race = useSampled(selectRace, CHART_MS);
  const [log, setLog] = useState(true);
  const { runs, settings } = race;
  const shown = Math.floor(race.step);

  // On a log axis: the gap to the lowest value known (a known minimum's, else the runs'),
  // which is what "getting closer" means on every surface, negative minima included.
  const floor = useMemo(() => {
    const minima = SURFACE_CHOICES.find((c) => c.name === settings.surface)?.minima ?? [];
    let best = Infinity;
    for (const run of runs ?? []) {
      for (let i = 0; i < run.count; i++)
        best = Math.min(best, run.data[i * RECORD_STRIDE + RECORD.f]);
    }
    return minima.length > 0 ? Math.min(best, 0) : best;
  }, [runs, settings.surface]);

  const rows = useMemo(() => {
    if (runs === null) return [];
    const stride = Math.max(1, Math.ceil(shown / POINTS));
    const out: Record<string, number | null>[] = [];
    for (let i = 0; i <= shown; i += stride) out.push(row(i));
    if (out.at(-1)?.step !== shown) out.push(row(shown));
    return out;
    function row(i: number) {
      const r: Record<string, number | null> = { step: i };
      runs!.forEach((run, k) => {
        const f = i < run.count ? run.data[i * RECORD_STRIDE + RECORD.f] : NaN;
        const y = log ? f - floor : f;
        r[`r${k}`] = Number.isFinite(y) && (!log || y > 0) ? y : null;
      });
      return r;
    }
  }, [runs, shown, log, floor]);

  const keys = (runs ?? []).map((_, k) => `r${k}`);
  return (
    <div className="d-race-chart">
      <div className="d-chart-header">
        <h3>{t(log ? 'race.gapByStep' : 'race.fByStep')}</h3>
        <label className="d-toggle">
          <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} />
          {t('common.logScale')}
        </label>
      </div>
      <div className="d-chart" role="img" aria-label={t('race.chart')}>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={rows} {...CHART}>
            <XAxis
              dataKey="step"
              type="number"
              domain={[0, Math.max(1, shown)]}
              ticks={niceTicks(0, Math.max(1, shown), 6, true)}
              interval={0}
              tick={STEP_TICK}
            />
            <YAxis
              {...yAxisProps(yAxisTicks(log, rows, keys), formatTick, tickPx, 52)}
              interval={0}
              tick={VALUE_TICK}
            />
            <Tooltip
              formatter={(v) => formatValue(Number(v))}
              labelFormatter={(l) => t('chart.step', { step: String(l) })}
            />
            {settings.racers.map((o, k) => (
              <Line
                key={k}
                name={t('race.lineName', {
                  optimizer: t.label(
                    'optimizer',
                    o.name,
                    OPTIMIZER_CHOICES.find((c) => c.name === o.name)?.label ?? o.name,
                  ),
                  lr: formatValue(o.lr),
                })}
                dataKey={`r${k}`}
                stroke={chartColor(k)}
                strokeWidth={1.75}
                dot={false}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
