// The playground: the network's settings on the left, what it learns on the right: the
// picture and the curves first, then the diagram, one training step opened up (the glass
// box), the loss landscape, the per-class results and the histograms.
import { BoundaryCanvas } from './boundary/BoundaryCanvas';
import { CoachPanel } from './coach/CoachPanel';
import { ColorPanel } from './colors/ColorPanel';
import { NetworkPanel } from './builder/NetworkPanel';
import { Histograms } from './charts/Histograms';
import { MetricsChart } from './charts/MetricsChart';
import { OptimizerPanel } from './controls/OptimizerPanel';
import { DataPanel } from './data/DataPanel';
import { NetworkDiagram } from './diagram/NetworkDiagram';
import { DrawPad } from './pictures/DrawPad';
import { ConfusionMatrix } from './evaluation/ConfusionMatrix';
import { GlassPanel } from './glass/GlassPanel';
import { SamplePredictions } from './evaluation/SamplePredictions';
import { LandscapePanel } from './landscape/LandscapePanel';
import { PanelBoundary } from './PanelBoundary';
import { ViewLayout, ViewPanel } from './ViewLayout';
import { useStore } from '../store/store';

export function Playground() {
  // A teacher's link may hide settings panels (store/classroom.ts); with all three hidden,
  // the views take the whole width.
  const hidden = useStore((s) => s.hidden);
  const shows = (name: 'data' | 'network' | 'training') => !hidden.includes(name);
  const settings = shows('data') || shows('network') || shows('training');
  return (
    <ViewLayout
      settings={
        settings && (
          <>
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
          </>
        )
      }
    >
      {/* What a student watches while it trains, side by side where the width allows. */}
      <div className="d-overview">
        <ViewPanel label="playground.picture" name="panel.boundary" className="d-picture">
          <BoundaryCanvas />
          <ColorPanel />
          <DrawPad />
        </ViewPanel>
        <ViewPanel label="playground.metrics" name="panel.metrics" className="d-curves">
          <MetricsChart />
        </ViewPanel>
      </div>
      <ViewPanel label="playground.coach" name="panel.coach">
        <CoachPanel />
      </ViewPanel>
      <ViewPanel label="playground.diagram" name="panel.diagram">
        <NetworkDiagram />
      </ViewPanel>
      <ViewPanel label="playground.glass" name="panel.glass">
        <GlassPanel />
      </ViewPanel>
      <ViewPanel label="playground.landscape" name="panel.landscape">
        <LandscapePanel />
      </ViewPanel>
      <ViewPanel label="playground.perClass" name="panel.perClass">
        <ConfusionMatrix />
        <SamplePredictions />
      </ViewPanel>
      <ViewPanel label="playground.histograms" name="panel.histograms">
        <Histograms />
      </ViewPanel>
    </ViewLayout>
  );
}
