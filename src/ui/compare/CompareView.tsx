// Compare: the setup on the left; the runs' curves, their summary and their layers' outputs
// on the right.
import { PanelBoundary } from '../PanelBoundary';
import { CompareCharts } from './CompareCharts';
import { CompareHistograms } from './CompareHistograms';
import { CompareSetup } from './CompareSetup';
import { CompareTable } from './CompareTable';

export function CompareView() {
  return (
    <main className="d-main">
      <div className="d-settings">
        <PanelBoundary name="compare settings">
          <CompareSetup />
        </PanelBoundary>
      </div>
      <div className="d-views">
        <section className="d-panel" aria-label="Runs">
          <PanelBoundary name="compare charts">
            <CompareCharts />
            <CompareTable />
          </PanelBoundary>
        </section>
        <section className="d-panel" aria-label="Layer outputs of every run">
          <PanelBoundary name="compare histograms">
            <CompareHistograms />
          </PanelBoundary>
        </section>
      </div>
    </main>
  );
}
