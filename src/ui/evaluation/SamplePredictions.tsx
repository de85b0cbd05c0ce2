// For image data (digits, Fashion-MNIST, a CSV read as images): the first samples of the
// evaluated part as small pictures, each captioned with its true class and the network's
// guess, mistakes outlined, and a switch to see only the mistakes. Each picture is a button:
// pressing it makes it the sample the network diagram follows through every layer, and the
// one the glass box opens on request. Other data has no picture of a sample, so nothing shows.
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ImageShape } from '../../spec/layers';
import { openGlass } from '../../store/glass';
import { chooseSample } from '../../store/sample';
import { useSampled } from '../../store/sampled';
import { useStore } from '../../store/store';
import { CONFUSION_PHASE, selectConfusion, VIEW_MS } from './ConfusionMatrix';
import { useClassNames } from '../i18n/useClassNames';
import { useT } from '../i18n/useT';
import { paintImage, partSamples } from '../pictures/pixels';
import { formatConfidence } from './summarize';

/** Samples shown at once: three rows of eight, enough to see a pattern in the mistakes. */
const SHOWN = 24;

export function SamplePredictions() {
  const t = useT();
  const { data, trace } = useStore(useShallow((s) => ({ data: s.data, trace: s.network?.trace })));
  // With the confusion matrix above, after the training charts (ConfusionMatrix.tsx).
  const confusion = useSampled(selectConfusion, VIEW_MS, CONFUSION_PHASE);
  const [onlyMistakes, setOnlyMistakes] = useState(false);
  const names = useClassNames(data?.classNames);

  const image = data?.image ?? null;
  if (data === null || image === null || confusion === null) return null;
  if (confusion.classes !== data.classNames.length) return null;

  const { predicted, confidence, part } = confusion;
  const { points, labels } = partSamples(data, part);
  // One scale for every picture: the data's darkest and brightest pixel.
  const range = data.pixelRange ?? ([0, 1] as const);
  const partName = t(`part.${part}`);
  const available = Math.min(predicted.length, labels.length);
  const shown: number[] = [];
  for (let i = 0; i < available && shown.length < SHOWN; i++) {
    if (!onlyMistakes || labels[i] !== predicted[i]) shown.push(i);
  }
  const chosen =
    trace?.choice.kind === 'point' && trace.choice.part === part ? trace.choice.index : -1;

  return (
    <div className="d-samples">
      <div className="d-chart-header">
        <h3>{t(onlyMistakes ? 'samples.firstMistakes' : 'samples.first', { part: partName })}</h3>
        {chosen >= 0 && (
          <button
            type="button"
            onClick={() =>
              void openGlass({ kind: 'point', part, index: chosen }, null, { reveal: true })
            }
          >
            {t('samples.openGlass', { n: chosen + 1 })}
          </button>
        )}
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
        <p className="d-placeholder">
          {t('samples.noMistakes', { count: available, part: partName })}
        </p>
      ) : (
        <div className="d-sample-grid">
          {shown.map((i) => {
            const truth = names[labels[i]] ?? String(labels[i]);
            const guess = names[predicted[i]] ?? String(predicted[i]);
            const wrong = labels[i] !== predicted[i];
            const caption = `${t('samples.truth', { truth })} · ${t('samples.guess', {
              guess,
              confidence: formatConfidence(confidence[i]),
            })}`;
            return (
              <button
                type="button"
                key={i}
                className={wrong ? 'd-sample d-sample-wrong' : 'd-sample'}
                aria-pressed={i === chosen}
                aria-label={t('samples.choose', { n: i + 1, caption })}
                onClick={() => chooseSample({ kind: 'point', part, index: i })}
              >
                <SampleImage points={points} index={i} shape={image} range={range} />
                <span className="d-sample-caption" aria-hidden="true">
                  {t('samples.truth', { truth })} ·{' '}
                  <span className="d-nowrap">
                    {t('samples.guess', { guess, confidence: formatConfidence(confidence[i]) })}
                  </span>
                </span>
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}

interface SampleProps {
  /** Raw inputs, C·H·W per sample. */
  points: Float32Array;
  index: number;
  shape: ImageShape;
  range: readonly [number, number];
}

/** One sample as a canvas of its own size (scaled up in CSS, pixelated). */
export function SampleImage({ points, index, shape, range }: SampleProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const size = shape[0] * shape[1] * shape[2];
    if (canvas.current) paintImage(canvas.current, points, index * size, shape, range);
  }, [points, index, shape, range]);
  return (
    <canvas
      ref={canvas}
      width={shape[2]}
      height={shape[1]}
      className="d-sample-canvas"
      aria-hidden="true"
    />
  );
}
