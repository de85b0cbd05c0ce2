// Build the network layer by layer: add, remove and reorder hidden layers, + / − units,
// each layer's activation and initializer. The output layer follows the data (store/adapt).
import { useId } from 'react';
import { countParameters } from '../../spec';
import { LOSS_NAMES } from '../../spec/catalog/losses';
import type { LayerSpec, LossName } from '../../spec/types';
import { editExperiment } from '../../store/actions';
import { useStore } from '../../store/store';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';
import { LAYER_VIEWS } from './layers';
import { LayerRow } from './LayerRow';

/** An "Add …" button per layer type, each adding its row's fresh layer. */
const NEW_LAYERS: { label: MessageKey; layer: LayerSpec }[] = Object.values(LAYER_VIEWS).map(
  (view) => view.add,
);

const LOSSES = LOSS_NAMES.map((name) => ({ name, label: `network.loss.${name}` as const }));

export function NetworkPanel() {
  const t = useT();
  const model = useStore((s) => s.experiment.model);
  const headingId = useId(),
    lossId = useId();
  // The output is the last dense layer (as validation sees it); anything after it belongs to it.
  const hidden = Math.max(0, model.layers.map((l) => l.type).lastIndexOf('dense'));
  const insert = (layer: LayerSpec) =>
    editExperiment((e) => void e.model.layers.splice(hidden, 0, structuredClone(layer)));

  return (
    <section className="d-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('network.heading')}</h2>
      <p className="d-note">
        {t('network.summary', {
          inputs: t.plural('common.inputs', model.inputs),
          parameters: countParameters(model).toLocaleString('en'),
        })}
      </p>
      <ol className="d-layers" aria-label={t('network.layers')}>
        {model.layers.map((layer, i) => (
          <LayerRow key={i} layer={layer} index={i} isOutput={i >= hidden} hiddenCount={hidden} />
        ))}
      </ol>
      <div className="d-row d-wrap">
        {NEW_LAYERS.map(({ label, layer }) => (
          <button key={label} type="button" onClick={() => insert(layer)}>
            {t(label)}
          </button>
        ))}
      </div>
      <label className="d-field" htmlFor={lossId}>
        <span>{t('network.loss')}</span>
        <select
          id={lossId}
          value={model.loss}
          onChange={(e) =>
            editExperiment(
              (x) => {
                x.model.loss = e.target.value as LossName;
              },
              { fitToData: true },
            )
          }
        >
          {LOSSES.map((l) => (
            <option key={l.name} value={l.name}>
              {t(l.label)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
