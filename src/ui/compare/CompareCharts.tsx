// Every run's curves on one chart: training loss dashed, validation solid, one colour per
// run; the legend's buttons hide and show runs. Redrawn twice a second while runs stream.
import { useMemo, useRef, useState } from 'react';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { thin } from '../../spec/thin';
import type { CompareRun } from '../../store/compareState';
import { useSampled } from '../../store/sampled';
import { toggleRun } from '../../store/compare';
import { useStore, type State } from '../../store/store';
import { classColor } from '../boundary/palette';
import { CHART } from '../charts/EpochChart';
import { formatPercent, formatTick, formatValue, niceTicks, yAxisTicks } from '../charts/format';
import { plainTick } from '../charts/PlainTick';
import { runsCsv } from '../files/csv';
import { CsvButton, PngButton } from '../files/DownloadButtons';
import { useT } from '../i18n/useT';
import { settingText } from './settingText';

const CHART_MS = 500;
const EPOCH_TICK = plainTick(String, 'x');
const VALUE_TICK = plainTick(formatTick, 'y');
const PERCENT_TICK = plainTick((v: number) => `${Math.round(v * 100)}%`, 'y');
const selectRuns = (s: State) => s.compare.runs;

export function runColor(k: number): string {
  return classColor(k);
}

