// A dense layer in the builder: − / + units (hidden layers only), its activation, its
// initializer and its bias.
import type { DenseSpec } from '../../../spec/types';
import { useT } from '../../i18n/useT';
import { ActivationSelect, BiasCheck, InitFields } from './fields';
import type { FieldsProps, LayerView } from './row';

function DenseFields({ layer, n, isOutput, change }: FieldsProps<DenseSpec>) {
  const t = useT();
  return (
    <>
      {!isOutput && (
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
            onClick={() => change((l) => void (l.units += 1))}
          >
            +
          </button>
        </span>
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
