// Build the network layer by layer: add, remove and reorder hidden layers, + / − units,
// each layer's activation and initializer. The output layer follows the data (store/adapt).
import { useId } from 'react';
import { countParameters } from '../../spec';
import type { LayerSpec, LossName } from '../../spec/types';
import { editExperiment, useStore } from '../../store/store';
import { LayerRow } from './LayerRow';

const NEW_LAYERS: { label: string; layer: LayerSpec }[] = [
  {
    label: 'Add dense layer',
    layer: { type: 'dense', units: 8, activation: 'relu', init: { name: 'he_uniform' } },
  },
  { label: 'Add batch norm', layer: { type: 'batchnorm' } },
  { label: 'Add dropout', layer: { type: 'dropout', rate: 0.2 } },
  { label: 'Add activation', layer: { type: 'activation', activation: 'relu' } },
];

const LOSSES: { name: LossName; label: string }[] = [
  { name: 'cross_entropy', label: 'Cross-entropy (softmax)' },
  { name: 'bce', label: 'Binary cross-entropy (sigmoid, 2 classes)' },
  { name: 'mse', label: 'Mean squared error' },
];

export function NetworkPanel() {
  const model = useStore((s) => s.experiment.model);
  const headingId = useId(),
    lossId = useId();
  // The output is the last dense layer (as validation sees it); anything after it belongs to it.
  const hidden = Math.max(0, model.layers.map((l) => l.type).lastIndexOf('dense'));
  const insert = (layer: LayerSpec) =>
    editExperiment((e) => void e.model.layers.splice(hidden, 0, structuredClone(layer)));

  return (
    <section className="d-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Network</h2>
      <p className="d-note">
        {model.inputs} {model.inputs === 1 ? 'input' : 'inputs'} ·{' '}
        {countParameters(model).toLocaleString('en')} parameters
      </p>
      <ol className="d-layers" aria-label="Layers">
        {model.layers.map((layer, i) => (
          <LayerRow key={i} layer={layer} index={i} isOutput={i >= hidden} hiddenCount={hidden} />
        ))}
      </ol>
      <div className="d-row d-wrap">
        {NEW_LAYERS.map(({ label, layer }) => (
          <button key={label} type="button" onClick={() => insert(layer)}>
            {label}
          </button>
        ))}
      </div>
      <label className="d-field" htmlFor={lossId}>
        <span>Loss</span>
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
              {l.label}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
