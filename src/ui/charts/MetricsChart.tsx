// Training curves: loss (training and validation) and, for classification, accuracy, one
// point per epoch; below them the noisy minibatch loss of every step, which shows how much
// each update jumps around the epoch trend. Series never animate: a new point arrives
// several times a second and a tween would always lag behind it.
import { useMemo, useRef, useState } from 'react';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochPoint } from '../../spec/protocol/training';
import { thin } from '../../spec/thin';
import { useSampled } from '../../store/sampled';
import { useStore, type State } from '../../store/store';
import { epochsCsv, stepsCsv } from '../files/csv';
import { CsvButton, PngButton } from '../files/DownloadButtons';
import { useT } from '../i18n/useT';
import { CHART, EpochChart } from './EpochChart';
import { plainTick } from './PlainTick';
import { formatPercent, formatTick, formatValue, niceTicks, yAxisTicks } from './format';

const STEP_LINE = '#777';
const STEP_TICK = plainTick(String, 'x');
const VALUE_TICK = plainTick(formatTick, 'y');
/** Epochs drawn at most, for the same reason (recharts measures each line's length per update). */
const EPOCH_POINTS = 200;
/** Steps drawn at most: more than the chart's pixel width only costs SVG time. */
const STEP_POINTS = 150;

/** A value the axis can draw: finite, and positive on a log axis (else a gap). */
function plottable(v: number | null, log: boolean): number | null {
  if (v === null || !Number.isFinite(v) || (log && v <= 0)) return null;
  return v;
}

/**
 * The curves redraw twice a second: recharts measures every line's length on each render,
 * and redrawing them as fast as the snapshots arrive costs the page its frame rate. The
 * progress line above keeps the exact numbers current.
 */
const CHART_MS = 500;
const selectEpochs = (s: State) => s.epochs;
const selectSteps = (s: State) => s.steps;

/** Whole percents on the axis, so 100% fits the axis width. */
const percentTick = (v: number) => `${Math.round(v * 100)}%`;
const tooltipValue = (v: unknown) => formatValue(Number(v));

