// The race's surface, start, budget and noise: a preset to begin from, a built-in surface or
// a formula of one's own, the start point (also set by clicking the surface), the arrows.
import { useId } from 'react';
import type { Message } from '../../spec/message';
import { CUSTOM_SURFACE, SURFACE_CHOICES } from '../../store/catalog';
import { dismissRaceError, editRace, loadPreset, setArrows } from '../../store/race';
import { RACE_PRESETS } from '../../store/racePresets';
import { inWindow, surfaceWindow } from '../../store/raceSettings';
import { useStore } from '../../store/store';
import { NumberField } from '../controls/NumberField';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';
import { FormulaField } from './FormulaField';
import { startOutsideNote, word } from './raceNotes';

export function RaceSetup() {
  const t = useT();
  const race = useStore((s) => s.race);
  const { settings } = race;
  const presetId = useId(),
    surfaceId = useId(),
    noiseId = useId();
  const preset = RACE_PRESETS.find((p) => p.name === race.preset);
  const view = surfaceWindow(settings);
  const outside = startOutsideNote(settings.start, view);

  return (
    <section className="d-panel" aria-labelledby={`${presetId}-h`}>
      <h2 id={`${presetId}-h`}>{t('race.surface')}</h2>
      <label className="d-field" htmlFor={presetId}>
        <span>{t('race.preset')}</span>
        <select
          id={presetId}
          value={race.preset ?? ''}
          onChange={(e) => e.target.value !== '' && loadPreset(e.target.value)}
        >
          {race.preset === null && <option value="">{t('race.ownSettings')}</option>}
          {RACE_PRESETS.map((p) => (
            <option key={p.name} value={p.name}>
              {t(p.label as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {preset && <p className="d-note">{t(preset.note as MessageKey)}</p>}
      <label className="d-field" htmlFor={surfaceId}>
        <span>{t('race.surface')}</span>
        <select
          id={surfaceId}
          value={settings.surface}
          onChange={(e) =>
            editRace((s) => {
              s.surface = e.target.value;
              s.window = null;
              // The start stays if it fits the new window; else the window's centre-left.
              const w = SURFACE_CHOICES.find((c) => c.name === s.surface)!.view;
              if (!inWindow(s.start, w)) {
                s.start = [w.x[0] + 0.2 * (w.x[1] - w.x[0]), (w.y[0] + w.y[1]) / 2];
              }
            }, true)
          }
        >
          {SURFACE_CHOICES.map((c) => (
            <option key={c.name} value={c.name}>
              {t.label('surface', c.name, c.label)}
            </option>
          ))}
        </select>
      </label>
      {settings.surface === CUSTOM_SURFACE ? (
        <FormulaField expression={settings.expression} />
      ) : (
        <p className="d-note">
          {t('race.formula')} {SURFACE_CHOICES.find((c) => c.name === settings.surface)?.formula}
        </p>
      )}
      {race.error !== null && (
        // Validation's own words stay at hand (as the CLI says them) behind the page's.
        <div role="alert" className="d-alert d-alert-danger" title={detail(race.error)}>
          {word(t, race.error)}{' '}
          <button type="button" className="d-link" onClick={dismissRaceError}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {settings.surface === CUSTOM_SURFACE && (
        <fieldset className="d-fieldset">
          <legend>{t('race.viewWindow')}</legend>
          {(['x', 'y'] as const).map((axis) =>
            ([0, 1] as const).map((end) => (
              <NumberField
                key={`${axis}${end}`}
                label={t(end === 0 ? 'race.windowFrom' : 'race.windowTo', { axis })}
                value={view[axis][end]}
                onCommit={(v) =>
                  editRace((s) => {
                    const w = structuredClone(surfaceWindow(s));
                    w[axis][end] = v;
                    // A window is two increasing finite ranges; anything else is not applied.
                    if (!(Number.isFinite(v) && w[axis][0] < w[axis][1])) {
                      throw new Error(t('race.windowOrder', { axis }));
                    }
                    s.window = w;
                  })
                }
              />
            )),
          )}
        </fieldset>
      )}
      <fieldset className="d-fieldset">
        <legend>{t('race.start')}</legend>
        <NumberField
          label={t('race.startX')}
          value={settings.start[0]}
          onCommit={(v) => editRace((s) => void (s.start = [v, s.start[1]]), true)}
        />
        <NumberField
          label={t('race.startY')}
          value={settings.start[1]}
          onCommit={(v) => editRace((s) => void (s.start = [s.start[0], v]), true)}
        />
        {outside && (
          <p className="d-alert" role="status">
            {word(t, outside)}
          </p>
        )}
      </fieldset>
      <NumberField
        label={t('race.steps')}
        value={settings.steps}
        step={1}
        min={1}
        onCommit={(v) => editRace((s) => void (s.steps = v))}
      />
      <label className="d-field" htmlFor={noiseId}>
        <span>{t('race.noise')}</span>
        <input
          id={noiseId}
          type="range"
          min={0}
          max={noiseMax(settings.gradientNoise)}
          step="any"
          value={settings.gradientNoise}
          onChange={(e) => editRace((s) => void (s.gradientNoise = Number(e.target.value)))}
        />
      </label>
      <NumberField
        label={t('race.noiseStd')}
        value={settings.gradientNoise}
        min={0}
        onCommit={(v) => editRace((s) => void (s.gradientNoise = v))}
      />
      <NumberField
        label={t('race.noiseSeed')}
        value={settings.seed}
        step={1}
        min={0}
        onCommit={(v) => editRace((s) => void (s.seed = v))}
      />
      <fieldset className="d-fieldset">
        <legend>{t('race.arrows')}</legend>
        <label className="d-field d-check">
          <input
            type="checkbox"
            checked={race.arrows.gradient}
            onChange={(e) => setArrows({ gradient: e.target.checked })}
          />
          {t('race.arrowGradient')}
        </label>
        <label className="d-field d-check">
          <input
            type="checkbox"
            checked={race.arrows.momentum}
            onChange={(e) => setArrows({ momentum: e.target.checked })}
          />
          {t('race.arrowMomentum')}
        </label>
        <label className="d-field d-check">
          <input
            type="checkbox"
            checked={race.arrows.second}
            onChange={(e) => setArrows({ second: e.target.checked })}
          />
          {t('race.arrowSecond')}
        </label>
      </fieldset>
    </section>
  );
}

/** Validation's message behind a refusal the page words itself; none when it is the text. */
function detail(error: Message): string | undefined {
  return error.key === 'race.refused' ? undefined : String(error.vars?.message ?? '');
}

/** The noise slider's range: 10 by default, growing with a typed value. */
function noiseMax(current: number): number {
  return Math.max(10, current);
}
