// The landscape's figure: the canvas with its axis titles and a colour legend. The canvas is
// repainted only when a new picture arrives from the worker.
import { useEffect, useMemo, useRef } from 'react';
import type { LandscapePicture } from '../../spec/protocol/training';
import { formatValue } from '../charts/format';
import { useCanvasLabelPx } from '../classroom/presentation';
import { useT } from '../i18n/useT';
import { viridisCss } from '../race/colormap';
import { drawLandscape, LANDSCAPE_SIZE } from './drawLandscape';
import { axisLabels, landscapeDescription, lossRange } from './labels';

/** The colour map as a CSS gradient, for the legend. */
const RAMP = `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map(viridisCss).join(', ')})`;

export function LandscapePlot({ picture }: { picture: LandscapePicture }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  // Presentation mode's larger tick labels, as on the boundary picture.
  const labelPx = useCanvasLabelPx();
  useEffect(() => {
    if (canvas.current !== null) drawLandscape(canvas.current, picture, labelPx);
  }, [picture, labelPx]);
  const range = useMemo(() => lossRange(picture.values), [picture]);
  const [x, y] = axisLabels(t, picture);

  return (
    <figure className="d-landscape">
      <div className="d-landscape-plot">
        <span className="d-landscape-y" aria-hidden="true">
          {y}
        </span>
        <canvas
          ref={canvas}
          className="d-boundary-canvas"
          role="img"
          aria-label={landscapeDescription(t, picture, range)}
          style={{ width: LANDSCAPE_SIZE, height: LANDSCAPE_SIZE }}
        />
        <span className="d-landscape-x" aria-hidden="true">
          {x}
        </span>
      </div>
      {range !== null && (
        <figcaption className="d-legend">
          <span className="d-legend-item">
            {t('landscape.loss')} {formatValue(range.min)}
            <span className="d-legend-ramp" style={{ background: RAMP }} />
            {formatValue(range.max)}
          </span>
          <span className="d-legend-item d-legend-note">
            {t('landscape.key')}
            {picture.path !== null && ` · ${t('landscape.keyPath')}`}
          </span>
        </figcaption>
      )}
    </figure>
  );
}