export function CompareCharts() {
  const t = useT();
  const runs = useSampled(selectRuns, CHART_MS);
  // Not sampled: a click on the legend shows at once.
  const hidden = useStore((s) => s.compare.hidden);
  const [log, setLog] = useState(false);
  const lossChart = useRef<HTMLDivElement>(null);
  const accuracyChart = useRef<HTMLDivElement>(null);
  const lastEpoch = Math.max(1, ...runs.map((r) => r.epochs.at(-1)?.epoch ?? 0));
  const rows = useMemo(() => mergeEpochs(runs, log), [runs, log]);
  const hasValidation = runs.some((r) => r.epochs.some((e) => e.valLoss !== null));
  const hasAccuracy = runs.some((r) => r.epochs.some((e) => e.accuracy !== null));
  if (runs.length === 0) return <p className="d-placeholder">{t('compare.empty')}</p>;
  // The runs' names and colours are buttons on the page: a picture names them below.
  const names = runs.map((r) => settingText(t, r.setting));
  const legend = runs.flatMap((_, k) =>
    hidden.includes(k) ? [] : [{ label: names[k], color: runColor(k) }],
  );
  const key = hasValidation ? ` ${t('compare.lineKey')}` : '';
  // The shown runs' losses set the log axis's span, as they set the linear one's.
  const shownKeys = runs.flatMap((_, k) => (hidden.includes(k) ? [] : [`lossT${k}`, `lossV${k}`]));
  const lossAxis = yAxisTicks(log, rows, shownKeys);

  const lines = (metric: 'loss' | 'acc') =>
    runs.flatMap((_, k) =>
      hidden.includes(k)
        ? []
        : [
            <Line
              key={`t${k}`}
              name={t('compare.lineTraining', { run: names[k] })}
              dataKey={`${metric}T${k}`}
              stroke={runColor(k)}
              strokeDasharray="4 3"
              strokeWidth={1.5}
              dot={false}
              isAnimationActive={false}
            />,
            ...(hasValidation
              ? [
                  <Line
                    key={`v${k}`}
                    name={t('compare.lineValidation', { run: names[k] })}
                    dataKey={`${metric}V${k}`}
                    stroke={runColor(k)}
                    strokeWidth={2}
                    dot={false}
                    isAnimationActive={false}
                  />,
                ]
              : []),
          ],
    );
  const xAxis = (
    <XAxis
      dataKey="epoch"
      type="number"
      domain={[1, lastEpoch]}
      ticks={niceTicks(1, lastEpoch, 8, true)}
      interval={0}
      tick={EPOCH_TICK}
    />
  );

  return (
    <div className="d-compare-charts">
      <RunLegend runs={runs} hidden={hidden} />
      <div className="d-chart-header">
        <h3>
          {t('metrics.loss')} {hasValidation && <small>{t('compare.lineKey')}</small>}
        </h3>
        <div className="d-chart-tools">
          <label className="d-toggle">
            <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} />
            {t('common.logScale')}
          </label>
          <PngButton
            target={() => lossChart.current}
            title={t('compare.lossChart') + key}
            fileName="descent-compare-loss.png"
            legend={legend}
          />
          <RunsCsv />
        </div>
      </div>
      <div className="d-chart" role="img" aria-label={t('compare.lossChart')} ref={lossChart}>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={rows} {...CHART}>
            {xAxis}
            <YAxis {...lossAxis} width={52} interval={0} tick={VALUE_TICK} />
            <Tooltip
              formatter={(v) => formatValue(Number(v))}
              labelFormatter={(l) => t('chart.epoch', { epoch: String(l) })}
            />
            {lines('loss')}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {hasAccuracy && (
        <>
          <div className="d-chart-header">
            <h3>{t('metrics.accuracy')}</h3>
            <PngButton
              target={() => accuracyChart.current}
              title={t('compare.accuracyChart') + key}
              fileName="descent-compare-accuracy.png"
              legend={legend}
            />
          </div>
          <div
            className="d-chart"
            role="img"
            aria-label={t('compare.accuracyChart')}
            ref={accuracyChart}
          >
            <ResponsiveContainer width="100%" height={200}>
              <LineChart data={rows} {...CHART}>
                {xAxis}
                <YAxis domain={[0, 1]} width={52} interval={0} tick={PERCENT_TICK} />
                <Tooltip
                  formatter={(v) => formatPercent(Number(v))}
                  labelFormatter={(l) => t('chart.epoch', { epoch: String(l) })}
                />
                {lines('acc')}
              </LineChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </div>
  );
}

/** Every run's epochs, exactly as the store holds them. */
function RunsCsv() {
  const t = useT();
  const runs = useStore(selectRuns);
  return (
    <CsvButton what={t('export.runs')} fileName="descent-compare.csv" csv={() => runsCsv(runs)} />
  );
}

/** One button per run, in its colour: pressed while the run is shown. */
function RunLegend({ runs, hidden }: { runs: CompareRun[]; hidden: number[] }) {
  const t = useT();
  return (
    <div className="d-run-legend" role="group" aria-label={t('compare.runsShown')}>
      {runs.map((r, k) => (
        <button
          key={k}
          type="button"
          aria-pressed={!hidden.includes(k)}
          className="d-run-toggle"
          onClick={() => toggleRun(k)}
        >
          <span className="d-legend-swatch" style={{ background: runColor(k) }} />
          {settingText(t, r.setting)}
          {r.status === 'diverged' && (
            <span className="d-diverged"> {t('compare.divergedTag')}</span>
          )}
        </button>
      ))}
    </div>
  );
}

/** One row per epoch with every run's values; gaps where a run has no such epoch (yet). */
function mergeEpochs(runs: CompareRun[], log: boolean): Record<string, number | null>[] {
  const rows = new Map<number, Record<string, number | null>>();
  const ok = (v: number | null) => (v !== null && Number.isFinite(v) && (!log || v > 0) ? v : null);
  runs.forEach((r, k) => {
    for (const e of r.epochs) {
      let row = rows.get(e.epoch);
      if (row === undefined) rows.set(e.epoch, (row = { epoch: e.epoch }));
      row[`lossT${k}`] = ok(e.loss);
      row[`lossV${k}`] = ok(e.valLoss);
      row[`accT${k}`] = e.accuracy;
      row[`accV${k}`] = e.valAccuracy;
    }
  });
  // Two hundred epochs a line at most: more only costs the SVG time.
  return thin(
    [...rows.values()].sort((a, b) => a.epoch! - b.epoch!),
    200,
  );
}
