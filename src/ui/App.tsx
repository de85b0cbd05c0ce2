// The page: a header with the views and the shown view's controls (they stay in view while
// the page scrolls), the notices, then the view. Components read the store; none talks to
// the worker.
import { useEffect, useId } from 'react';
import { setLanguage, setView } from '../store/actions';
import { useStore, type View } from '../store/store';
import { ClassroomControls, ClassroomNote } from './classroom/ClassroomControls';
import { usePresentationMode } from './classroom/presentation';
import { CompareView } from './compare/CompareView';
import { Notices } from './controls/Notices';
import { FileMenu } from './files/FileMenu';
import { ShortcutsDialog } from './files/ShortcutsDialog';
import type { MessageKey } from './i18n/dictionaries/en';
import { LANGUAGES } from './i18n/languages';
import { useT } from './i18n/useT';
import { RunControls } from './controls/RunControls';
import { Playground } from './Playground';
import { LessonBanner } from './lessons/LessonBanner';
import { LessonsView } from './lessons/LessonsView';
import { RaceControls } from './race/RaceControls';
import { RaceView } from './race/RaceView';
import { SearchView } from './search/SearchView';

const VIEWS: { view: View; label: MessageKey }[] = [
  { view: 'lessons', label: 'app.tab.lessons' },
  { view: 'playground', label: 'app.tab.playground' },
  { view: 'race', label: 'app.tab.race' },
  { view: 'compare', label: 'app.tab.compare' },
  { view: 'search', label: 'app.tab.search' },
];

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
  return (
    <div className="d-app">
      <header className="d-header">
        <h1>Descent</h1>
        <ViewTabs view={view} />
        <ClassroomControls />
        <LanguageSwitch />
        {view === 'playground' && <FileMenu />}
        <ShortcutsDialog />
        {view === 'playground' && <RunControls />}
        {view === 'race' && <RaceControls />}
      </header>
      <Notices />
      <ClassroomNote />
      <div id="d-view" role="tabpanel" aria-label={t(VIEWS.find((v) => v.view === view)!.label)}>
        {view !== 'lessons' && <LessonBanner />}
        {view === 'lessons' && <LessonsView />}
        {view === 'playground' && <Playground />}
        {view === 'race' && <RaceView />}
        {view === 'compare' && <CompareView />}
        {view === 'search' && <SearchView />}
      </div>
    </div>
  );
}

/** The views as tabs: click, or the arrow keys once a tab has the focus. */
function ViewTabs({ view }: { view: View }) {
  const t = useT();
  // A teacher's link may hide some (store/classroom.ts).
  const hidden = useStore((s) => s.hidden) as string[];
  const views = VIEWS.filter((v) => !hidden.includes(v.view));
  const select = (index: number) => {
    const next = views[(index + views.length) % views.length].view;
    setView(next);
    document.getElementById(`d-tab-${next}`)?.focus();
  };
  return (
    <div className="d-tabs" role="tablist" aria-label={t('app.tabs')}>
      {views.map((v, i) => (
        <button
          key={v.view}
          id={`d-tab-${v.view}`}
          type="button"
          role="tab"
          aria-selected={v.view === view}
          aria-controls="d-view"
          tabIndex={v.view === view ? 0 : -1}
          onClick={() => setView(v.view)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') select(i + 1);
            else if (e.key === 'ArrowLeft') select(i - 1);
          }}
        >
          {t(v.label)}
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
