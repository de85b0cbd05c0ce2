// Every run's curves on the playground's chart of epochs (EpochChart), a colour per run:
// training loss dashed, validation solid; the legend's buttons hide and show runs.
// Redrawn twice a second while runs stream.
import { useMemo, useState } from 'react';
import type { CompareRun } from '../../store/compareState';
import { useSampled } from '../../store/sampled';
import { toggleRun } from '../../store/compare';
import { useStore, type State } from '../../store/store';
import { classColor } from '../boundary/palette';
import { EpochChart, type EpochLine } from '../charts/EpochChart';
import { runsCsv } from '../files/csv';
import { CsvButton } from '../files/DownloadButtons';
import { useT } from '../i18n/useT';
import { settingText } from './settingText';

const CHART_MS = 500;
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
  const rows = useMemo(() => mergeEpochs(runs), [runs]);
  const hasValidation = runs.some((r) => r.epochs.some((e) => e.valLoss !== null));
  const hasAccuracy = runs.some((r) => r.epochs.some((e) => e.accuracy !== null));
  if (runs.length === 0) return <p className="d-placeholder">{t('compare.empty')}</p>;
  // The runs' names and colours are buttons on the page: a picture names them below.
  const names = runs.map((r) => settingText(t, r.setting));
  const shown = runs.flatMap((_, k) => (hidden.includes(k) ? [] : [k]));
  const legend = shown.map((k) => ({ label: names[k], color: runColor(k) }));
  const key = hasValidation ? ` ${t('compare.lineKey')}` : '';

  const lines = (metric: 'loss' | 'acc'): EpochLine[] =>
    shown.flatMap((k): EpochLine[] => [
      {
        key: `${metric}T${k}`,
        name: t('compare.lineTraining', { run: names[k] }),
        color: runColor(k),
        part: 'training',
      },
      ...(hasValidation
        ? [
            {
              key: `${metric}V${k}`,
              name: t('compare.lineValidation', { run: names[k] }),
              color: runColor(k),
              part: 'validation' as const,
            },
          ]
        : []),
    ]);

  return (
    <div className="d-compare-charts">
      <RunLegend runs={runs} hidden={hidden} />
      <EpochChart
        title={
          <>
            {t('metrics.loss')} {hasValidation && <small>{t('compare.lineKey')}</small>}
          </>
        }
        label={t('compare.lossChart')}
        metric="loss"
        frame="runs"
        rows={rows}
        lines={lines('loss')}
        height={240}
        log={{ on: log, set: setLog }}
        png={{
          fileName: 'descent-compare-loss.png',
          title: t('compare.lossChart') + key,
          legend,
        }}
        csv={<RunsCsv />}
      />
      {hasAccuracy && (
        <EpochChart
          title={t('metrics.accuracy')}
          label={t('compare.accuracyChart')}
          metric="accuracy"
          frame="runs"
          rows={rows}
          lines={lines('acc')}
          height={200}
          png={{
            fileName: 'descent-compare-accuracy.png',
            title: t('compare.accuracyChart') + key,
            legend,
          }}
        />
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

type EpochRow = { epoch: number } & Record<string, number | null>;

/**
 * One row per epoch with every run's values (`lossT0` its training loss, `accV2` run 2's
 * validation accuracy), gaps where a run has no such epoch (yet). The chart draws them all.
 */
function mergeEpochs(runs: CompareRun[]): EpochRow[] {
  const rows = new Map<number, EpochRow>();
  runs.forEach((r, k) => {
    for (const e of r.epochs) {
      let row = rows.get(e.epoch);
      if (row === undefined) rows.set(e.epoch, (row = { epoch: e.epoch } as EpochRow));
      row[`lossT${k}`] = e.loss;
      row[`lossV${k}`] = e.valLoss;
      row[`accT${k}`] = e.accuracy;
      row[`accV${k}`] = e.valAccuracy;
    }
  });
  return [...rows.values()].sort((a, b) => a.epoch - b.epoch);
}
