// How far the search is, and how long the rest should take at the pace so far (searchPace.ts).
import { useEffect, useState } from 'react';
import { useSampled } from '../../store/sampled';
import { timeLeft } from '../../store/searchPace';
import type { State } from '../../store/store';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';

const PROGRESS_MS = 250;
const selectSearch = (s: State) => s.search;

export function SearchProgress() {
  const t = useT();
  const search = useSampled(selectSearch, PROGRESS_MS);
  const { trials, startedAt, finishedAt, pace } = search;
  const now = useClock(startedAt !== null && finishedAt === null);
  if (startedAt === null) return <p className="d-placeholder">{t('search.empty')}</p>;
  const finished = trials.filter((t) => t.summary !== null || t.status === 'failed').length;
  const elapsed = Math.max(0, ((finishedAt ?? now) - startedAt) / 1000);
  // Trials run several at a time, so the pace is measured, not summed from trial times.
  const left = finishedAt === null && pace !== null ? timeLeft(pace, trials.length, now) : null;
  return (
    <div className="d-search-progress">
      <progress max={trials.length} value={finished} aria-label={t('search.progress')} />
      <span className="d-readout">
        {[
          t('search.finished', { finished, total: trials.length }),
          t('search.seconds', { s: elapsed.toFixed(1) }),
          left !== null && t('search.left', { time: formatTimeLeft(t, left) }),
          finishedAt !== null && finished < trials.length && t('search.cancelled'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </div>
  );
}

/** The time, ticking every PROGRESS_MS while `running` (rendering itself stays pure). */
function useClock(running: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(performance.now()), PROGRESS_MS);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

/** A wait in whole seconds, or minutes and seconds, in the page's language. */
function formatTimeLeft(t: Translator, s: number): string {
  if (s < 60) return t('search.seconds', { s: Math.max(1, Math.round(s)) });
  return t('search.minutes', { m: Math.floor(s / 60), s: Math.round(s % 60) });
}
