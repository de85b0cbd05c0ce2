// The page: a header with the views and the shown view's controls (they stay in view while
// the page scrolls), the notices, then the view. Components read the store; none talks to
// the worker.
import { setView, useStore, type View } from '../store/store';
import { CompareView } from './compare/CompareView';
import { Notices } from './controls/Notices';
import { RunControls } from './controls/RunControls';
import { Playground } from './Playground';
import { RaceControls } from './race/RaceControls';
import { RaceView } from './race/RaceView';
import { SearchView } from './search/SearchView';

const VIEWS: { view: View; label: string }[] = [
  { view: 'playground', label: 'Playground' },
  { view: 'race', label: 'Optimizer race' },
  { view: 'compare', label: 'Compare' },
  { view: 'search', label: 'Search' },
];

export function App() {
  const view = useStore((s) => s.view);
  return (
    <div className="d-app">
      <header className="d-header">
        <h1>Descent</h1>
        <ViewTabs view={view} />
        {view === 'playground' && <RunControls />}
        {view === 'race' && <RaceControls />}
      </header>
      <Notices />
      <div id="d-view" role="tabpanel" aria-label={VIEWS.find((v) => v.view === view)?.label}>
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
  const select = (index: number) => {
    const next = VIEWS[(index + VIEWS.length) % VIEWS.length].view;
    setView(next);
    document.getElementById(`d-tab-${next}`)?.focus();
  };
  return (
    <div className="d-tabs" role="tablist" aria-label="Views">
      {VIEWS.map((v, i) => (
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
          {v.label}
        </button>
      ))}
    </div>
  );
}
