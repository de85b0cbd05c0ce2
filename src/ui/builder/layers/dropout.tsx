// A dropout layer in the builder: its rate.
import type { DropoutSpec } from '../../../spec/types';
import { NumberField } from '../../controls/NumberField';
import { useT } from '../../i18n/useT';
import { layerPath } from './fields';
import type { FieldsProps, LayerView } from './row';

function DropoutFields({ layer, n, change }: FieldsProps<DropoutSpec>) {
  const t = useT();
  return (
    <NumberField
      label={t('layer.dropoutOf', { n })}
      value={layer.rate}
      path={layerPath(n, 'rate')}
      step={0.05}
      onCommit={(rate) => change((l) => void (l.rate = rate))}
    />
  );
}

export const dropout: LayerView<DropoutSpec> = {
  Fields: DropoutFields,
  add: { label: 'network.addDropout', layer: { type: 'dropout', rate: 0.2 } },
};
