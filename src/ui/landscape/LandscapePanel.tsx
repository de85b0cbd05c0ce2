// "The network's own landscape": the loss on a plane through the current weights, computed
// by the worker on request (training pauses meanwhile) and drawn as it fills in.
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { cancelLandscape, computeLandscape } from '../../store/landscape';
import { useStore } from '../../store/store';
import {
  LANDSCAPE_RESOLUTIONS,
  type LandscapeDirections,
  type LandscapePicture,
} from '../../worker/protocol';
import { computedSummary, DIRECTION_CHOICES } from './labels';
import { LandscapePlot } from './LandscapePlot';

/** Fine enough to show a valley's shape, quick enough (about a second) to wait for. */
const DEFAULT_RESOLUTION = 41;

const PLANE_NOTES: Record<LandscapeDirections, string> = {
  random:
    "Two random directions, each scaled unit by unit to the size of that unit's incoming " +
    'weights (biases stay put), so a step of 1 is equally large for every unit and the ' +
    "picture's width means the same for any network.",
  pca:
    'The two directions along which the weights recorded at the start and at each epoch’s ' +
    'end differ most; the line is the training path seen in that plane.',
};

export function LandscapePanel() {
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
      <h3 id={`${id}-h`}>Loss landscape</h3>
      <p className="d-note">
        The training loss on a plane through the current weights: each point is the loss after
        moving the weights by <i>a</i> along one direction and <i>b</i> along another (Li et al.
        2018, “Visualizing the Loss Landscape of Neural Nets”). Computing it pauses training.
      </p>
      <fieldset className="d-fieldset">
        <legend>Directions</legend>
        {DIRECTION_CHOICES.map((choice) => (
          <label key={choice.value} className="d-field d-check">
            <input
              type="radio"
              name={`${id}-directions`}
              value={choice.value}
              checked={directions === choice.value}
              onChange={() => setDirections(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <div className="d-row">
        <label className="d-field" htmlFor={`${id}-resolution`}>
          <span>Resolution</span>
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
          Compute
        </button>
        {computing && (
          <button type="button" onClick={cancelLandscape}>
            Cancel
          </button>
        )}
      </div>
      {picture !== null && (
        <div className="d-row">
          <progress
            aria-label="Loss landscape progress"
            max={picture.total}
            value={picture.computed}
          />
          <span className="d-readout" aria-live={computing ? 'off' : 'polite'}>
            {statusLine(landscape.status, picture)}
          </span>
        </div>
      )}
      {landscape.message !== null && (
        <div
          role={landscape.status === 'failed' ? 'alert' : 'status'}
          className={`d-alert${landscape.status === 'failed' ? ' d-alert-danger' : ''}`}
        >
          {landscape.message}
        </div>
      )}
      {picture !== null && landscape.status === 'done' && picture.step !== step && (
        <p className="d-note">
          The network has trained since (this is the landscape at step {picture.step}): compute
          again for its current weights.
        </p>
      )}
      {picture !== null && (
        <>
          <LandscapePlot picture={picture} />
          <p className="d-note">{PLANE_NOTES[picture.directions]}</p>
        </>
      )}
    </div>
  );
}

function statusLine(status: string, picture: LandscapePicture): string {
  if (status === 'done') return `Done: ${computedSummary(picture)}.`;
  const points = `${picture.computed} of ${picture.total} points`;
  return status === 'computing' ? `Computing: ${points}…` : `Stopped at ${points}.`;
}
