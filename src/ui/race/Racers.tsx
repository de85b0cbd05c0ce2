// Up to eight racers, each an optimizer with its own settings: the learning rate on a
// log-scale slider, the momentum (or Adam's β1) on a linear one, the rest as numbers.
import { useId } from 'react';
import { OPTIMIZER_CHOICES } from '../../store/catalog';
import { editRace } from '../../store/race';
import { racer } from '../../store/raceSettings';
import { useStore } from '../../store/store';
import type { HyperparameterField } from '../../spec/catalog/optimizers';
import type { OptimizerName, OptimizerSpec } from '../../spec/types';
import { formatValue } from '../charts/format';
import { NumberField } from '../controls/NumberField';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';
import { RACER_COLORS } from './drawRace';

const MAX_RACERS = 8;
/** The learning-rate slider's range, as powers of ten. */
const LR_RANGE: [number, number] = [-5, 1];
/** Fields with a slider of their own (or no field at all, nesterov being a flag). */
const SLID = new Set(['lr', 'momentum', 'beta1', 'nesterov']);

type Field = keyof Omit<OptimizerSpec, 'name'>;

/** A label for every field of the catalog without a slider of its own. */
const FIELD_LABELS: Record<Exclude<HyperparameterField, 'lr' | 'nesterov'>, MessageKey> = {
  momentum: 'race.param.momentum',
  beta1: 'race.param.beta1',
  beta2: 'race.param.beta2',
  eps: 'race.param.eps',
  alpha: 'race.param.alpha',
  rho: 'race.param.rho',
  weightDecay: 'param.weightDecay',
  momentumDecay: 'race.param.momentumDecay',
};

export function Racers() {
  const t = useT();
  const racers = useStore((s) => s.race.settings.racers);
  const headingId = useId();
  return (
    <section className="d-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('race.racers')}</h2>
      <ol className="d-layers" aria-label={t('race.racers')}>
        {racers.map((o, k) => (
          <RacerRow key={k} index={k} optimizer={o} only={racers.length === 1} />
        ))}
      </ol>
      <button
        type="button"
        disabled={racers.length >= MAX_RACERS}
        onClick={() =>
          editRace((s) => {
            const used = new Set(s.racers.map((r) => r.name));
            const next = OPTIMIZER_CHOICES.find((c) => !used.has(c.name))?.name ?? 'adam';
            s.racers.push(racer(next));
          })
        }
      >
        {t('race.addRacer')}
      </button>
    </section>
  );
}

function RacerRow({
  index,
  optimizer,
  only,
}: {
  index: number;
  optimizer: OptimizerSpec;
  only: boolean;
}) {
  const t = useT();
  const id = useId();
  const n = index + 1;
  const fieldLabel = (f: Field) =>
    f in FIELD_LABELS ? t(FIELD_LABELS[f as keyof typeof FIELD_LABELS]) : f;
  const update = (change: (o: OptimizerSpec) => OptimizerSpec) =>
    editRace((s) => void (s.racers[index] = change(s.racers[index])));
  const fields = Object.keys(optimizer).filter((f) => f !== 'name') as Field[];
  const momentumField = fields.find((f) => f === 'momentum' || f === 'beta1');
  return (
    <li className="d-layer">
      <div className="d-row">
        <span
          className="d-legend-swatch"
          style={{ background: RACER_COLORS[index % RACER_COLORS.length] }}
        />
        <label className="d-sr-only" htmlFor={`${id}-o`}>
          {t('race.optimizerOf', { n })}
        </label>
        <select
          id={`${id}-o`}
          value={optimizer.name}
          onChange={(e) => update((o) => racer(e.target.value as OptimizerName, { lr: o.lr }))}
        >
          {OPTIMIZER_CHOICES.map((c) => (
            <option key={c.name} value={c.name}>
              {t.label('optimizer', c.name, c.label)}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-label={t('race.removeRacer', { n })}
          disabled={only}
          onClick={() => editRace((s) => void s.racers.splice(index, 1))}
        >
          ×
        </button>
      </div>
      <label className="d-field" htmlFor={`${id}-lr`}>
        <span>
          {t('param.lr')} {formatValue(optimizer.lr)}
        </span>
        <input
          id={`${id}-lr`}
          type="range"
          aria-label={t('race.fieldOf', { field: t('param.lr'), n })}
          aria-valuetext={formatValue(optimizer.lr)}
          min={LR_RANGE[0]}
          max={LR_RANGE[1]}
          step={0.01}
          value={Math.log10(optimizer.lr)}
          onChange={(e) => {
            // Two significant digits: the slider's resolution, and numbers that read well.
            const lr = Number((10 ** Number(e.target.value)).toPrecision(2));
            update((o) => ({ ...o, lr }));
          }}
        />
      </label>
      {momentumField !== undefined && (
        <label className="d-field" htmlFor={`${id}-m`}>
          <span>
            {fieldLabel(momentumField)} {formatValue(optimizer[momentumField] as number)}
          </span>
          <input
            id={`${id}-m`}
            type="range"
            aria-label={t('race.fieldOf', { field: fieldLabel(momentumField), n })}
            min={0}
            max={0.999}
            step={0.001}
            value={optimizer[momentumField] as number}
            onChange={(e) => update((o) => ({ ...o, [momentumField]: Number(e.target.value) }))}
          />
        </label>
      )}
      <details>
        <summary>{t('race.allSettings', { n })}</summary>
        <NumberField
          label={t('param.lr')}
          value={optimizer.lr}
          onCommit={(lr) => update((o) => ({ ...o, lr }))}
        />
        {fields
          .filter((f) => !SLID.has(f) || f === momentumField)
          .map((f) => (
            <NumberField
              key={f}
              label={fieldLabel(f)}
              value={optimizer[f] as number}
              onCommit={(v) => update((o) => ({ ...o, [f]: v }))}
            />
          ))}
      </details>
    </li>
  );
}
