// The optimizer and its hyperparameters (PyTorch's defaults) with its update rule written
// with them, and how to train: batch size, the training settings. All apply to the running
// network from its next step.
import { useId } from 'react';
import type { HyperparameterField } from '../../spec/catalog/optimizers';
import type { OptimizerName, OptimizerSpec } from '../../spec/types';
import { OPTIMIZER_CHOICES } from '../../store/catalog';
import { editExperiment } from '../../store/actions';
import { useStore } from '../../store/store';
import type { MessageKey } from '../i18n/dictionaries/en';
import { OptimizerFormula } from '../formulas/OptimizerFormula';
import { useT } from '../i18n/useT';
import type { FieldPath } from './experimentFields';
import { NumberField } from './NumberField';
import { AugmentSettings } from './AugmentSettings';
import { TrainingSettings } from './TrainingSettings';

/** A label for every numeric field of the catalog (Nesterov's flag is a checkbox of its own). */
const FIELD_LABELS: Record<Exclude<HyperparameterField, 'nesterov'>, MessageKey> = {
  lr: 'param.lr',
  momentum: 'param.momentum',
  weightDecay: 'param.weightDecay',
  eps: 'param.eps',
  rho: 'param.rho',
  alpha: 'param.alpha',
  beta1: 'param.beta1',
  beta2: 'param.beta2',
  momentumDecay: 'param.momentumDecay',
};

export function OptimizerPanel() {
  const t = useT();
  const optimizer = useStore((s) => s.experiment.optimizer);
  const headingId = useId(),
    nameId = useId(),
    nesterovId = useId();
  const fields = Object.keys(optimizer).filter((k) => k !== 'name') as (keyof OptimizerSpec)[];
  const set = (key: keyof OptimizerSpec, value: number | boolean) =>
    editExperiment((e) => void ((e.optimizer as unknown as Record<string, unknown>)[key] = value));

  return (
    <section className="d-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('optim.heading')}</h2>
      <label className="d-field" htmlFor={nameId}>
        <span>{t('optim.optimizer')}</span>
        <select
          id={nameId}
          value={optimizer.name}
          onChange={(e) => {
            const choice = OPTIMIZER_CHOICES.find((o) => o.name === e.target.value)!;
            // A new optimizer starts from its own defaults, keeping the learning rate.
            editExperiment(
              (x) =>
                void (x.optimizer = {
                  name: choice.name as OptimizerName,
                  ...choice.defaults,
                  lr: x.optimizer.lr,
                } as OptimizerSpec),
            );
          }}
        >
          {OPTIMIZER_CHOICES.map((o) => (
            <option key={o.name} value={o.name}>
              {t.label('optimizer', o.name, o.label)}
            </option>
          ))}
        </select>
      </label>
      {fields.map((key) =>
        key === 'nesterov' ? (
          <label key={key} className="d-field d-check" htmlFor={nesterovId}>
            <input
              id={nesterovId}
              type="checkbox"
              checked={optimizer.nesterov === true}
              onChange={(e) => set('nesterov', e.target.checked)}
            />
            <span>{t('param.nesterov')}</span>
          </label>
        ) : (
          <NumberField
            key={key}
            label={key in FIELD_LABELS ? t(FIELD_LABELS[key as keyof typeof FIELD_LABELS]) : key}
            value={optimizer[key] as number}
            // The document's own field names: each is a row of experimentFields' table.
            path={`optimizer.${key}` as FieldPath}
            onCommit={(v) => set(key, v)}
          />
        ),
      )}
      {/* The rule these fields are the numbers of, right under them. */}
      <OptimizerFormula />
      <TrainingSettings />
      <AugmentSettings />
    </section>
  );
}
