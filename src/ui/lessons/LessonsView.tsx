// The lessons tab: every lesson in order, each a short explanation and one button that
// loads its preset in the view it belongs to.
import { useId } from 'react';
import { LESSONS, openLesson } from '../../store/lessons';
import { localText } from '../i18n/localText';
import { useT } from '../i18n/useT';
import { VIEW_LABELS } from '../viewLabels';

export function LessonsView() {
  const t = useT();
  const headingId = useId();
  return (
    <main className="d-lessons" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('lessons.title')}</h2>
      <p className="d-note">{t('lessons.intro')}</p>
      <ol className="d-lesson-list">
        {LESSONS.map((lesson) => {
          const title = localText(lesson.title, t.language);
          const open = t('lessons.open', { view: t(VIEW_LABELS[lesson.view]) });
          return (
            <li key={lesson.id} className="d-panel d-lesson-card">
              <h3>
                {lesson.order}. {title}
              </h3>
              <p>{localText(lesson.explanation, t.language)}</p>
              <button
                type="button"
                className="d-primary"
                aria-label={t('lessons.openNamed', { open, title })}
                onClick={() => openLesson(lesson.id)}
              >
                {open}
              </button>
            </li>
          );
        })}
      </ol>
    </main>
  );
}
