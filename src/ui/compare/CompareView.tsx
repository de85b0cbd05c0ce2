// Compare: the setup on the left; the runs' curves, their summary and their layers' outputs
// on the right.
import { PanelBoundary } from '../PanelBoundary';
import { ViewLayout, ViewPanel } from '../ViewLayout';
import { CompareCharts } from './CompareCharts';
import { CompareHistograms } from './CompareHistograms';
import { CompareSetup } from './CompareSetup';
import { CompareTable } from './CompareTable';

export function CompareView() {
  return (
    <ViewLayout
      settings={
        <PanelBoundary name="panel.compareSettings">
          <CompareSetup />
        </PanelBoundary>
      }
    >
      <ViewPanel label="compare.runs" name="panel.compareCharts">
        <CompareCharts />
        <CompareTable />
      </ViewPanel>
      <ViewPanel label="compare.layerOutputsOfRuns" name="panel.compareHistograms">
        <CompareHistograms />
      </ViewPanel>
    </ViewLayout>
  );
}
