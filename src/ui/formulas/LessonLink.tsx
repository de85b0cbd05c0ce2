// A lesson opened from beside a formula, as the lessons tab opens it (its preset loaded in
// its view, the user's own work kept to come back to). Nothing when no such lesson is
// loaded: a lesson file that failed validation is left out of the page, not linked to.
import { LESSONS, openLesson } from '../../store/lessons';
import { localText } from '../i18n/localText';
import { useT } from '../i18n/useT';
import { VIEW_LABELS } from '../viewLabels';

export function LessonLink({ id }: { id: string }) {
  const t = useT();
  const lesson = LESSONS.find((l) => l.id === id);
  if (lesson === undefined) return null;
  return (
    <p className="d-formula-lesson">
      <button type="button" className="d-link" onClick={() => openLesson(lesson.id)}>
        {t('formulas.lesson', {
          title: localText(lesson.title, t.language),
          view: t(VIEW_LABELS[lesson.view]),
        })}
      </button>
    </p>
  );
}
