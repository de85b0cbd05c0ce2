// One row per run: where it ended, its best validation figure and when, how long it took,
// and a button that opens it in the playground.
import type { RunStatus } from '../../spec/protocol/runStatus';
import { openInPlayground } from '../../store/compare';
import { useSampled } from '../../store/sampled';
import type { State } from '../../store/store';
import { formatPercent, formatSeconds, formatValue } from '../charts/format';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { tagsText } from '../coach/words';
import { runColor } from './CompareCharts';
import { settingText } from './settingText';

const TABLE_MS = 250;
const selectRuns = (s: State) => s.compare.runs;

/** A run's status as the table says it; the search's table says it the same way. */
export const STATUS: Record<RunStatus, MessageKey> = {
  idle: 'status.idle',
  queued: 'status.queued',
  paused: 'status.paused',
  running: 'status.running',
  finished: 'status.finished',
  diverged: 'status.diverged',
  cancelled: 'status.cancelled',
  failed: 'status.failed',
};

export function CompareTable() {
  const t = useT();
  const runs = useSampled(selectRuns, TABLE_MS);
  if (runs.length === 0) return null;
  return (
    <table className="d-table">
      <caption>{t('compare.summary')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.col.run')}</th>
          <th scope="col">{t('compare.col.status')}</th>
          <th scope="col">{t('compare.col.epochs')}</th>
          <th scope="col">{t('compare.col.final')}</th>
          <th scope="col">{t('compare.col.best')}</th>
          <th scope="col">{t('compare.col.bestEpoch')}</th>
          <th scope="col">{t('coach.column')}</th>
          <th scope="col">{t('common.time')}</th>
          <th scope="col">{t('compare.col.playground')}</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r, k) => {
          const last = r.epochs.at(-1);
          const best = r.summary?.best ?? null;
          // Why it failed, diverged or stopped early, in the page's language.
          const message = r.message && t(r.message.key as MessageKey, r.message.vars);
          return (
            <tr key={k}>
              <th scope="row">
                <span className="d-legend-swatch" style={{ background: runColor(k) }} />{' '}
                {settingText(t, r.setting)}
              </th>
              <td title={message ?? undefined}>
                {t(STATUS[r.status])}
                {message !== null && r.status !== 'finished' && (
                  <span className="d-sr-only">: {message}</span>
                )}
              </td>
              <td>{last?.epoch ?? 0}</td>
              <td>{last ? finalText(t, last.valAccuracy, last.valLoss) : '–'}</td>
              <td>{best ? bestText(t, best.metric, best.value) : '–'}</td>
              <td>{best?.epoch ?? '–'}</td>
              <td>{tagsText(t, r.diagnoses)}</td>
              <td>{r.summary ? formatSeconds(r.summary.seconds) : '–'}</td>
              <td>
                <button
                  type="button"
                  className="d-link-button"
                  aria-label={t('compare.openRun', { run: settingText(t, r.setting) })}
                  onClick={() => openInPlayground(k)}
                >
                  {t('compare.open')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function finalText(t: Translator, accuracy: number | null, loss: number | null): string {
  if (accuracy !== null) return formatPercent(accuracy);
  return loss !== null ? t('compare.lossValue', { value: formatValue(loss) }) : '–';
}

function bestText(t: Translator, metric: string, value: number): string {
  if (metric === 'valAccuracy') return formatPercent(value);
  return t(metric === 'valLoss' ? 'compare.lossValue' : 'compare.trainingLossValue', {
    value: formatValue(value),
  });
}
