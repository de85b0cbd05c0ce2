// A metric by epoch, with its heading: the one chart of epochs, on a canvas (EpochCanvas),
// for the playground (one run, training and validation) and for compare (several runs, one
// colour each, training dashed). The heading carries the log-scale toggle and the PNG and
// CSV buttons. Lines never animate: a new point arrives several times a second and a tween
// would always lag behind it.
import { useRef, type ReactNode } from 'react';
import { PngButton } from '../files/DownloadButtons';
import type { LegendEntry } from '../files/png';
import { useT } from '../i18n/useT';
import { EpochCanvas } from './EpochCanvas';
import type { EpochPlotProps } from './epochLook';

export { TRAINING, VALIDATION, type EpochLine } from './epochLook';

/**
 * What the drawing is given (`label` also names the PNG button; `rows`, one per epoch in
 * order, hold every line's value under its key), and the heading's own parts.
 */
interface Props extends Omit<EpochPlotProps, 'logScale'> {
  /** The heading: the metric, and what the lines mean where that needs saying. */
  title: ReactNode;
  /** A log axis and its toggle in the heading (the state is the caller's: others share it). */
  log?: { on: boolean; set: (on: boolean) => void };
  /** The PNG's file, its title when not the label, and its legend when the lines' is outside. */
  png: { fileName: string; title?: string; legend?: LegendEntry[] };
  /** The CSV button: the numbers as the store holds them, not the chart's sample. */
  csv?: ReactNode;
  /**
   * Shown over the chart, and instead of its PNG button, while there is no epoch (else empty
   * axes). The chart is mounted underneath all the same, so that its first render (its
   * canvas, its size measured) is done before training rather than in the task that brings
   * the first epoch.
   */
  empty?: ReactNode;
}

export function EpochChart({
  title,
  label,
  metric,
  frame,
  rows,
  lines,
  height,
  log,
  png,
  csv,
  empty,
}: Props) {
  const t = useT();
  const chart = useRef<HTMLDivElement>(null);
  const logScale = log?.on ?? false;
  const drawn = rows.length > 0 || empty === undefined;
  const image = {
    className: drawn ? 'd-chart' : 'd-chart d-chart-waiting',
    role: drawn ? 'img' : undefined,
    'aria-label': drawn ? label : undefined,
    'aria-hidden': drawn ? undefined : true,
    ref: chart,
  };
  const plot = { label, metric, frame, rows, lines, height, logScale };

  return (
    <>
      <div className="d-chart-header">
        <h3>{title}</h3>
        <div className="d-chart-tools">
          {log && (
            <label className="d-toggle">
              <input type="checkbox" checked={log.on} onChange={(e) => log.set(e.target.checked)} />
              {t('common.logScale')}
            </label>
          )}
          {drawn && (
            <PngButton
              target={() => chart.current}
              title={png.title ?? label}
              fileName={png.fileName}
              legend={png.legend}
            />
          )}
          {csv}
        </div>
      </div>
      <div className="d-chart-frame">
        {!drawn && <div className="d-chart-empty">{empty}</div>}
        <EpochCanvas {...plot} image={image} drawn={drawn} />
      </div>
    </>
  );
}
