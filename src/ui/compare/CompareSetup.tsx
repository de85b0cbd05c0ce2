// What to compare: one setting of the playground's experiment and the values to try (typed
// or ticked in the form, or a lesson's that the form cannot show, listed as they will run).
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { cancelCompare, runCompare, setVary } from '../../store/compare';
import { useStore } from '../../store/store';
import type { VaryName } from '../../spec/types';
import { settingNeed } from '../../spec/variants';
import { StartCancel } from '../controls/StartCancel';
import { useT } from '../i18n/useT';
import { ComparePreset } from './ComparePreset';
import { SETTING_ROWS as VARY } from './settingRows';
import { ValuesEditor } from './ValuesEditor';

export function CompareSetup() {
  const t = useT();
  const { vary, choices, preset, error, running, experiment } = useStore(
    useShallow((s) => ({
      vary: s.compare.vary,
      choices: s.compare.choices,
      preset: s.compare.preset,
      error: s.compare.error,
      running: s.compare.runs.some((r) => r.status === 'queued' || r.status === 'running'),
      experiment: s.experiment,
    })),
  );
  // The settings this network cannot vary (filters without a convolution).
  const lacks = (name: VaryName) => settingNeed(experiment, name) !== null;
  const row = VARY[vary];
  const headingId = useId(),
    varyId = useId();
  return (
    <section className="d-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('compare.heading')}</h2>
      <p className="d-note">{t('compare.intro')}</p>
      <label className="d-field" htmlFor={varyId}>
        <span>{t('compare.vary')}</span>
        <select id={varyId} value={vary} onChange={(e) => setVary(e.target.value as VaryName)}>
          {(Object.keys(VARY) as VaryName[]).map((name) => {
            const { label, needs } = VARY[name];
            const missing = needs !== undefined && lacks(name);
            return (
              <option key={name} value={name} disabled={missing}>
                {missing ? `${t(label)} — ${t(needs.short)}` : t(label)}
              </option>
            );
          })}
        </select>
      </label>
      {row.needs !== undefined && lacks(vary) && <p className="d-note">{t(row.needs.note)}</p>}
      {row.reshapes && <p className="d-note">{t('compare.architectureNote')}</p>}
      {preset !== null ? (
        <ComparePreset preset={preset} />
      ) : (
        <ValuesEditor vary={vary} choices={choices} />
      )}
      <StartCancel
        error={error}
        startLabel={t('compare.run')}
        onStart={runCompare}
        onCancel={cancelCompare}
        running={running}
      />
    </section>
  );
}
