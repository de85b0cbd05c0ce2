// The open lesson, above its view: what to look for and the question to try next, so the
// student reads them beside what they describe.
import { closeLesson, LESSONS } from '../../store/lessons';
import { openView } from '../../store/pageHistory';
import { useStore } from '../../store/store';
import { localText } from '../i18n/localText';
import { useT } from '../i18n/useT';

export function LessonBanner() {
  const t = useT();
  const id = useStore((s) => s.lesson);
  const lesson = LESSONS.find((l) => l.id === id);
  if (lesson === undefined) return null;
  const text = (field: 'title' | 'lookFor' | 'question') => localText(lesson[field], t.language);
  return (
    <aside className="d-lesson-banner" aria-label={t('lesson.banner', { title: text('title') })}>
      <h2>
        {t('lesson.number', { order: lesson.order })} {text('title')}
      </h2>
      <p>
        <strong>{t('lesson.lookFor')}</strong> {text('lookFor')}
      </p>
      <p>
        <strong>{t('lesson.question')}</strong> {text('question')}
      </p>
      <div className="d-row">
        <button type="button" className="d-link" onClick={() => openView('lessons')}>
          {t('lesson.all')}
        </button>
        <button type="button" className="d-link" onClick={closeLesson}>
          {t('lesson.close')}
        </button>
      </div>
    </aside>
  );
}
