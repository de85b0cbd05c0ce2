// The newest finding at the run controls, where the eye is while a run plays: its title and
// evidence, its one fix as a button, and the way to the "What went wrong" panel. A finding
// that paused the run says so, as an alert.
import { useStore } from '../../store/store';
import { applyFix } from '../../store/coach';
import { useT } from '../i18n/useT';
import { evidenceOf, fixLabel, titleOf } from './words';

export function CoachAlert() {
  const t = useT();
  const latest = useStore((s) => s.diagnoses.at(-1) ?? null);
  const paused = useStore((s) => s.run.status === 'paused');
  if (latest === null) return null;
  const stopped = latest.pause && paused;
  return (
    <div
      role={stopped ? 'alert' : 'status'}
      aria-label={t('coach.more')}
      className={`d-alert d-run-message ${stopped ? 'd-alert-danger' : 'd-alert-warning'}`}
    >
      {t(stopped ? 'coach.alert.paused' : 'coach.alert', {
        title: titleOf(t, latest),
        evidence: evidenceOf(t, latest),
      })}{' '}
      {latest.fix !== null && (
        <button type="button" onClick={() => applyFix(latest.fix!)}>
          {fixLabel(t, latest.fix)}
        </button>
      )}{' '}
      <a href="#coach-findings">{t('coach.more')}</a>
    </div>
  );
}
