// The playground: the network's settings on the left, what it learns on the right: the
// picture and the curves first, then the diagram, the loss landscape, the per-class results
// and the histograms.
import { BoundaryCanvas } from './boundary/BoundaryCanvas';
import { NetworkPanel } from './builder/NetworkPanel';
import { Histograms } from './charts/Histograms';
import { MetricsChart } from './charts/MetricsChart';
import { OptimizerPanel } from './controls/OptimizerPanel';
import { DataPanel } from './data/DataPanel';
import { NetworkDiagram } from './diagram/NetworkDiagram';
import { ConfusionMatrix } from './evaluation/ConfusionMatrix';
import { SamplePredictions } from './evaluation/SamplePredictions';
import { LandscapePanel } from './landscape/LandscapePanel';
import { useT } from './i18n/useT';
import { PanelBoundary } from './PanelBoundary';
import { useStore } from '../store/store';

export function Playground() {
  const t = useT();
  // A teacher's link may hide settings panels (store/classroom.ts); with all three hidden,
  // the views take the whole width.
  const hidden = useStore((s) => s.hidden);
  const shows = (name: 'data' | 'network' | 'training') => !hidden.includes(name);
  const settings = shows('data') || shows('network') || shows('training');
  return (
    <main className={settings ? 'd-main' : 'd-main d-main-wide'}>
      {settings && (
        <div className="d-settings">
          {shows('data') && (
            <PanelBoundary name="panel.data">
              <DataPanel />
            </PanelBoundary>
          )}
          {shows('network') && (
            <PanelBoundary name="panel.network">
              <NetworkPanel />
            </PanelBoundary>
          )}
          {shows('training') && (
            <PanelBoundary name="panel.training">
              <OptimizerPanel />
            </PanelBoundary>
          )}
        </div>
      )}
      <div className="d-views">
        {/* What a student watches while it trains, side by side where the width allows. */}
        <div className="d-overview">
          <section className="d-panel d-picture" aria-label={t('playground.picture')}>
            <PanelBoundary name="panel.boundary">
              <BoundaryCanvas />
            </PanelBoundary>
          </section>
          <section className="d-panel d-curves" aria-label={t('playground.metrics')}>
            <PanelBoundary name="panel.metrics">
              <MetricsChart />
            </PanelBoundary>
          </section>
        </div>
        <section className="d-panel" aria-label={t('playground.diagram')}>
          <PanelBoundary name="panel.diagram">
            <NetworkDiagram />
          </PanelBoundary>
        </section>
        <section className="d-panel" aria-label={t('playground.landscape')}>
          <PanelBoundary name="panel.landscape">
            <LandscapePanel />
          </PanelBoundary>
        </section>
        <section className="d-panel" aria-label={t('playground.perClass')}>
          <PanelBoundary name="panel.perClass">
            <ConfusionMatrix />
            <SamplePredictions />
          </PanelBoundary>
        </section>
        <section className="d-panel" aria-label={t('playground.histograms')}>
          <PanelBoundary name="panel.histograms">
            <Histograms />
          </PanelBoundary>
        </section>
      </div>
    </main>
  );
}
