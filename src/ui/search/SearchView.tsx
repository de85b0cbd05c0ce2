// Random search: the ranges on the left; progress, the trials and where the good ones lie
// on the right.
import { PanelBoundary } from '../PanelBoundary';
import { SearchProgress } from './SearchProgress';
import { SearchResults } from './SearchResults';
import { SearchScatter } from './SearchScatter';
import { SearchSetup } from './SearchSetup';

export function SearchView() {
  return (
    <main className="d-main">
      <div className="d-settings">
        <PanelBoundary name="search settings">
          <SearchSetup />
        </PanelBoundary>
      </div>
      <div className="d-views">
        <section className="d-panel" aria-label="Search results">
          <PanelBoundary name="search results">
            <SearchProgress />
            <SearchScatter />
            <SearchResults />
          </PanelBoundary>
        </section>
      </div>
    </main>
  );
}
