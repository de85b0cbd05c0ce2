// One layer of the builder. Controls are named by layer number so a screen reader (and a
// browser test) can tell "More units in layer 2" from layer 1's.
import { useId } from 'react';
import type { ActivationName, InitName, LayerSpec } from '../../spec/types';
import { ACTIVATION_CHOICES, INIT_CHOICES } from '../../store/catalog';
import { editExperiment } from '../../store/store';
import { NumberField } from '../controls/NumberField';

interface Props {
  layer: LayerSpec;
  index: number;
  isOutput: boolean;
  hiddenCount: number;
}

function describe(layer: LayerSpec): string {
  switch (layer.type) {
    case 'dense':
      return `Dense, ${layer.units} units`;
    case 'batchnorm':
      return 'Batch norm';
    case 'dropout':
      return 'Dropout';
    case 'activation':
      return 'Activation';
  }
}

export function LayerRow({ layer, index, isOutput, hiddenCount }: Props) {
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
        {isOutput ? 'Output: ' : `${n}. `}
        {describe(layer)}
      </span>
      {layer.type === 'dense' && !isOutput && (
        <span className="d-row">
          <button
            type="button"
            aria-label={`Fewer units in layer ${n}`}
            disabled={layer.units <= 1}
            onClick={() =>
              change((l) => l.type === 'dense' && (l.units = Math.max(1, l.units - 1)))
            }
          >
            −
          </button>
          <button
            type="button"
            aria-label={`More units in layer ${n}`}
            onClick={() => change((l) => void (l.type === 'dense' && (l.units += 1)))}
          >
            +
          </button>
        </span>
      )}
      {(layer.type === 'dense' || layer.type === 'activation') && (
        <label className="d-field" htmlFor={actId}>
          <span>Activation</span>
          <select
            id={actId}
            aria-label={`Activation of layer ${n}`}
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
                {a.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {layer.type === 'dense' && (
        <label className="d-field" htmlFor={initId}>
          <span>Initializer</span>
          <select
            id={initId}
            aria-label={`Initializer of layer ${n}`}
            value={layer.init.name}
            onChange={(e) =>
              change(
                (l) => void (l.type === 'dense' && (l.init = { name: e.target.value as InitName })),
              )
            }
          >
            {INIT_CHOICES.map((c) => (
              <option key={c.name} value={c.name}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {layer.type === 'dense' && layer.init.std !== undefined && (
        <NumberField
          label={`Std of layer ${n}`}
          value={layer.init.std}
          onCommit={(v) => change((l) => void (l.type === 'dense' && (l.init.std = v)))}
        />
      )}
      {layer.type === 'dropout' && (
        <NumberField
          label={`Dropout rate of layer ${n}`}
          value={layer.rate}
          step={0.05}
          onCommit={(v) => change((l) => void (l.type === 'dropout' && (l.rate = v)))}
        />
      )}
      {!isOutput && (
        <span className="d-row">
          <button
            type="button"
            aria-label={`Move layer ${n} up`}
            disabled={index === 0}
            onClick={() => move(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move layer ${n} down`}
            disabled={index >= hiddenCount - 1}
            onClick={() => move(1)}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={`Remove layer ${n}`}
            onClick={() => editExperiment((e) => void e.model.layers.splice(index, 1))}
          >
            ×
          </button>
        </span>
      )}
    </li>
  );
}
