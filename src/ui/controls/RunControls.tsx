// Play, pause, step and reset, with the run's progress. Space plays or pauses and the right
// arrow steps one batch, unless the focus is in a text field.
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { reset, setSpeed, step, togglePlay, useStore } from '../../store/store';
import { SPEEDS } from '../../worker/protocol';
import { usePlayShortcuts } from './usePlayShortcuts';

const stepBatch = () => step('batch');

export function RunControls() {
  const run = useStore(useShallow((s) => s.run));
  const last = useStore((s) => s.epochs.at(-1));
  const speed = useStore((s) => s.speed);
  const speedId = useId();
  const stopped = ['diverged', 'finished', 'loading', 'idle'].includes(run.status);

  usePlayShortcuts(togglePlay, stepBatch);

  return (
    <div className="d-run" role="group" aria-label="Training controls">
      <button
        type="button"
        className="d-primary"
        onClick={togglePlay}
        disabled={stopped}
        aria-keyshortcuts="Space"
      >
        {run.status === 'running' ? 'Pause' : 'Train'}
      </button>
      <button type="button" onClick={stepBatch} disabled={stopped} aria-keyshortcuts="ArrowRight">
        Step batch
      </button>
      <button type="button" onClick={() => step('epoch')} disabled={stopped}>
        Step epoch
      </button>
      <button type="button" onClick={() => void reset()}>
        Reset
      </button>
      <label className="d-field" htmlFor={speedId}>
        <span>Speed</span>
        <select
          id={speedId}
          value={SPEEDS.findIndex((s) => s.stepsPerSecond === speed)}
          onChange={(e) => setSpeed(SPEEDS[Number(e.target.value)].stepsPerSecond)}
        >
          {SPEEDS.map((s, i) => (
            <option key={s.label} value={i}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <output className="d-progress" aria-live={run.status === 'running' ? 'off' : 'polite'}>
        Epoch {run.epoch} · step {run.step}
        {last ? ` · loss ${last.loss.toPrecision(4)}` : ''}
        {last?.valLoss != null ? ` · validation loss ${last.valLoss.toPrecision(4)}` : ''}
        {run.status === 'running' && run.stepsPerSecond > 0
          ? ` · ${Math.round(run.stepsPerSecond)} steps/s`
          : ''}
      </output>
    </div>
  );
}
