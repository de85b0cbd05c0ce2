// Controls more than one layer type shares: its activation, its initializer, its bias, its
// whole numbers (units, filters, a kernel's side …), each number field with its path in the
// experiment so that it says itself why a value typed there was refused.
import { useId } from 'react';
import { LIMITS } from '../../../spec/limits';
import type { ActivationName, InitName, InitSpec } from '../../../spec/types';
import { ACTIVATION_CHOICES, INIT_CHOICES } from '../../../store/catalog';
import type { FieldPath } from '../../controls/experimentFields';
import { NumberField } from '../../controls/NumberField';
import { useT } from '../../i18n/useT';

export function ActivationSelect(props: {
  n: number;
  value: ActivationName;
  disabled: boolean;
  onChange: (value: ActivationName) => void;
  /** Softmax runs along a sample's features: a layer whose output is an image has none. */
  noSoftmax?: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <label className="d-field" htmlFor={id}>
      <span>{t('layer.activation')}</span>
      <select
        id={id}
        aria-label={t('layer.activationOf', { n: props.n })}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value as ActivationName)}
      >
        {ACTIVATION_CHOICES.filter((a) => !(props.noSoftmax && a.name === 'softmax')).map((a) => (
          <option key={a.name} value={a.name}>
            {t.label('activation', a.name, a.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The path of `field` of layer `n` (1-based) in the experiment: "model.layers[1].units". */
export function layerPath(n: number, field: string): FieldPath {
  return `model.layers[${n - 1}].${field}`;
}

/** The initializer menu, and the standard deviation where the initializer takes one. */
export function InitFields(props: {
  n: number;
  value: InitSpec;
  onChange: (init: InitSpec) => void;
}) {
  const t = useT();
  const id = useId();
  const { value } = props;
  return (
    <>
      <label className="d-field" htmlFor={id}>
        <span>{t('layer.initializer')}</span>
        <select
          id={id}
          aria-label={t('layer.initializerOf', { n: props.n })}
          value={value.name}
          onChange={(e) => props.onChange({ name: e.target.value as InitName })}
        >
          {INIT_CHOICES.map((c) => (
            <option key={c.name} value={c.name}>
              {t.label('init', c.name, c.label)}
            </option>
          ))}
        </select>
      </label>
      {value.std !== undefined && (
        <NumberField
          label={t('layer.stdOf', { n: props.n })}
          value={value.std}
          path={layerPath(props.n, 'init.std')}
          onCommit={(std) => props.onChange({ ...value, std })}
        />
      )}
    </>
  );
}

/** Whether the layer adds a bias b (off before a batch norm, whose β does that job). */
export function BiasCheck(props: { n: number; value: boolean; onChange: (bias: boolean) => void }) {
  const t = useT();
  const id = useId();
  return (
    <label className="d-field d-check" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        aria-label={t('layer.biasOf', { n: props.n })}
        checked={props.value}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span>{t('layer.bias')}</span>
    </label>
  );
}

/**
 * The whole-number fields of layers, each named with its layer ("Stride of layer 2"): the
 * layer's field it edits, and its largest value (validation's limit, told to the input too).
 */
const COUNTS = {
  units: { field: 'units', max: LIMITS.units },
  filters: { field: 'filters', max: LIMITS.filters },
  // A square kernel is written [side, side]: validation refuses its first side first.
  kernel: { field: 'kernelSize[0]', max: LIMITS.window },
  kernelHeight: { field: 'kernelSize[0]', max: LIMITS.window },
  kernelWidth: { field: 'kernelSize[1]', max: LIMITS.window },
  stride: { field: 'stride', max: LIMITS.window },
  padding: { field: 'padding', max: LIMITS.window },
  window: { field: 'size', max: LIMITS.window },
} as const;

type CountName = keyof typeof COUNTS;

/** A whole number of a layer (units, filters, a kernel side …), at least `min`. */
export function CountField(props: {
  name: CountName;
  n: number;
  value: number;
  min: number;
  onCommit: (value: number) => void;
}) {
  const t = useT();
  return (
    <NumberField
      label={t(`layer.${props.name}`)}
      ariaLabel={t(`layer.${props.name}Of`, { n: props.n })}
      value={props.value}
      step={1}
      min={props.min}
      max={COUNTS[props.name].max}
      path={layerPath(props.n, COUNTS[props.name].field)}
      onCommit={props.onCommit}
    />
  );
}
