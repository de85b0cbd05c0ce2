// What the network has learned, drawn over the data: for 2 inputs the decision regions (or
// the predicted surface of a regression), for 1 input the fitted curve. Data with more
// inputs has no such picture, so nothing is rendered.
import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import type { DataSummary } from '../../worker/protocol';
import { formatTick } from '../charts/format';
import { drawBoundary, valueRange } from './draw';
import { classColor, rgbToCss, sequentialColor } from './palette';
import { SIZE } from './plot';

function pictureName(data: DataSummary): string {
  if (data.features === 1) return 'Fitted curve';
  return data.task === 'classification' ? 'Decision boundary' : 'Predicted surface';
}

/** What a screen reader says for the picture: its kind and what is plotted on it. */
function pictureDescription(data: DataSummary): string {
  const classes = data.task === 'classification' ? `${data.classNames.length} classes, ` : '';
  const validation = data.validationCount > 0 ? ` and ${data.validationCount} validation` : '';
  return `${pictureName(data)}: ${classes}${data.trainCount} training${validation} samples`;
}

export function BoundaryCanvas() {
  const { data, boundary } = useStore(useShallow((s) => ({ data: s.data, boundary: s.boundary })));
  const canvas = useRef<HTMLCanvasElement>(null);

  // Painting is imperative and costs a few milliseconds: only when the pixels would change.
  useEffect(() => {
    if (canvas.current !== null && data !== null) drawBoundary(canvas.current, data, boundary);
  }, [data, boundary]);

  const range = useMemo(
    () => (data !== null && data.task === 'regression' ? valueRange(data, boundary) : null),
    [data, boundary],
  );

  if (data === null || data.view === null) return null;
  const name = pictureName(data);
  return (
    <figure className="d-boundary">
      <canvas
        ref={canvas}
        className="d-boundary-canvas"
        role="img"
        aria-label={pictureDescription(data)}
        style={{ width: SIZE, height: SIZE }}
      >
        {name}
      </canvas>
      <figcaption className="d-legend">
        {data.task === 'classification' ? (
          data.classNames.map((className, k) => (
            <span key={k} className="d-legend-item">
              <span className="d-legend-swatch" style={{ background: classColor(k) }} />
              {className}
            </span>
          ))
        ) : range !== null && data.features === 2 ? (
          <span className="d-legend-item">
            {formatTick(range[0])}
            <span className="d-legend-ramp" style={{ background: rampGradient() }} />
            {formatTick(range[1])}
          </span>
        ) : null}
        {data.validationCount > 0 && (
          <span className="d-legend-item d-legend-note">
            {data.features === 1
              ? 'filled: training · rings: validation'
              : 'dark outline: training · white outline: validation'}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/** The sequential colour map as a CSS gradient, for the regression legend. */
function rampGradient(): string {
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => rgbToCss(sequentialColor(t)));
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
