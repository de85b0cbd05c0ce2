// One finding: what happened (the evidence in numbers), the likely cause, the one setting to
// try as a button, and the lesson that shows it.
import { DIAGNOSIS_CATALOG } from '../../spec/catalog/diagnoses';
import type { Diagnosis } from '../../spec/protocol/diagnosis';
import { applyFix } from '../../store/coach';
import { LESSONS, openLesson } from '../../store/lessons';
import { useStore } from '../../store/store';
import { localText } from '../i18n/localText';
import { useT } from '../i18n/useT';
import { causeOf, evidenceOf, fixLabel, titleOf } from './words';

export function CoachFinding({ finding }: { finding: Diagnosis }) {
  const t = useT();
  const optimizer = useStore((s) => s.experiment.optimizer.name);
  const lesson = LESSONS.find((l) => l.id === DIAGNOSIS_CATALOG[finding.name].lesson);
  return (
    <li className="d-finding">
      <h4>
        {titleOf(t, finding)}{' '}
        <small>{t('coach.where', { step: finding.step, epoch: finding.epoch })}</small>
      </h4>
      <p>{evidenceOf(t, finding)}</p>
      <p>{causeOf(t, finding, optimizer)}</p>
      <div className="d-row">
        {finding.fix !== null && (
          <button type="button" onClick={() => applyFix(finding.fix!)}>
            {fixLabel(t, finding.fix)}
          </button>
        )}
        {lesson !== undefined && (
          <button type="button" className="d-link" onClick={() => openLesson(lesson.id)}>
            {t('coach.lesson', { title: localText(lesson.title, t.language) })}
          </button>
        )}
      </div>
    </li>
  );
}