export function MetricsChart() {
  const t = useT();
  const epochs = useSampled(selectEpochs, CHART_MS);
  const steps = useSampled(selectSteps, CHART_MS);
  // A run that diverged or failed before its first epoch's end has no epoch to wait for.
  const stoppedAt = useStore((s) =>
    s.run.status === 'diverged' || s.run.status === 'failed' ? s.run.step : null,
  );
  const [log, setLog] = useState(false);
  const lossChart = useRef<HTMLDivElement>(null);
  const accuracyChart = useRef<HTMLDivElement>(null);

  const lossRows = useMemo(
    () =>
      thin(epochs, EPOCH_POINTS).map((e) => ({
        epoch: e.epoch,
        loss: plottable(e.loss, log),
        valLoss: plottable(e.valLoss, log),
      })),
    [epochs, log],
  );
  const accuracyRows = useMemo(() => thin(epochs, EPOCH_POINTS), [epochs]);
  const stepRows = useMemo(
    () => thin(steps, STEP_POINTS).map(([step, loss]) => ({ step, loss: plottable(loss, log) })),
    [steps, log],
  );

  if (epochs.length === 0 && steps.length === 0) {
    return <p className="d-placeholder">{t('metrics.empty')}</p>;
  }
  const hasValidation = epochs.some((e) => e.valLoss !== null);
  const hasAccuracy = epochs.some((e) => e.accuracy !== null);
  const last: EpochPoint | undefined = epochs[epochs.length - 1];
  const lossAxis = yAxisTicks(log, lossRows, ['loss', 'valLoss']);
  // The minibatch chart is short: fewer labels.
  const stepAxis = yAxisTicks(log, stepRows, ['loss'], 3);
  const span: [number, number] = [epochs[0]?.epoch ?? 0, last?.epoch ?? 0];

  return (
    <div className="d-metrics">
      <div className="d-chart-header">
        <h3>{t('metrics.loss')}</h3>
        <div className="d-chart-tools">
          <label className="d-toggle">
            <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} />
            {t('common.logScale')}
          </label>
          {epochs.length > 0 && (
            <PngButton
              target={() => lossChart.current}
              title={t('metrics.lossByEpoch')}
              fileName="descent-loss.png"
            />
          )}
          <EpochsCsv />
        </div>
      </div>
      {epochs.length === 0 ? (
        <p className="d-placeholder">
          {stoppedAt === null ? t('metrics.firstEpoch') : t('metrics.noEpoch', { step: stoppedAt })}
        </p>
      ) : (
        <EpochChart
          label={t('metrics.lossByEpoch')}
          chartRef={lossChart}
          rows={lossRows}
          span={span}
          height={200}
          train="loss"
          validation={hasValidation ? 'valLoss' : null}
          {...lossAxis}
          tick={formatTick}
          value={formatValue}
        />
      )}
      {last && (
        <p className="d-readout">
          {t(last.valLoss === null ? 'metrics.readout' : 'metrics.readoutValidation', {
            epoch: last.epoch,
            training: formatValue(last.loss),
            validation: last.valLoss === null ? '' : formatValue(last.valLoss),
          })}
        </p>
      )}

      <div className="d-chart-header">
        <h4 className="d-chart-subtitle">{t('metrics.minibatch')}</h4>
        <StepsCsv />
      </div>
      <div className="d-chart d-chart-small" role="img" aria-label={t('metrics.minibatchByStep')}>
        <ResponsiveContainer width="100%" height={110}>
          <LineChart data={stepRows} {...CHART}>
            <XAxis
              dataKey="step"
              type="number"
              domain={['dataMin', 'dataMax']}
              ticks={niceTicks(stepRows[0]?.step ?? 0, stepRows.at(-1)?.step ?? 0, 6, true)}
              interval={0}
              tick={STEP_TICK}
            />
            <YAxis {...stepAxis} width={48} interval={0} tick={VALUE_TICK} />
            <Tooltip
              formatter={tooltipValue}
              labelFormatter={(l) => t('chart.step', { step: String(l) })}
            />
            <Line
              name={t('metrics.minibatchSeries')}
              dataKey="loss"
              stroke={STEP_LINE}
              strokeOpacity={0.55}
              strokeWidth={1}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>

      {hasAccuracy && (
        <>
          <div className="d-chart-header">
            <h3>{t('metrics.accuracy')}</h3>
            <PngButton
              target={() => accuracyChart.current}
              title={t('metrics.accuracyByEpoch')}
              fileName="descent-accuracy.png"
            />
          </div>
          <EpochChart
            label={t('metrics.accuracyByEpoch')}
            chartRef={accuracyChart}
            rows={accuracyRows}
            span={span}
            height={180}
            train="accuracy"
            validation={hasValidation ? 'valAccuracy' : null}
            domain={[0, 1]}
            tick={percentTick}
            value={formatPercent}
          />
          {last?.accuracy != null && (
            <p className="d-readout">
              {t(last.valAccuracy === null ? 'metrics.readout' : 'metrics.readoutValidation', {
                epoch: last.epoch,
                training: formatPercent(last.accuracy),
                validation: last.valAccuracy === null ? '' : formatPercent(last.valAccuracy),
              })}
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** Every epoch's numbers, exactly as the store holds them (the chart draws a sample). */
function EpochsCsv() {
  const t = useT();
  const epochs = useStore(selectEpochs);
  if (epochs.length === 0) return null;
  return (
    <CsvButton
      what={t('export.epochs')}
      fileName="descent-epochs.csv"
      csv={() => epochsCsv(epochs)}
    />
  );
}

/** The step losses the page keeps (a long run's are thinned evenly, as the chart's are). */
function StepsCsv() {
  const t = useT();
  const steps = useStore(selectSteps);
  if (steps.length === 0) return null;
  return (
    <CsvButton what={t('export.steps')} fileName="descent-steps.csv" csv={() => stepsCsv(steps)} />
  );
}
