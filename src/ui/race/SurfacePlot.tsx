// The race on its surface: three stacked canvases (the surface, the trails, the heads and
// arrows). The surface redraws when the surface or window changes; the other two follow the
// store directly, outside React, so an animation frame re-renders no component.
import { useEffect, useMemo, useRef } from 'react';
import { setStart } from '../../store/race';
import { surfaceWindow } from '../../store/raceSettings';
import { SURFACE_CHOICES } from '../../store/catalog';
import { useStore, type State } from '../../store/store';
import { makeFrame, plotArea, prepareCanvas, type Frame } from '../boundary/plot';
import { drawHeads, drawTrails, type TrailMemo } from './drawRace';
import { useCanvasLabelPx, useLineScale } from '../classroom/presentation';
import { useT } from '../i18n/useT';
import { drawSurface } from './drawSurface';

export const PLOT_SIZE = 440;

export function SurfacePlot() {
  const t = useT();
  const settings = useStore((s) => s.race.settings);
  const grid = useStore((s) => s.race.grid);
  const view = surfaceWindow(settings);
  const viewKey = JSON.stringify(view);
  const labelPx = useCanvasLabelPx();
  const frame = useMemo(
    () => makeFrame(view.x, view.y, PLOT_SIZE, labelPx),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the window
    [viewKey, labelPx],
  );
  const surface = SURFACE_CHOICES.find((c) => c.name === settings.surface);
  const base = useRef<HTMLCanvasElement>(null);
  const trails = useRef<HTMLCanvasElement>(null);
  const top = useRef<HTMLCanvasElement>(null);
  const scale = useLineScale();

  useEffect(() => {
    // A grid of the previous window stays up until the new one arrives: no wasted draw.
    if (grid !== null && JSON.stringify(grid.window) !== viewKey) return;
    if (base.current) drawSurface(base.current, PLOT_SIZE, frame, grid, surface?.minima ?? []);
  }, [frame, grid, surface, viewKey]);

  useEffect(() => {
    const memo: TrailMemo = { runs: null, frame: null, drawn: 0 };
    const trailCtx = trails.current ? prepareCanvas(trails.current, PLOT_SIZE) : null;
    const draw = (state: State, previous?: State) => {
      const r = state.race;
      if (previous !== undefined && previous.race === r) return;
      const topCtx = top.current ? prepareCanvas(top.current, PLOT_SIZE) : null;
      if (trailCtx === null || topCtx === null || r.runs === null) return;
      drawTrails(trailCtx, PLOT_SIZE, frame, r.runs, Math.floor(r.step), memo, scale);
      const { racers, start } = r.settings;
      drawHeads(topCtx, frame, r.runs, racers, r.step, start, r.arrows, scale);
    };
    draw(useStore.getState());
    return useStore.subscribe(draw);
  }, [frame, scale]);

  // Click or drag: the shared start point follows the pointer.
  const dragging = useRef(false);
  const startAt = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const point = dataPoint(e, frame);
    if (point !== null) setStart(point[0], point[1]);
  };

  const label = t('race.surfaceLabel', {
    surface: surface ? t.label('surface', surface.name, surface.label) : t('race.surface'),
    formula: surface?.formula || settings.expression,
    x0: view.x[0],
    x1: view.x[1],
    y0: view.y[0],
    y1: view.y[1],
    racers: t.plural('race.racerCount', settings.racers.length),
    x: settings.start[0],
    y: settings.start[1],
  });

  return (
    <div className="d-surface" style={{ width: PLOT_SIZE, height: PLOT_SIZE }}>
      <canvas ref={base} style={{ width: PLOT_SIZE, height: PLOT_SIZE }} aria-hidden="true" />
      <canvas ref={trails} style={{ width: PLOT_SIZE, height: PLOT_SIZE }} aria-hidden="true" />
      <canvas
        ref={top}
        role="img"
        aria-label={label}
        style={{ width: PLOT_SIZE, height: PLOT_SIZE }}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          startAt(e);
        }}
        onPointerMove={(e) => dragging.current && startAt(e)}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      />
    </div>
  );
}

/** The pointer's position in data units, or null outside the plot area. */
function dataPoint(
  e: React.PointerEvent<HTMLCanvasElement>,
  frame: Frame,
): [number, number] | null {
  const rect = e.currentTarget.getBoundingClientRect();
  const px = ((e.clientX - rect.left) * PLOT_SIZE) / rect.width;
  const py = ((e.clientY - rect.top) * PLOT_SIZE) / rect.height;
  const [left, top, width, height] = plotArea(frame);
  if (px < left || px > left + width || py < top || py > top + height) return null;
  // Rounded to what the axes can show, so the start fields read cleanly.
  const round = (v: number, span: number) => {
    const digits = Math.max(0, 3 - Math.floor(Math.log10(span)));
    return Number(v.toFixed(digits));
  };
  const [x0, x1] = frame.x.domain();
  const [y0, y1] = frame.y.domain();
  return [round(frame.x.invert(px), x1 - x0), round(frame.y.invert(py), y1 - y0)];
}
