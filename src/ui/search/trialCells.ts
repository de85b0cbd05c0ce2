// What the trials table shows of a trial, column by column: the value it sorts by and the
// text it shows, and a trial's score in words (the table's, the best's and the scatter's).
import { OPTIMIZER_CHOICES } from '../../store/catalog';
import { goodness, LIST_PARAMETERS, type ListParameter, type Trial } from '../../store/searchState';
import { formatPercent, formatSeconds, formatValue } from '../charts/format';
import { STATUS } from '../compare/CompareTable';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';
import { LIST_LABELS, PARAMETER_LABELS } from './searchFields';
import { tagsText } from '../coach/words';

export type Column =
  | 'trial'
  | 'lr'
  | 'weightDecay'
  | 'momentum'
  | 'dropout'
  | ListParameter
  | 'optimizer'
  | 'score'
  | 'coach'
  | 'time';

export const COLUMN_LABELS: Record<Column, MessageKey> = {
  trial: 'search.col.trial',
  ...PARAMETER_LABELS,
  ...LIST_LABELS,
  optimizer: 'optim.optimizer',
  score: 'search.col.score',
  coach: 'coach.column',
  time: 'common.time',
};

/** The settings the trials vary, as columns between the trial's number and its score. */
export function usedColumns(trials: readonly Trial[]): Column[] {
  // Any trial's: momentum is left out of those whose optimizer has none.
  const used = (
    ['lr', 'weightDecay', 'momentum', 'dropout', ...LIST_PARAMETERS, 'optimizer'] as const
  ).filter((c) => trials.some((t) => t.params[c] !== undefined));
  return ['trial', ...used, 'score', 'coach', 'time'];
}

/** A trial's value for sorting by column `c`: one without a score sorts last. */
export function sortValue(t: Trial, index: number, c: Column): string | number {
  switch (c) {
    case 'trial':
      return index + 1;
    case 'score':
      return goodness(t) ?? -Infinity;
    case 'time':
      return t.summary?.seconds ?? Infinity;
    case 'coach':
      return t.summary?.diagnoses.join(' ') ?? '';
    case 'optimizer':
      return t.params.optimizer?.name ?? '';
    default:
      return t.params[c] ?? NaN;
  }
}

/** The trials' indices ordered by column `c` (ties by trial number). */
export function sortTrials(trials: readonly Trial[], c: Column, descending: boolean): number[] {
  const keys = trials.map((t, i) => sortValue(t, i, c));
  const indices = trials.map((_, i) => i);
  indices.sort((a, b) => {
    const x = keys[a],
      y = keys[b];
    const d = typeof x === 'string' ? x.localeCompare(String(y)) : (x as number) - (y as number);
    return (descending ? -d : d) || a - b;
  });
  return indices;
}

/** The best epoch's validation score in words, or why there is none. */
export function scoreText(t: Translator, trial: Trial): string {
  const best = trial.summary?.best;
  if (trial.summary?.diverged) return t('status.diverged');
  if (!best) return trial.status === 'failed' ? t('status.failed') : '…';
  return best.metric === 'valAccuracy'
    ? formatPercent(best.value)
    : t('compare.lossValue', { value: formatValue(best.value) });
}

/** The text of trial `index`'s cell in column `c`. */
export function cellText(t: Translator, trial: Trial, index: number, c: Column): string {
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
    case 'coach':
      return trial.summary ? tagsText(t, trial.summary.diagnoses) : '';
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
