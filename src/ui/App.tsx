// The page: a header with the views and the shown view's controls (they stay in view while
// the page scrolls), the notices, then the view; or, in a course page's frame, that one view
// (embed/EmbeddedApp.tsx). Components read the store; none talks to the worker.
import { useEffect, useId } from 'react';
import { setLanguage } from '../store/actions';
import { EMBEDDED_VIEW } from '../store/embed';
import { openView, startHistory } from '../store/pageHistory';
import { useStore } from '../store/store';
import { VIEWS, type View } from '../store/views';
import { ClassroomControls, ClassroomNote } from './classroom/ClassroomControls';
import { usePresentationMode } from './classroom/presentation';
import { Notices } from './controls/Notices';
import { EmbeddedApp } from './embed/EmbeddedApp';
import { ShortcutsDialog } from './files/ShortcutsDialog';
import { LANGUAGES } from './i18n/languages';
import { useT } from './i18n/useT';
import { LessonBanner } from './lessons/LessonBanner';
import { ReplaceDialog } from './links/ReplaceDialog';
import { VIEW_LABELS } from './viewLabels';
import { VIEW_PARTS } from './views';

export function App() {
  const view = useStore((s) => s.view);
  const t = useT();
  usePresentationMode();
  // Screen readers and the browser's hyphenation follow the page's language.
  useEffect(() => {
    document.documentElement.lang = t.language;
  }, [t.language]);
  // Another view opens at its top, not at the height the last one was scrolled to. (In a
  // block: Chromium's scrollTo returns a promise, which React would call as a cleanup.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [view]);
  // Back and Forward move between the views, lessons and links the user opened; a frame in
  // a course page stays out of that page's history.
  useEffect(() => (EMBEDDED_VIEW === null ? startHistory() : undefined), []);
  if (EMBEDDED_VIEW !== null) return <EmbeddedApp />;
  // The shown view's row (ui/views.ts): what it draws, and what it adds to the header.
  const { Component, Menu, Controls, lessonBanner } = VIEW_PARTS[view];
  const label = VIEW_LABELS[view];
  return (
    <div className="d-app">
      <header className="d-header">
        <h1>Descent</h1>
        <ViewTabs view={view} />
        <ClassroomControls />
        <LanguageSwitch />
        {Menu && <Menu />}
        <ShortcutsDialog />
        {Controls && <Controls />}
      </header>
      <Notices />
      <ClassroomNote />
      <div id="d-view" role="tabpanel" aria-label={t(label)}>
        {lessonBanner && <LessonBanner />}
        <Component />
      </div>
      <ReplaceDialog />
    </div>
  );
}

/** The views as tabs: click (Back returns), or the arrow keys once a tab has the focus. */
function ViewTabs({ view }: { view: View }) {
  const t = useT();
  // A teacher's link may hide some (store/classroom.ts).
  const hidden = useStore((s) => s.hidden) as string[];
  const views = VIEWS.filter((v) => !hidden.includes(v.name)).map((v) => v.name);
  // The arrow keys pass views by: one history entry for the tabs, not one per key press.
  const select = (index: number) => {
    const next = views[(index + views.length) % views.length];
    openView(next, 'replace');
    document.getElementById(`d-tab-${next}`)?.focus();
  };
  return (
    <div className="d-tabs" role="tablist" aria-label={t('app.tabs')}>
      {views.map((v, i) => (
        <button
          key={v}
          id={`d-tab-${v}`}
          type="button"
          role="tab"
          aria-selected={v === view}
          aria-controls="d-view"
          tabIndex={v === view ? 0 : -1}
          onClick={() => openView(v)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') select(i + 1);
            else if (e.key === 'ArrowLeft') select(i - 1);
          }}
        >
          {t(VIEW_LABELS[v])}
        </button>
      ))}
    </div>
  );
}

/** The page's language: each dictionary's own name, so everyone can find theirs. */
function LanguageSwitch() {
  const t = useT();
  const id = useId();
  return (
    <label className="d-field d-language" htmlFor={id}>
      <span className="d-sr-only">{t('app.language')}</span>
      <select id={id} value={t.language} onChange={(e) => setLanguage(e.target.value)}>
        {Object.entries(LANGUAGES).map(([code, d]) => (
          <option key={code} value={code} lang={code}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
}
