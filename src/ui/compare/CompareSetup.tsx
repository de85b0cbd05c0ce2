// What to compare: one setting of the playground's experiment and the values to try (typed
// or ticked in the form, or a lesson's that the form cannot show, listed as they will run).
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ACTIVATION_CHOICES, INIT_CHOICES, OPTIMIZER_CHOICES } from '../../store/catalog';
import { cancelCompare, editChoices, runCompare, setVary } from '../../store/compare';
import type { CompareChoices } from '../../store/compareState';
import { useStore } from '../../store/store';
import type { VaryName } from '../../spec/types';
import { settingNeed } from '../../spec/variants';
import { NumberField } from '../controls/NumberField';
import { StartCancel } from '../controls/StartCancel';
import { useT } from '../i18n/useT';
import { ComparePreset } from './ComparePreset';
import { SETTING_ROWS as VARY } from './settingRows';

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

function ValuesEditor({ vary, choices }: { vary: VaryName; choices: CompareChoices }) {
  const t = useT();
  const id = useId();
  const hintKey = VARY[vary].hint;
  const hint = hintKey === undefined ? undefined : t(hintKey);
  const initLabel = (name: string) =>
    t.label('init', name, INIT_CHOICES.find((c) => c.name === name)?.label ?? name);
  switch (vary) {
    case 'optimizer':
      return (
        <Ticks
          legend={t('compare.optimizers')}
          kind="optimizer"
          options={OPTIMIZER_CHOICES}
          ticked={choices.optimizer}
          onChange={(optimizer) => editChoices({ optimizer })}
        />
      );
    case 'activation':
      return (
        <Ticks
          legend={t('compare.activations')}
          kind="activation"
          options={ACTIVATION_CHOICES.filter((a) => a.name !== 'softmax')}
          ticked={choices.activation}
          onChange={(activation) => editChoices({ activation })}
        />
      );
    case 'initializer':
      return (
        <>
          <Ticks
            legend={t('compare.initializers')}
            kind="init"
            options={INIT_CHOICES}
            ticked={choices.initializer}
            onChange={(initializer) => editChoices({ initializer })}
          />
          {choices.initializer.includes('normal') && (
            <NumberField
              label={t('compare.initStd', { name: initLabel('normal') })}
              value={choices.initStd}
              onCommit={(initStd) => editChoices({ initStd })}
            />
          )}
          {choices.initializer.includes('uniform') && (
            <NumberField
              label={t('compare.initLimit', { name: initLabel('uniform') })}
              value={choices.initLimit}
              onCommit={(initLimit) => editChoices({ initLimit })}
            />
          )}
        </>
      );
    case 'batchNorm':
      return <p className="d-note">{t('compare.batchNormNote')}</p>;
    default:
      return (
        <label className="d-field" htmlFor={id}>
          <span>{t('compare.values')}</span>
          <input
            id={id}
            type="text"
            value={choices[vary]}
            placeholder={hint}
            aria-description={hint}
            onChange={(e) => editChoices({ [vary]: e.target.value })}
          />
        </label>
      );
  }
}

function Ticks({
  legend,
  kind,
  options,
  ticked,
  onChange,
}: {
  legend: string;
  /** The catalog the options come from, for their translated labels. */
  kind: 'optimizer' | 'activation' | 'init';
  options: { name: string; label: string }[];
  ticked: string[];
  onChange: (ticked: string[]) => void;
}) {
  const t = useT();
  return (
    <fieldset className="d-fieldset">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.name} className="d-field d-check">
          <input
            type="checkbox"
            checked={ticked.includes(o.name)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? options.map((x) => x.name).filter((n) => n === o.name || ticked.includes(n))
                  : ticked.filter((n) => n !== o.name),
              )
            }
          />
          {t.label(kind, o.name, o.label)}
        </label>
      ))}
    </fieldset>
  );
}
