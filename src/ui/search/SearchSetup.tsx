// What to search: ranges for the playground's hyperparameters (log-uniform where the scale
// is logarithmic), how many trials of how many epochs, and the held-out test fraction; then
// what is wrong with them, if anything, and the Search button (SearchStart).
import { useId, type ReactNode } from 'react';
import { OPTIMIZER_CHOICES } from '../../store/catalog';
import { editSearch } from '../../store/search';
import type { NumericParameter, RangeChoice } from '../../store/searchState';
import { useStore } from '../../store/store';
import { NumberField } from '../controls/NumberField';
import { useT } from '../i18n/useT';
import { boundLabel, PARAMETER_LABELS } from './searchFields';
import { SearchStart } from './SearchStart';

export function SearchSetup() {
  const t = useT();
  const choices = useStore((s) => s.search.choices);
  const headingId = useId(),
    batchId = useId();
  const setRange = (name: NumericParameter, patch: Partial<RangeChoice>) =>
    editSearch({ ranges: { ...choices.ranges, [name]: { ...choices.ranges[name], ...patch } } });

  return (
    <section className="d-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('search.heading')}</h2>
      <p className="d-note">{t('search.intro')}</p>
      {(Object.keys(PARAMETER_LABELS) as NumericParameter[]).map((name) => {
        const r = choices.ranges[name];
        return (
          <ToggleFieldset
            key={name}
            label={t(PARAMETER_LABELS[name])}
            enabled={r.enabled}
            onToggle={(enabled) => setRange(name, { enabled })}
          >
            <NumberField
              label={boundLabel(t, name, 'min')}
              value={r.min}
              onCommit={(min) => setRange(name, { min })}
            />
            <NumberField
              label={boundLabel(t, name, 'max')}
              value={r.max}
              onCommit={(max) => setRange(name, { max })}
            />
            <label className="d-field d-check">
              <input
                type="checkbox"
                checked={r.log}
                onChange={(e) => setRange(name, { log: e.target.checked })}
              />
              {t('search.log')}
            </label>
          </ToggleFieldset>
        );
      })}
      <ToggleFieldset
        label={t('param.batchSize')}
        enabled={choices.batchSize.enabled}
        onToggle={(enabled) => editSearch({ batchSize: { ...choices.batchSize, enabled } })}
      >
        <label className="d-field" htmlFor={batchId}>
          <span>{t('search.oneOf')}</span>
          <input
            id={batchId}
            type="text"
            value={choices.batchSize.values}
            onChange={(e) =>
              editSearch({ batchSize: { ...choices.batchSize, values: e.target.value } })
            }
          />
        </label>
      </ToggleFieldset>
      <ToggleFieldset
        label={t('optim.optimizer')}
        enabled={choices.optimizer.enabled}
        onToggle={(enabled) => editSearch({ optimizer: { ...choices.optimizer, enabled } })}
      >
        {OPTIMIZER_CHOICES.map((o) => (
          <label key={o.name} className="d-field d-check">
            <input
              type="checkbox"
              checked={choices.optimizer.values.includes(o.name)}
              onChange={(e) => {
                const values = e.target.checked
                  ? [...choices.optimizer.values, o.name]
                  : choices.optimizer.values.filter((n) => n !== o.name);
                editSearch({ optimizer: { ...choices.optimizer, values } });
              }}
            />
            {t.label('optimizer', o.name, o.label)}
          </label>
        ))}
      </ToggleFieldset>
      <NumberField
        label={t('search.trials')}
        value={choices.trials}
        step={1}
        min={1}
        onCommit={(trials) => editSearch({ trials })}
      />
      <NumberField
        label={t('search.epochs')}
        value={choices.epochs}
        step={1}
        min={1}
        onCommit={(epochs) => editSearch({ epochs })}
      />
      <NumberField
        label={t('search.test')}
        value={choices.test}
        min={0}
        onCommit={(test) => editSearch({ test })}
      />
      <NumberField
        label={t('search.seed')}
        value={choices.seed}
        step={1}
        min={0}
        onCommit={(seed) => editSearch({ seed })}
      />
      <SearchStart />
    </section>
  );
}

/** A setting the search may vary: a ticked legend, and its range only while ticked. */
function ToggleFieldset({
  label,
  enabled,
  onToggle,
  children,
}: {
  label: string;
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="d-fieldset">
      <legend>
        <label className="d-check">
          <input type="checkbox" checked={enabled} onChange={(e) => onToggle(e.target.checked)} />{' '}
          {label}
        </label>
      </legend>
      {enabled && children}
    </fieldset>
  );
}
