// Compare: the setup on the left; the runs' curves, their summary and their layers' outputs
// on the right.
import { useT } from '../i18n/useT';
import { PanelBoundary } from '../PanelBoundary';
import { CompareCharts } from './CompareCharts';
import { CompareHistograms } from './CompareHistograms';
import { CompareSetup } from './CompareSetup';
import { CompareTable } from './CompareTable';

export function CompareView() {
  const t = useT();
  return (
    <main className="d-main">
      <div className="d-settings">
        <PanelBoundary name="panel.compareSettings">
          <CompareSetup />
        </PanelBoundary>
      </div>
      <div className="d-views">
        <section className="d-panel" aria-label={t('compare.runs')}>
          <PanelBoundary name="panel.compareCharts">
            <CompareCharts />
            <CompareTable />
          </PanelBoundary>
        </section>
        <section className="d-panel" aria-label={t('compare.layerOutputsOfRuns')}>
          <PanelBoundary name="panel.compareHistograms">
            <CompareHistograms />
          </PanelBoundary>
        </section>
      </div>
    </main>
  );
}
