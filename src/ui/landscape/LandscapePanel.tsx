// "The network's own landscape": the loss on a plane through the current weights, computed
// by the worker on request (training pauses meanwhile) and drawn as it fills in.
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  LANDSCAPE_RESOLUTIONS,
  type LandscapeDirections,
  type LandscapePicture,
} from '../../spec/protocol/training';
import { cancelLandscape, computeLandscape } from '../../store/landscape';
import { useStore } from '../../store/store';
import type { MessageKey } from '../i18n/dictionaries/en';
import { fill } from '../i18n/fill';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { computedSummary, DIRECTION_CHOICES } from './labels';
import { LandscapePlot } from './LandscapePlot';

/** Fine enough to show a valley's shape, quick enough (about a second) to wait for. */
const DEFAULT_RESOLUTION = 41;

const PLANE_NOTES: Record<LandscapeDirections, MessageKey> = {
  random: 'landscape.note.random',
  pca: 'landscape.note.pca',
};

export function LandscapePanel() {
  const t = useT();
  const { landscape, status, step } = useStore(
    useShallow((s) => ({ landscape: s.landscape, status: s.run.status, step: s.run.step })),
  );
  const [directions, setDirections] = useState<LandscapeDirections>('random');
  const [resolution, setResolution] = useState(DEFAULT_RESOLUTION);
  const id = useId();
  const computing = landscape.status === 'computing';
  const picture = landscape.picture;
  const noNetwork = status === 'loading' || status === 'idle';

  return (
    <div className="d-landscape-panel">
      <h3 id={`${id}-h`}>{t('landscape.heading')}</h3>
      <p className="d-note">{fill(t('landscape.intro'), { a: <i>a</i>, b: <i>b</i> })}</p>
      <fieldset className="d-fieldset">
        <legend>{t('landscape.directions')}</legend>
        {DIRECTION_CHOICES.map((choice) => (
          <label key={choice.value} className="d-field d-check">
            <input
              type="radio"
              name={`${id}-directions`}
              value={choice.value}
              checked={directions === choice.value}
              onChange={() => setDirections(choice.value)}
            />
            {t(choice.label)}
          </label>
        ))}
      </fieldset>
      <div className="d-row">
        <label className="d-field" htmlFor={`${id}-resolution`}>
          <span>{t('landscape.resolution')}</span>
          <select
            id={`${id}-resolution`}
            value={resolution}
            onChange={(e) => setResolution(Number(e.target.value))}
          >
            {LANDSCAPE_RESOLUTIONS.map((r) => (
              <option key={r} value={r}>
                {r}×{r}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="d-primary"
          disabled={noNetwork}
          onClick={() => computeLandscape(directions, resolution)}
        >
          {t('landscape.compute')}
        </button>
        {computing && (
          <button type="button" onClick={cancelLandscape}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      {picture !== null && (
        <div className="d-row">
          <progress
            aria-label={t('landscape.progress')}
            max={picture.total}
            value={picture.computed}
          />
          <span className="d-readout" aria-live={computing ? 'off' : 'polite'}>
            {statusLine(t, landscape.status, picture)}
          </span>
        </div>
      )}
      {landscape.message !== null && (
        <div
          role={landscape.status === 'failed' ? 'alert' : 'status'}
          className={`d-alert${landscape.status === 'failed' ? ' d-alert-danger' : ''}`}
        >
          {t(landscape.message.key as MessageKey, landscape.message.vars)}
        </div>
      )}
      {picture !== null && landscape.status === 'done' && picture.step !== step && (
        <p className="d-note">{t('landscape.trainedSince', { step: picture.step })}</p>
      )}
      {picture !== null && (
        <>
          <LandscapePlot picture={picture} />
          <p className="d-note">{t(PLANE_NOTES[picture.directions])}</p>
        </>
      )}
    </div>
  );
}

function statusLine(t: Translator, status: string, picture: LandscapePicture): string {
  if (status === 'done') return t('landscape.done', { summary: computedSummary(t, picture) });
  const points = t('landscape.points', { computed: picture.computed, total: picture.total });
  return t(status === 'computing' ? 'landscape.computing' : 'landscape.stopped', { points });
}
