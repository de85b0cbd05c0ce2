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
import { PanelBoundary } from './PanelBoundary';

export function Playground() {
  return (
    <main className="d-main">
      <div className="d-settings">
        <PanelBoundary name="data">
          <DataPanel />
        </PanelBoundary>
        <PanelBoundary name="network">
          <NetworkPanel />
        </PanelBoundary>
        <PanelBoundary name="training">
          <OptimizerPanel />
        </PanelBoundary>
      </div>
      <div className="d-views">
        {/* What a student watches while it trains, side by side where the width allows. */}
        <div className="d-overview">
          <section className="d-panel d-picture" aria-label="What the network learned">
            <PanelBoundary name="decision boundary">
              <BoundaryCanvas />
            </PanelBoundary>
          </section>
          <section className="d-panel d-curves" aria-label="Metrics">
            <PanelBoundary name="metrics">
              <MetricsChart />
            </PanelBoundary>
          </section>
        </div>
        <section className="d-panel" aria-label="Network diagram">
          <PanelBoundary name="network diagram">
            <NetworkDiagram />
          </PanelBoundary>
        </section>
        <section className="d-panel" aria-label="Loss landscape">
          <PanelBoundary name="loss landscape">
            <LandscapePanel />
          </PanelBoundary>
        </section>
        <section className="d-panel" aria-label="Per-class results">
          <PanelBoundary name="per-class results">
            <ConfusionMatrix />
            <SamplePredictions />
          </PanelBoundary>
        </section>
        <section className="d-panel" aria-label="Activations and gradients">
          <PanelBoundary name="histograms">
            <Histograms />
          </PanelBoundary>
        </section>
      </div>
    </main>
  );
}
