// An activation layer in the builder: its function.
import type { ActivationLayerSpec } from '../../../spec/types';
import { ActivationSelect } from './fields';
import type { FieldsProps, LayerView } from './row';

function ActivationFields({ layer, n, isOutput, change }: FieldsProps<ActivationLayerSpec>) {
  return (
    <ActivationSelect
      n={n}
      value={layer.activation}
      disabled={isOutput}
      onChange={(activation) => change((l) => void (l.activation = activation))}
    />
  );
}

export const activation: LayerView<ActivationLayerSpec> = {
  Fields: ActivationFields,
  add: { label: 'network.addActivation', layer: { type: 'activation', activation: 'relu' } },
};
