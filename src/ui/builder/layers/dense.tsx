// A dense layer in the builder: its units (hidden layers only), typed or stepped with − / +,
// its activation, its initializer and its bias.
import { LIMITS } from '../../../spec/limits';
import type { DenseSpec } from '../../../spec/types';
import { useT } from '../../i18n/useT';
import { ActivationSelect, BiasCheck, CountField, InitFields } from './fields';
import type { FieldsProps, LayerView } from './row';

function DenseFields({ layer, n, isOutput, change }: FieldsProps<DenseSpec>) {
  const t = useT();
  return (
    <>
      {!isOutput && (
        <>
          <CountField
            name="units"
            n={n}
            value={layer.units}
            min={1}
            onCommit={(units) => change((l) => void (l.units = units))}
          />
          <span className="d-row">
            <button
              type="button"
              aria-label={t('layer.fewerUnits', { n })}
              disabled={layer.units <= 1}
              onClick={() => change((l) => void (l.units = Math.max(1, l.units - 1)))}
            >
              −
            </button>
            <button
              type="button"
              aria-label={t('layer.moreUnits', { n })}
              // Past the limit validation would refuse it: the field says so for a typed count.
              disabled={layer.units >= LIMITS.units}
              onClick={() => change((l) => void (l.units = Math.min(LIMITS.units, l.units + 1)))}
            >
              +
            </button>
          </span>
        </>
      )}
      <ActivationSelect
        n={n}
        value={layer.activation}
        disabled={isOutput}
        onChange={(activation) => change((l) => void (l.activation = activation))}
      />
      <InitFields
        n={n}
        value={layer.init}
        onChange={(init) => change((l) => void (l.init = init))}
      />
      <BiasCheck
        n={n}
        value={layer.bias !== false}
        // The document holds `bias` only when false (spec/types.ts).
        onChange={(bias) => change((l) => (bias ? void delete l.bias : void (l.bias = false)))}
      />
    </>
  );
}

export const dense: LayerView<DenseSpec> = {
  units: (layer) => layer.units,
  Fields: DenseFields,
  add: {
    label: 'network.addDense',
    layer: { type: 'dense', units: 8, activation: 'relu', init: { name: 'he_uniform' } },
  },
};
