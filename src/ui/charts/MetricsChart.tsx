// Training curves: loss (training and validation) and, for classification, accuracy, one
// point per epoch; below them the noisy minibatch loss of every step, which shows how much
// each update jumps around the epoch trend. The epoch charts are EpochChart's, which
// compare's are too. Series never animate: a new point arrives several times a second and
// a tween would always lag behind it.
import { memo, useMemo, useState } from 'react';
import type { EpochPoint } from '../../spec/protocol/training';
import { useSampled } from '../../store/sampled';
import { useStore, type State } from '../../store/store';
import { epochsCsv, stepsCsv } from '../files/csv';
import { CsvButton } from '../files/DownloadButtons';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';
import { axisWidth, useTickPx } from './axisWidth';
import { ChartTable } from './ChartTable';
import { countAxis, valueAxis } from './axes';
import type { Plot } from './drawLines';
import { EpochChart } from './EpochChart';
import { TRAINING, VALIDATION, type EpochLine } from './epochLook';
import { formatPercent, formatTick, formatValue, plottable } from './format';
import { LineCanvas } from './LineCanvas';

const STEP_LINE = '#777';

/**
 * The curves redraw twice a second: the eye follows a curve no faster, and each redraw is
 * work the training's own views (the picture, the diagram) could use. The progress line
 * above keeps the exact numbers current.
 */
const CHART_MS = 500;
const selectEpochs = (s: State) => s.epochs;
const selectSteps = (s: State) => s.steps;

/** The two charts by epoch: what each plots and how its last numbers read. */
const PARTS = {
  loss: {
    title: 'metrics.loss',
    label: 'metrics.lossByEpoch',
    keys: ['loss', 'valLoss'],
    height: 200,
    png: { fileName: 'descent-loss.png' },
    format: formatValue,
    phase: 0,
  },
  accuracy: {
    title: 'metrics.accuracy',
    label: 'metrics.accuracyByEpoch',
    keys: ['accuracy', 'valAccuracy'],
    height: 180,
    png: { fileName: 'descent-accuracy.png' },
    format: formatPercent,
    phase: 150,
  },
} as const satisfies Record<
  string,
  {
    title: MessageKey;
    label: MessageKey;
    keys: readonly [keyof EpochPoint, keyof EpochPoint];
    height: number;
    png: { fileName: string };
    format: (v: number) => string;
    /** When it redraws after a change, in ms (see useSampled): never with the other charts. */
    phase: number;
  }
>;
/** The minibatch chart redraws after the two charts by epoch. */
const STEP_PHASE = 300;

export function MetricsChart() {
  const t = useT();
  // The charts are mounted as soon as there is data to train on: their first render is
  // their costliest, better before training than in its first steps.
  const started = useStore((s) => s.data !== null || s.epochs.length > 0 || s.steps.length > 0);
  // One toggle for the loss by epoch and the minibatch loss below it.
  const [log, setLog] = useState(false);
  if (!started) return <p className="d-placeholder">{t('metrics.empty')}</p>;
  // The epoch charts and the minibatch chart each follow their own part of the store: a new
  // step loss (several a second) does not redraw the epoch charts, nor an epoch the steps.
  return (
    <div className="d-metrics">
      <EpochCharts log={log} setLog={setLog} part="loss" />
      <StepChart log={log} />
      <EpochCharts log={log} setLog={setLog} part="accuracy" />
    </div>
  );
}

interface EpochChartsProps {
  log: boolean;
  setLog: (on: boolean) => void;
  part: 'loss' | 'accuracy';
}

