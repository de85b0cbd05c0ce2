// "What went wrong": every finding of the coach for the playground's run, newest first.
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { CoachFinding } from './CoachFinding';

export function CoachPanel() {
  const t = useT();
  const found = useStore((s) => s.diagnoses);
  if (found.length === 0) return <p className="d-note">{t('coach.none')}</p>;
  return (
    <ul className="d-findings" id="coach-findings">
      {[...found].reverse().map((d) => (
        <CoachFinding key={`${d.name}/${d.layer}`} finding={d} />
      ))}
    </ul>
  );
}
