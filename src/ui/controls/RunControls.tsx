// Play, pause, step and reset, with the run's progress. Space plays or pauses and the right
// arrow steps one batch, unless the focus is in a text field.
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { restart, setSpeed, step, togglePlay } from '../../store/actions';
import { isStopped, SPEEDS, useStore } from '../../store/store';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';
import { RunMessage } from './RunMessage';
import { CoachAlert } from '../coach/CoachAlert';
import { usePlayShortcuts } from './usePlayShortcuts';

const stepBatch = () => step('batch');

/** The speeds the store offers (SPEEDS), by their English names. */
const SPEED_LABELS: Record<string, MessageKey> = {
  Slow: 'run.speed.slow',
  Normal: 'run.speed.normal',
  Fast: 'run.speed.fast',
  'Very fast': 'run.speed.veryFast',
  Fastest: 'run.speed.fastest',
};

export function RunControls() {
  const t = useT();
  const run = useStore(useShallow((s) => s.run));
  const last = useStore((s) => s.epochs.at(-1));
  const speed = useStore((s) => s.speed);
  const speedId = useId();
  const stopped = isStopped(run.status);

  usePlayShortcuts(togglePlay, stepBatch);

  return (
    <>
      <div className="d-run" role="group" aria-label={t('run.controls')}>
        <button
          type="button"
          className="d-primary"
          onClick={togglePlay}
          disabled={stopped}
          aria-keyshortcuts="Space"
        >
          {run.status === 'running' ? t('run.pause') : t('run.train')}
        </button>
        <button type="button" onClick={stepBatch} disabled={stopped} aria-keyshortcuts="ArrowRight">
          {t('run.stepBatch')}
        </button>
        <button type="button" onClick={() => step('epoch')} disabled={stopped}>
          {t('run.stepEpoch')}
        </button>
        <button type="button" onClick={restart}>
          {t('common.reset')}
        </button>
        <label className="d-field" htmlFor={speedId}>
          <span>{t('common.speed')}</span>
          <select
            id={speedId}
            value={SPEEDS.findIndex((s) => s.stepsPerSecond === speed)}
            onChange={(e) => setSpeed(SPEEDS[Number(e.target.value)].stepsPerSecond)}
          >
            {SPEEDS.map((s, i) => (
              <option key={s.label} value={i}>
                {s.label in SPEED_LABELS ? t(SPEED_LABELS[s.label]) : s.label}
              </option>
            ))}
          </select>
        </label>
        <output className="d-progress" aria-live={run.status === 'running' ? 'off' : 'polite'}>
          {[
            t('run.progress', { epoch: run.epoch, step: run.step }),
            last && t('run.loss', { loss: last.loss.toPrecision(4) }),
            last?.valLoss != null && t('run.validationLoss', { loss: last.valLoss.toPrecision(4) }),
            run.status === 'running' &&
              run.stepsPerSecond > 0 &&
              t('run.rate', { rate: Math.round(run.stepsPerSecond) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </output>
      </div>
      <RunMessage />
      <CoachAlert />
    </>
  );
}
