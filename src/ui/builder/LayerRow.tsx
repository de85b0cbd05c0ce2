// One layer of the builder: its name, its type's controls (its row of the builder's layer
// table, ./layers), and moving or removing it. Controls are named by layer number so a
// screen reader (and a browser test) can tell "More units in layer 2" from layer 1's.
import type { ComponentType } from 'react';
import type { LayerSpec } from '../../spec/types';
import { editExperiment } from '../../store/actions';
import { useT } from '../i18n/useT';
import { viewOf, type FieldsProps } from './layers';

interface Props {
  layer: LayerSpec;
  index: number;
  isOutput: boolean;
  hiddenCount: number;
}

export function LayerRow({ layer, index, isOutput, hiddenCount }: Props) {
  const t = useT();
  const n = index + 1;
  const view = viewOf(layer);
  const Fields = view.Fields as ComponentType<FieldsProps<LayerSpec>> | null;
  const change = (update: (l: LayerSpec) => void) =>
    editExperiment((e) => void update(e.model.layers[index]));
  const move = (by: number) =>
    editExperiment((e) => {
      const layers = e.model.layers;
      [layers[index], layers[index + by]] = [layers[index + by], layers[index]];
    });

  return (
    <li className={isOutput ? 'd-layer d-output' : 'd-layer'}>
      <span className="d-layer-name">
        {t(isOutput ? 'layer.output' : 'layer.numbered', { n, layer: view.name(t, layer) })}
      </span>
      {Fields && <Fields layer={layer} n={n} isOutput={isOutput} change={change} />}
      {!isOutput && (
        <span className="d-row">
          <button
            type="button"
            aria-label={t('layer.up', { n })}
            disabled={index === 0}
            onClick={() => move(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t('layer.down', { n })}
            disabled={index >= hiddenCount - 1}
            onClick={() => move(1)}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={t('layer.remove', { n })}
            onClick={() => editExperiment((e) => void e.model.layers.splice(index, 1))}
          >
            ×
          </button>
        </span>
      )}
    </li>
  );
}
