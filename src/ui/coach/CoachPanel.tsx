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
      {/* A finding may come again (the rate changed and it exploded again): keyed by order. */}
      {found.map((d, k) => <CoachFinding key={k} finding={d} />).reverse()}
    </ul>
  );
}
