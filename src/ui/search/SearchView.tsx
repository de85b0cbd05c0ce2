// Random search: the ranges on the left; progress, the trials and where the good ones lie
// on the right.
import { PanelBoundary } from '../PanelBoundary';
import { ViewLayout, ViewPanel } from '../ViewLayout';
import { SearchProgress } from './SearchProgress';
import { SearchResults } from './SearchResults';
import { SearchScatter } from './SearchScatter';
import { SearchSetup } from './SearchSetup';

export function SearchView() {
  return (
    <ViewLayout
      settings={
        <PanelBoundary name="panel.searchSettings">
          <SearchSetup />
        </PanelBoundary>
      }
    >
      <ViewPanel label="search.results" name="panel.searchResults">
        <SearchProgress />
        <SearchScatter />
        <SearchResults />
      </ViewPanel>
    </ViewLayout>
  );
}
