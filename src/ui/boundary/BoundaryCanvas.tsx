// What the network has learned, drawn over the data: for 2 inputs the decision regions (or
// the predicted surface of a regression), for 1 input the fitted curve. Data with more
// inputs has no such picture, so nothing is rendered.
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DataSummary } from '../../spec/protocol/training';
import { openGlass } from '../../store/glass';
import { useStore } from '../../store/store';
import { formatTick } from '../charts/format';
import { useCanvasLabelPx } from '../classroom/presentation';
import { PngButton } from '../files/DownloadButtons';
import type { Translator } from '../i18n/translate';
import { useClassNames } from '../i18n/useClassNames';
import { useT } from '../i18n/useT';
import { drawBoundary, valueRange } from './draw';
import { classColor, rgbToCss, sequentialColor } from './palette';
import { nearestPoint } from './nearest';
import { makeFrame, SIZE } from './plot';

function pictureName(t: Translator, data: DataSummary): string {
  if (data.features === 1) return t('boundary.curve');
  return t(data.task === 'classification' ? 'boundary.decision' : 'boundary.surface');
}

/** What a screen reader says for the picture: its kind and what is plotted on it. */
function pictureDescription(t: Translator, data: DataSummary): string {
  const train = t.plural('common.trainingSamples', data.trainCount);
  const counts =
    data.validationCount > 0
      ? t('boundary.countsValidation', {
          train,
          validation: t.plural('common.validationSamples', data.validationCount),
        })
      : train;
  return t('boundary.describe', {
    picture: pictureName(t, data),
    counts:
      data.task === 'classification'
        ? t('boundary.withClasses', { classes: data.classNames.length, counts })
        : counts,
  });
}

export function BoundaryCanvas() {
  const t = useT();
  const { data, boundary } = useStore(useShallow((s) => ({ data: s.data, boundary: s.boundary })));
  const canvas = useRef<HTMLCanvasElement>(null);
  const labelPx = useCanvasLabelPx();
  const classNames = useClassNames(data?.classNames);

  // Painting is imperative and costs a few milliseconds: only when the pixels would change.
  useEffect(() => {
    if (canvas.current !== null && data !== null) {
      drawBoundary(canvas.current, data, boundary, labelPx);
    }
  }, [data, boundary, labelPx]);

  const range = useMemo(
    () => (data !== null && data.task === 'regression' ? valueRange(data, boundary) : null),
    [data, boundary],
  );

  if (data === null || data.view === null) return null;
  const name = pictureName(t, data);
  const view = data.view;
  // A point of a 2-input picture opens its training step in the glass box.
  const pick = (e: MouseEvent<HTMLCanvasElement>) => {
    if (data.features !== 2) return;
    const box = e.currentTarget.getBoundingClientRect();
    const frame = makeFrame(view, view, SIZE, labelPx);
    const point = nearestPoint(data, frame, e.clientX - box.left, e.clientY - box.top);
    if (point !== null) void openGlass({ kind: 'point', ...point }, null, { reveal: true });
  };
  return (
    <figure className="d-boundary">
      <canvas
        ref={canvas}
        className="d-boundary-canvas"
        role="img"
        aria-label={pictureDescription(t, data)}
        title={data.features === 2 ? t('boundary.pickHint') : undefined}
        style={{ width: SIZE, height: SIZE }}
        onClick={pick}
      >
        {name}
      </canvas>
      <figcaption className="d-legend">
        {data.task === 'classification' ? (
          classNames.map((className, k) => (
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
            {t(data.features === 1 ? 'boundary.keyCurve' : 'boundary.keyPlane')}
          </span>
        )}
      </figcaption>
      <PngButton target={() => canvas.current} title={name} fileName="descent-boundary.png" />
    </figure>
  );
}

/** The sequential colour map as a CSS gradient, for the regression legend. */
function rampGradient(): string {
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => rgbToCss(sequentialColor(t)));
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