/** Loss (with the log toggle) or accuracy by epoch, with the last epoch's numbers below. */
const EpochCharts = memo(function EpochCharts({ log, setLog, part }: EpochChartsProps) {
  const t = useT();
  const epochs = useSampled(selectEpochs, CHART_MS, PARTS[part].phase);
  // A run that diverged or failed before its first epoch's end has no epoch to wait for.
  const stoppedAt = useStore((s) =>
    s.run.status === 'diverged' || s.run.status === 'failed' ? s.run.step : null,
  );
  const classes = useStore((s) => s.data?.task === 'classification');
  // Before the first epoch, whether there will be validation is the data's to say.
  const validationPart = useStore((s) => (s.data?.validationCount ?? 0) > 0);
  const hasValidation = epochs.length > 0 ? epochs.some((e) => e.valLoss !== null) : validationPart;
  const lines = useMemo(() => {
    const [training, validation] = PARTS[part].keys;
    const both: EpochLine[] = [
      { key: training, name: t('common.training'), color: TRAINING, part: 'training' },
    ];
    if (hasValidation) {
      both.push({
        key: validation,
        name: t('common.validation'),
        color: VALIDATION,
        part: 'validation',
      });
    }
    return both;
  }, [part, hasValidation, t]);
  const toggle = useMemo(() => ({ on: log, set: setLog }), [log, setLog]);
  const stepped = useStore((s) => s.run.step > 0);
  // Before the first epoch: not started yet, under way, or a run that stopped before it.
  const waiting = (
    <p className="d-placeholder">
      {stoppedAt !== null
        ? t('metrics.noEpoch', { step: stoppedAt })
        : t(stepped ? 'metrics.firstEpoch' : 'metrics.empty')}
    </p>
  );
  const last: EpochPoint | undefined = epochs[epochs.length - 1];
  // Mounted from the start for classes (see EpochChart's `empty`), else once an epoch has one.
  if (part === 'accuracy' && !classes && !epochs.some((e) => e.accuracy !== null)) return null;
  const { title, label, keys, height, png, format } = PARTS[part];
  const [trained, validated] = last === undefined ? [null, null] : [last[keys[0]], last[keys[1]]];
  return (
    <>
      <EpochChart
        title={t(title)}
        label={t(label)}
        metric={part}
        frame="run"
        rows={epochs}
        lines={lines}
        height={height}
        log={part === 'loss' ? toggle : undefined}
        png={png}
        csv={part === 'loss' ? <EpochsCsv /> : undefined}
        empty={waiting}
      />
      {last && trained !== null && (
        <p className="d-readout">
          {t(validated === null ? 'metrics.readout' : 'metrics.readoutValidation', {
            epoch: last.epoch,
            training: format(trained),
            validation: validated === null ? '' : format(validated),
          })}
        </p>
      )}
    </>
  );
});

/** The noisy minibatch loss of every step the store keeps (a pixel column keeps four at most). */
const StepChart = memo(function StepChart({ log }: { log: boolean }) {
  const t = useT();
  const tickPx = useTickPx();
  const steps = useSampled(selectSteps, CHART_MS, STEP_PHASE);
  const name = t('metrics.minibatchSeries');
  const plot = useMemo((): Plot => {
    const xs = new Float64Array(steps.length);
    const ys = new Float64Array(steps.length);
    steps.forEach(([step, loss], i) => {
      xs[i] = step;
      ys[i] = plottable(loss, log) ?? NaN;
    });
    // The minibatch chart is short: fewer labels.
    const y = valueAxis([ys], log, 3, formatTick);
    const line = { name, color: STEP_LINE, alpha: 0.55, width: 1, ys };
    return { xs, lines: [line], x: countAxis(xs, 6, String), y };
  }, [steps, log, name]);
  const width = useMemo(() => axisWidth(plot.y.ticks.map(formatTick), tickPx, 48), [plot, tickPx]);
  const tip = useMemo(
    () => ({ label: (x: number) => t('chart.step', { step: String(x) }), value: formatValue }),
    [t],
  );
  const label = t('metrics.minibatchByStep');
  return (
    <>
      <div className="d-chart-header">
        <h4 className="d-chart-subtitle">{t('metrics.minibatch')}</h4>
        <StepsCsv />
      </div>
      <div className="d-chart-frame">
        <div className="d-chart d-chart-small" role="img" aria-label={label}>
          <LineCanvas plot={plot} height={110} axisWidth={width} tip={tip} />
        </div>
        <ChartTable
          caption={t('chart.numbers', { chart: label })}
          xName={t('chart.stepColumn')}
          plot={plot}
          value={formatValue}
        />
      </div>
    </>
  );
});

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

/** The step losses the page keeps (a long run's are thinned evenly by the store). */
function StepsCsv() {
  const t = useT();
  const steps = useStore(selectSteps);
  if (steps.length === 0) return null;
  return (
    <CsvButton what={t('export.steps')} fileName="descent-steps.csv" csv={() => stepsCsv(steps)} />
  );
}
