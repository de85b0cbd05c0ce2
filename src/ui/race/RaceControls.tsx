// Play, pause, step and reset for the race, its speed and where it is. Space and the right
// arrow work here as on the playground.
import { useId } from 'react';
import { lastStep, resetRace, setRaceSpeed, stepRace, toggleRace } from '../../store/race';
import { RACE_SPEEDS } from '../../store/raceState';
import { useStore } from '../../store/store';
import { usePlayShortcuts } from '../controls/usePlayShortcuts';
import { useT } from '../i18n/useT';

export function RaceControls() {
  const t = useT();
  const playing = useStore((s) => s.race.playing);
  const speed = useStore((s) => s.race.speed);
  const ready = useStore((s) => s.race.runs !== null);
  const step = useStore((s) => Math.floor(s.race.step));
  const end = useStore((s) => lastStep(s.race));
  const speedId = useId();
  usePlayShortcuts(toggleRace, stepRace);

  return (
    <div className="d-run" role="group" aria-label={t('race.controls')}>
      <button
        type="button"
        className="d-primary"
        onClick={toggleRace}
        disabled={!ready}
        aria-keyshortcuts="Space"
      >
        {playing ? t('run.pause') : t('race.play')}
      </button>
      <button
        type="button"
        onClick={stepRace}
        disabled={!ready || step >= end}
        aria-keyshortcuts="ArrowRight"
      >
        {t('race.step')}
      </button>
      <button type="button" onClick={resetRace}>
        {t('common.reset')}
      </button>
      <label className="d-field" htmlFor={speedId}>
        <span>{t('common.speed')}</span>
        <select id={speedId} value={speed} onChange={(e) => setRaceSpeed(Number(e.target.value))}>
          {RACE_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('race.speedOption', { count: s })}
            </option>
          ))}
        </select>
      </label>
      <output className="d-progress" aria-live={playing ? 'off' : 'polite'}>
        {t('race.progress', { step, end })}
      </output>
    </div>
  );
}
