// The trials as a sortable table (click a column's heading), the best one marked, and what
// to do with it: look closer, use it on the playground, or check it once on the test part.
import { useMemo, useState } from 'react';
import { OPTIMIZER_CHOICES } from '../../store/catalog';
import { applyBest, evaluateBest, narrowRanges } from '../../store/search';
import { goodness, LIST_PARAMETERS, type ListParameter, type Trial } from '../../store/searchState';
import { useSampled } from '../../store/sampled';
import type { State } from '../../store/store';
import { formatPercent, formatSeconds, formatValue } from '../charts/format';
import { STATUS } from '../compare/CompareTable';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { LIST_LABELS, PARAMETER_LABELS } from './searchFields';

const TABLE_MS = 250;
const selectSearch = (s: State) => s.search;

type Column =
  | 'trial'
  | 'lr'
  | 'weightDecay'
  | 'momentum'
  | 'dropout'
  | ListParameter
  | 'optimizer'
  | 'score'
  | 'time';

const LABELS: Record<Column, MessageKey> = {
  trial: 'search.col.trial',
  ...PARAMETER_LABELS,
  ...LIST_LABELS,
  optimizer: 'optim.optimizer',
  score: 'search.col.score',
  time: 'common.time',
};

/** A trial's score for sorting: one without any sorts last. */
function rank(t: Trial): number {
  return goodness(t) ?? -Infinity;
}

function cell(t: Trial, index: number, c: Column): string | number {
  switch (c) {
    case 'trial':
      return index + 1;
    case 'score':
      return rank(t);
    case 'time':
      return t.summary?.seconds ?? Infinity;
    case 'optimizer':
      return t.params.optimizer?.name ?? '';
    default:
      return t.params[c] ?? NaN;
  }
}

export function SearchResults() {
  const t = useT();
  const search = useSampled(selectSearch, TABLE_MS);
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'score',
    descending: true,
  });
  const { trials, best, test, testing, spec } = search;
  const columns = useMemo(() => {
    const used = (
      ['lr', 'weightDecay', 'momentum', 'dropout', ...LIST_PARAMETERS, 'optimizer'] as const
    ).filter((c) => trials.some((t) => t.params[c] !== undefined));
    return ['trial', ...used, 'score', 'time'] as Column[];
  }, [trials]);
  const order = useMemo(() => {
    const indices = trials.map((_, i) => i);
    const key = (i: number) => cell(trials[i], i, sort.column);
    indices.sort((a, b) => {
      const x = key(a),
        y = key(b);
      const c = typeof x === 'string' ? x.localeCompare(String(y)) : (x as number) - (y as number);
      return (sort.descending ? -c : c) || a - b;
    });
    return indices;
  }, [trials, sort]);
  if (trials.length === 0) return null;

  const bestTrial = best === null ? null : trials[best.index];
  return (
    <div className="d-search-results">
      <div className="d-row d-wrap">
        <button type="button" onClick={narrowRanges} disabled={best === null}>
          {t('search.narrow')}
        </button>
        <button type="button" onClick={applyBest} disabled={best === null}>
          {t('search.apply')}
        </button>
        <button
          type="button"
          onClick={() => void evaluateBest()}
          disabled={best === null || test !== null || testing || spec?.test === 0}
        >
          {t('search.evaluate')}
        </button>
      </div>
      {bestTrial !== null && (
        <p className="d-readout">
          {t('search.best', { n: best!.index + 1, score: scoreText(t, bestTrial) })}
        </p>
      )}
      {test !== null && (
        <p className="d-alert" role="status">
          {t(test.accuracy === null ? 'search.testResultLoss' : 'search.testResult', {
            samples: test.samples,
            accuracy: test.accuracy === null ? '' : formatPercent(test.accuracy),
            loss: formatValue(test.loss),
          })}{' '}
          {t('search.testUsed')}
        </p>
      )}
      {spec !== null && spec.test === 0 && <p className="d-note">{t('search.noTest')}</p>}
      <table className="d-table d-sortable">
        <caption>{t('search.trialsTable')}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c}
                scope="col"
                aria-sort={
                  sort.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none'
                }
              >
                <button
                  type="button"
                  className="d-link"
                  onClick={() =>
                    setSort((s) => ({
                      column: c,
                      descending: s.column === c ? !s.descending : c === 'score',
                    }))
                  }
                >
                  {t(LABELS[c])}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((i) => (
            <tr key={i} className={best?.index === i ? 'd-best' : undefined}>
              {columns.map((c) =>
                c === 'score' ? (
                  <ScoreCell key={c} t={t} trial={trials[i]} index={i} />
                ) : (
                  <td key={c}>{display(t, trials[i], i, c)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The score, and why the trial failed, diverged or stopped early (as the compare's table). */
function ScoreCell({ t, trial, index }: { t: Translator; trial: Trial; index: number }) {
  const message = trial.message && t(trial.message.key as MessageKey, trial.message.vars);
  return (
    <td title={message ?? undefined}>
      {display(t, trial, index, 'score')}
      {message !== null && trial.status !== 'finished' && (
        <span className="d-sr-only">: {message}</span>
      )}
    </td>
  );
}

function scoreText(t: Translator, trial: Trial): string {
  const best = trial.summary?.best;
  if (trial.summary?.diverged) return t('status.diverged');
  if (!best) return trial.status === 'failed' ? t('status.failed') : '…';
  return best.metric === 'valAccuracy'
    ? formatPercent(best.value)
    : t('compare.lossValue', { value: formatValue(best.value) });
}

function display(t: Translator, trial: Trial, index: number, c: Column): string {
  switch (c) {
    case 'trial':
      return String(index + 1);
    case 'score':
      return trial.summary === null && trial.status !== 'failed'
        ? trial.status === 'queued'
          ? t(STATUS.queued)
          : '…'
        : scoreText(t, trial);
    case 'time':
      return trial.summary ? formatSeconds(trial.summary.seconds) : '';
    case 'optimizer': {
      const choice = OPTIMIZER_CHOICES.find((o) => o.name === trial.params.optimizer?.name);
      return choice === undefined ? '' : t.label('optimizer', choice.name, choice.label);
    }
    default: {
      const v = trial.params[c];
      return v === undefined ? '' : formatValue(v);
    }
  }
}
