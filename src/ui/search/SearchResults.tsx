// The trials as a sortable table (click a column's heading), the best one marked, and what
// to do with it: look closer, use it on the playground, or check it once on the test part.
// The table scrolls in a box of its own (wide with many settings, long with many trials)
// and draws only the rows in view, so its cost stays that of a screenful.
import { useId, useMemo, useState } from 'react';
import { applyBest, evaluateBest, narrowRanges } from '../../store/search';
import type { Trial } from '../../store/searchState';
import { useSampled } from '../../store/sampled';
import type { State } from '../../store/store';
import { formatPercent, formatValue } from '../charts/format';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import {
  cellText,
  COLUMN_LABELS,
  scoreText,
  sortTrials,
  usedColumns,
  type Column,
} from './trialCells';
import { useVisibleRows } from './useVisibleRows';

const TABLE_MS = 250;
const selectSearch = (s: State) => s.search;

export function SearchResults() {
  const t = useT();
  const search = useSampled(selectSearch, TABLE_MS);
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'score',
    descending: true,
  });
  const { trials, best, test, testing, spec } = search;
  const columns = useMemo(() => usedColumns(trials), [trials]);
  const order = useMemo(() => sortTrials(trials, sort.column, sort.descending), [trials, sort]);
  const { first, end, rowHeight, box, body, onScroll } = useVisibleRows(trials.length);
  const captionId = useId();
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
      <div
        ref={box}
        className="d-table-box"
        role="region"
        aria-labelledby={captionId}
        // The box scrolls: from the keyboard too.
        tabIndex={0}
        onScroll={onScroll}
      >
        <table className="d-table d-sortable" aria-rowcount={trials.length + 1}>
          <caption id={captionId}>{t('search.trialsTable')}</caption>
          <thead>
            <tr aria-rowindex={1}>
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
                    {t(COLUMN_LABELS[c])}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            <Spacer rows={first} height={rowHeight} columns={columns.length} />
            {order.slice(first, end).map((i, n) => (
              <tr
                key={i}
                aria-rowindex={first + n + 2}
                className={best?.index === i ? 'd-best' : undefined}
              >
                {columns.map((c) =>
                  c === 'score' ? (
                    <ScoreCell key={c} t={t} trial={trials[i]} index={i} />
                  ) : (
                    <td key={c}>{cellText(t, trials[i], i, c)}</td>
                  ),
                )}
              </tr>
            ))}
            <Spacer rows={trials.length - end} height={rowHeight} columns={columns.length} />
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The height of the rows not drawn, above or below those in view. */
function Spacer({ rows, height, columns }: { rows: number; height: number; columns: number }) {
  if (rows <= 0) return null;
  return (
    <tr className="d-table-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height: rows * height }} />
    </tr>
  );
}

/** The score, and why the trial failed, diverged or stopped early (as the compare's table). */
function ScoreCell({ t, trial, index }: { t: Translator; trial: Trial; index: number }) {
  const message = trial.message && t(trial.message.key as MessageKey, trial.message.vars);
  return (
    <td title={message ?? undefined}>
      {cellText(t, trial, index, 'score')}
      {message !== null && trial.status !== 'finished' && (
        <span className="d-sr-only">: {message}</span>
      )}
    </td>
  );
}
