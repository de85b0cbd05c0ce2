// The trials as a sortable table (click a column's heading), the best one marked, and what
// to do with it: look closer, use it on the playground, or check it once on the test part.
import { useMemo, useState } from 'react';
import { OPTIMIZER_CHOICES } from '../../store/catalog';
import { applyBest, evaluateBest, narrowRanges } from '../../store/search';
import type { Trial } from '../../store/searchState';
import { useSampled } from '../../store/sampled';
import type { State } from '../../store/store';
import { formatPercent, formatSeconds, formatValue } from '../charts/format';
import { PARAMETER_LABELS } from './SearchSetup';

const TABLE_MS = 250;
const selectSearch = (s: State) => s.search;

type Column =
  | 'trial'
  | 'lr'
  | 'weightDecay'
  | 'momentum'
  | 'dropout'
  | 'batchSize'
  | 'optimizer'
  | 'score'
  | 'time';

const LABELS: Record<Column, string> = {
  trial: 'Trial',
  ...PARAMETER_LABELS,
  batchSize: 'Batch size',
  optimizer: 'Optimizer',
  score: 'Validation score',
  time: 'Time',
};

/** A trial's score where higher is better (a loss counts negatively), for sorting. */
function rank(t: Trial): number {
  const best = t.summary?.best;
  if (!best || t.summary?.diverged) return -Infinity;
  return best.metric === 'valAccuracy' ? best.value : -best.value;
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
  const search = useSampled(selectSearch, TABLE_MS);
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'score',
    descending: true,
  });
  const { trials, best, test, testing, spec } = search;
  const columns = useMemo(() => {
    const used = (
      ['lr', 'weightDecay', 'momentum', 'dropout', 'batchSize', 'optimizer'] as const
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
          Narrow the ranges around the best
        </button>
        <button type="button" onClick={applyBest} disabled={best === null}>
          Apply the best to the playground
        </button>
        <button
          type="button"
          onClick={() => void evaluateBest()}
          disabled={best === null || test !== null || testing || spec?.test === 0}
        >
          Evaluate the best on the test set
        </button>
      </div>
      {bestTrial !== null && (
        <p className="d-readout">
          Best: trial {best!.index + 1}, validation {scoreText(bestTrial)}.
        </p>
      )}
      {test !== null && (
        <p className="d-alert" role="status">
          Test set ({test.samples} samples, never seen during the search):{' '}
          {test.accuracy !== null ? `accuracy ${formatPercent(test.accuracy)}, ` : ''}loss{' '}
          {formatValue(test.loss)}. It has now been used: choosing again by this number would make
          it a second validation set, and it would no longer say how the network does on new data.
        </p>
      )}
      {spec !== null && spec.test === 0 && (
        <p className="d-note">This search kept no test part (test fraction 0).</p>
      )}
      <table className="d-table d-sortable">
        <caption>Trials</caption>
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
                  {LABELS[c]}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((i) => {
            const t = trials[i];
            return (
              <tr key={i} className={best?.index === i ? 'd-best' : undefined}>
                {columns.map((c) => (
                  <td key={c}>{display(t, i, c)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function scoreText(t: Trial): string {
  const best = t.summary?.best;
  if (t.summary?.diverged) return 'diverged';
  if (!best) return t.status === 'failed' ? 'failed' : '…';
  return best.metric === 'valAccuracy'
    ? formatPercent(best.value)
    : `loss ${formatValue(best.value)}`;
}

function display(t: Trial, index: number, c: Column): string {
  switch (c) {
    case 'trial':
      return String(index + 1);
    case 'score':
      return t.summary === null && t.status !== 'failed'
        ? t.status === 'queued'
          ? 'waiting'
          : '…'
        : scoreText(t);
    case 'time':
      return t.summary ? formatSeconds(t.summary.seconds) : '';
    case 'optimizer': {
      const name = t.params.optimizer?.name;
      return OPTIMIZER_CHOICES.find((o) => o.name === name)?.label ?? '';
    }
    default: {
      const v = t.params[c];
      return v === undefined ? '' : formatValue(v);
    }
  }
}
