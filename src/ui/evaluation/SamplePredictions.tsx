// For the 8×8 digits: the first samples of the evaluated part as small greyscale pictures,
// each captioned with its true class and the network's guess, mistakes outlined, and a
// switch to see only the mistakes. Other data has no picture of a sample, so nothing shows.
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { formatConfidence } from './summarize';

/** Samples shown at once: three rows of eight, enough to see a pattern in the mistakes. */
const SHOWN = 24;
/** Digits are 8×8 pixels with values 0 (blank) to 16 (full ink). */
const SIDE = 8;
const INK_MAX = 16;

export function SamplePredictions() {
  const t = useT();
  const { kind, data, confusion } = useStore(
    useShallow((s) => ({ kind: s.experiment.data.kind, data: s.data, confusion: s.confusion })),
  );
  const [onlyMistakes, setOnlyMistakes] = useState(false);

  if (kind !== 'digits' || data === null || confusion === null) return null;
  if (data.features !== SIDE * SIDE || confusion.classes !== data.classNames.length) return null;

  const { predicted, confidence } = confusion;
  const part = t(`part.${confusion.part}`);
  const points = confusion.part === 'validation' ? data.validationPoints : data.trainPoints;
  const labels = confusion.part === 'validation' ? data.validationLabels : data.trainLabels;
  const available = Math.min(predicted.length, labels.length);
  const shown: number[] = [];
  for (let i = 0; i < available && shown.length < SHOWN; i++) {
    if (!onlyMistakes || labels[i] !== predicted[i]) shown.push(i);
  }

  return (
    <div className="d-samples">
      <div className="d-chart-header">
        <h3>{t(onlyMistakes ? 'samples.firstMistakes' : 'samples.first', { part })}</h3>
        <label className="d-toggle">
          <input
            type="checkbox"
            checked={onlyMistakes}
            onChange={(e) => setOnlyMistakes(e.target.checked)}
          />
          {t('samples.onlyMistakes')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="d-placeholder">{t('samples.noMistakes', { count: available, part })}</p>
      ) : (
        <div className="d-sample-grid">
          {shown.map((i) => {
            const truth = data.classNames[labels[i]] ?? String(labels[i]);
            const guess = data.classNames[predicted[i]] ?? String(predicted[i]);
            const wrong = labels[i] !== predicted[i];
            return (
              <figure key={i} className={wrong ? 'd-sample d-sample-wrong' : 'd-sample'}>
                <DigitImage points={points} index={i} />
                <figcaption>
                  {t('samples.truth', { truth })} ·{' '}
                  <span className="d-nowrap">
                    {t('samples.guess', { guess, confidence: formatConfidence(confidence[i]) })}
                  </span>
                </figcaption>
              </figure>
            );
          })}
        </div>
      )}
    </div>
  );
}

interface DigitProps {
  /** Raw inputs, 64 per sample, row-major. */
  points: Float32Array;
  index: number;
}

/** One sample as an 8×8 canvas (scaled up in CSS, pixelated): 0 is white, 16 is black. */
function DigitImage({ points, index }: DigitProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(SIDE, SIDE);
    const offset = index * SIDE * SIDE;
    for (let j = 0; j < SIDE * SIDE; j++) {
      const ink = Math.min(1, Math.max(0, points[offset + j] / INK_MAX));
      const grey = Math.round(255 * (1 - ink));
      image.data.set([grey, grey, grey, 255], j * 4);
    }
    ctx.putImageData(image, 0, 0);
  }, [points, index]);
  return (
    <canvas
      ref={canvas}
      width={SIDE}
      height={SIDE}
      className="d-sample-canvas"
      aria-hidden="true"
    />
  );
}
