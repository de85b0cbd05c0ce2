// One layer of the builder. Controls are named by layer number so a screen reader (and a
// browser test) can tell "More units in layer 2" from layer 1's.
import { useId } from 'react';
import type { ActivationName, InitName, LayerSpec } from '../../spec/types';
import { ACTIVATION_CHOICES, INIT_CHOICES } from '../../store/catalog';
import { editExperiment } from '../../store/actions';
import { NumberField } from '../controls/NumberField';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';

interface Props {
  layer: LayerSpec;
  index: number;
  isOutput: boolean;
  hiddenCount: number;
}

/** Each kind of layer's name in the list; a dense layer's counts its units ("Dense, 8 units"). */
const LAYER_NAMES: Record<Exclude<LayerSpec['type'], 'dense'>, MessageKey> = {
  batchnorm: 'layer.batchnorm',
  dropout: 'layer.dropout',
  activation: 'layer.activation',
};

export function LayerRow({ layer, index, isOutput, hiddenCount }: Props) {
  const t = useT();
  const n = index + 1;
  const actId = useId(),
    initId = useId();
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
        {t(isOutput ? 'layer.output' : 'layer.numbered', {
          n,
          layer:
            layer.type === 'dense'
              ? t.plural('layer.dense', layer.units)
              : t(LAYER_NAMES[layer.type]),
        })}
      </span>
      {layer.type === 'dense' && !isOutput && (
        <span className="d-row">
          <button
            type="button"
            aria-label={t('layer.fewerUnits', { n })}
            disabled={layer.units <= 1}
            onClick={() =>
              change((l) => l.type === 'dense' && (l.units = Math.max(1, l.units - 1)))
            }
          >
            −
          </button>
          <button
            type="button"
            aria-label={t('layer.moreUnits', { n })}
            onClick={() => change((l) => void (l.type === 'dense' && (l.units += 1)))}
          >
            +
          </button>
        </span>
      )}
      {(layer.type === 'dense' || layer.type === 'activation') && (
        <label className="d-field" htmlFor={actId}>
          <span>{t('layer.activation')}</span>
          <select
            id={actId}
            aria-label={t('layer.activationOf', { n })}
            value={layer.activation}
            disabled={isOutput}
            onChange={(e) =>
              change(
                (l) =>
                  void ('activation' in l && (l.activation = e.target.value as ActivationName)),
              )
            }
          >
            {ACTIVATION_CHOICES.map((a) => (
              <option key={a.name} value={a.name}>
                {t.label('activation', a.name, a.label)}
              </option>
            ))}
          </select>
        </label>
      )}
      {layer.type === 'dense' && (
        <label className="d-field" htmlFor={initId}>
          <span>{t('layer.initializer')}</span>
          <select
            id={initId}
            aria-label={t('layer.initializerOf', { n })}
            value={layer.init.name}
            onChange={(e) =>
              change(
                (l) => void (l.type === 'dense' && (l.init = { name: e.target.value as InitName })),
              )
            }
          >
            {INIT_CHOICES.map((c) => (
              <option key={c.name} value={c.name}>
                {t.label('init', c.name, c.label)}
              </option>
            ))}
          </select>
        </label>
      )}
      {layer.type === 'dense' && layer.init.std !== undefined && (
        <NumberField
          label={t('layer.stdOf', { n })}
          value={layer.init.std}
          onCommit={(v) => change((l) => void (l.type === 'dense' && (l.init.std = v)))}
        />
      )}
      {layer.type === 'dropout' && (
        <NumberField
          label={t('layer.dropoutOf', { n })}
          value={layer.rate}
          step={0.05}
          onCommit={(v) => change((l) => void (l.type === 'dropout' && (l.rate = v)))}
        />
      )}
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
