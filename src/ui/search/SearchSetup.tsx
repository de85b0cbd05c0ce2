// What to search: ranges for the playground's hyperparameters (log-uniform where the scale
// is logarithmic), how many trials of how many epochs, and the held-out test fraction; then
// what is wrong with them, if anything, and the Search button (SearchStart).
import { useId, useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Experiment } from '../../spec/types';
import { settingNeed } from '../../spec/variants';
import { OPTIMIZER_CHOICES } from '../../store/catalog';
import { editSearch } from '../../store/search';
import {
  LIST_PARAMETERS,
  type ListChoice,
  type ListParameter,
  type NumericParameter,
  type RangeChoice,
  type SearchChoices,
} from '../../store/searchState';
import { useStore } from '../../store/store';
import { LimitNote } from '../controls/LimitNote';
import { NumberField } from '../controls/NumberField';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { SETTING_ROWS } from '../compare/settingRows';
import { boundLabel, LIST_LABELS, PARAMETER_LABELS } from './searchFields';
import { overLimits, type OverLimit } from './searchLimits';
import { SearchStart } from './SearchStart';

export function SearchSetup() {
  const t = useT();
  const { choices, experiment } = useStore(
    useShallow((s) => ({ choices: s.search.choices, experiment: s.experiment })),
  );
  const headingId = useId(),
    trialsNote = useId(),
    epochsNote = useId();
  const over = useMemo(() => overLimits(choices), [choices]);
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
      {LIST_PARAMETERS.map((name) => (
        <ListFieldset
          key={name}
          name={name}
          choices={choices}
          experiment={experiment}
          over={over.get(`ranges.${name}.values`)}
        />
      ))}
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
      <LimitNote id={trialsNote} text={said(t, over.get('trials'))} />
      <NumberField
        label={t('search.epochs')}
        value={choices.epochs}
        step={1}
        min={1}
        onCommit={(epochs) => editSearch({ epochs })}
      />
      <LimitNote id={epochsNote} text={said(t, over.get('epochs'))} />
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

/**
 * A setting searched from a list of integers: batch sizes, hidden layers, units, filters.
 * One the playground's network cannot vary (filters without a convolution) cannot be ticked,
 * and says why; units can once the hidden layers are searched too (they add some).
 */
function ListFieldset({
  name,
  choices,
  experiment,
  over,
}: {
  name: ListParameter;
  choices: SearchChoices;
  experiment: Experiment;
  /** The list is longer than a search chooses from. */
  over: OverLimit | undefined;
}) {
  const t = useT();
  const id = useId(),
    noteId = useId();
  const choice = choices[name];
  const label = LIST_LABELS[name];
  const needs = SETTING_ROWS[name].needs;
  const added = name === 'units' && choices.hiddenLayers.enabled;
  const missing = needs !== undefined && !added && settingNeed(experiment, name) !== null;
  const edit = (patch: Partial<ListChoice>) => editSearch({ [name]: { ...choice, ...patch } });
  return (
    <ToggleFieldset
      label={t(label)}
      enabled={choice.enabled}
      // Still untickable when ticked, so that it can be unticked.
      disabled={missing && !choice.enabled}
      note={missing && needs !== undefined ? t(needs.note) : undefined}
      onToggle={(enabled) => edit({ enabled })}
    >
      <label className="d-field" htmlFor={id}>
        <span>{t('search.oneOfNamed', { name: t(label) })}</span>
        <input
          id={id}
          type="text"
          value={choice.values}
          aria-invalid={over !== undefined ? true : undefined}
          aria-describedby={noteId}
          onChange={(e) => edit({ values: e.target.value })}
        />
      </label>
      <LimitNote id={noteId} text={said(t, over)} />
    </ToggleFieldset>
  );
}

/** A field's limit in the page's words, once it is past it. */
function said(t: Translator, over: OverLimit | undefined): string | null {
  return over === undefined ? null : t(over.key, over.vars);
}

/** A setting the search may vary: a ticked legend, and its range only while ticked. */
function ToggleFieldset({
  label,
  enabled,
  disabled = false,
  note,
  onToggle,
  children,
}: {
  label: string;
  enabled: boolean;
  disabled?: boolean;
  /** Why it cannot be ticked, shown whether ticked or not. */
  note?: string;
  onToggle: (enabled: boolean) => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="d-fieldset">
      <legend>
        <label className="d-check">
          <input
            type="checkbox"
            checked={enabled}
            disabled={disabled}
            onChange={(e) => onToggle(e.target.checked)}
          />{' '}
          {label}
        </label>
      </legend>
      {note !== undefined && <p className="d-note">{note}</p>}
      {enabled && children}
    </fieldset>
  );
}
