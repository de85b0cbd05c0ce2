// The optimizer race: settings and racers on the left; the surface with the trails, where
// each racer is, and f by step on the right.
import { useEffect } from 'react';
import { refresh } from '../../store/race';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { PanelBoundary } from '../PanelBoundary';
import { ViewLayout, ViewPanel } from '../ViewLayout';
import { viridisCss } from './colormap';
import { surfaceScale } from './levels';
import { RaceChart } from './RaceChart';
import { RaceLegend } from './RaceLegend';
import { Racers } from './Racers';
import { RaceSetup } from './RaceSetup';
import { SurfacePlot } from './SurfacePlot';

const RAMP = `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map(viridisCss).join(', ')})`;

export function RaceView() {
  const t = useT();
  const grid = useStore((s) => s.race.grid);
  const byRank = grid !== null && surfaceScale(grid.values)?.kind === 'quantile';
  // The worker computes the race when the view first opens (and after every edit).
  useEffect(refresh, []);
  return (
    <ViewLayout
      settings={
        <>
          <PanelBoundary name="panel.surfaceSettings">
            <RaceSetup />
          </PanelBoundary>
          <PanelBoundary name="panel.racers">
            <Racers />
          </PanelBoundary>
        </>
      }
    >
      <div className="d-overview">
        <ViewPanel label="race.onSurface" name="panel.surface" className="d-picture">
          <SurfacePlot />
          <p className="d-legend d-legend-note">
            <span className="d-legend-item">
              {t('race.low')}
              <span className="d-legend-ramp" style={{ background: RAMP }} />
              {t(byRank ? 'race.highByRank' : 'race.high')}
            </span>
            <span className="d-legend-item">{t('race.key')}</span>
          </p>
        </ViewPanel>
        <ViewPanel label="race.racers" name="panel.raceLegend" className="d-curves">
          <RaceLegend />
          <RaceChart />
        </ViewPanel>
      </div>
    </ViewLayout>
  );
}
