// Random search: the ranges on the left; progress, the trials and where the good ones lie
// on the right.
import { useT } from '../i18n/useT';
import { PanelBoundary } from '../PanelBoundary';
import { SearchProgress } from './SearchProgress';
import { SearchResults } from './SearchResults';
import { SearchScatter } from './SearchScatter';
import { SearchSetup } from './SearchSetup';

export function SearchView() {
  const t = useT();
  return (
    <main className="d-main">
      <div className="d-settings">
        <PanelBoundary name="panel.searchSettings">
          <SearchSetup />
        </PanelBoundary>
      </div>
      <div className="d-views">
        <section className="d-panel" aria-label={t('search.results')}>
          <PanelBoundary name="panel.searchResults">
            <SearchProgress />
            <SearchScatter />
            <SearchResults />
          </PanelBoundary>
        </section>
      </div>
    </main>
  );
}
