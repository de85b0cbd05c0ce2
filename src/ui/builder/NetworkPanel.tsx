// Build the network layer by layer: add, remove and reorder hidden layers, each layer's
// settings, its output shape and parameters, its formulas, and why an edit of it was refused;
// then the loss, with its formula. The output layer follows the data (store/adapt);
// network.ts says where a new layer goes.
import { useId } from 'react';
import { countParameters } from '../../spec';
import { LOSS_NAMES } from '../../spec/catalog/losses';
import { layerShapes, sizeOf } from '../../spec/layers';
import type { LayerSpec, LossName } from '../../spec/types';
import { editExperiment } from '../../store/actions';
import { useStore } from '../../store/store';
import { useClaimRefusalsUnder, useRefusalPlace } from '../controls/fieldRefusals';
import { isReshaped, LAYER_PATHS } from '../controls/refusalPlace';
import { LossFormula } from '../formulas/LossFormula';
import { useT } from '../i18n/useT';
import { LAYER_VIEWS } from './layers';
import { LayerRow } from './LayerRow';
import {
  imageSetsText,
  inputText,
  insertionIndex,
  outputIndex,
  refusedLayer,
  rowFacts,
} from './network';

/** An "Add …" button per layer type, each adding its row's fresh layer. */
const NEW_LAYERS = Object.values(LAYER_VIEWS).map((view) => view.add);

const LOSSES = LOSS_NAMES.map((name) => ({ name, label: `network.loss.${name}` as const }));

export function NetworkPanel() {
  const t = useT();
  const model = useStore((s) => s.experiment.model);
  const editError = useStore((s) => s.editError);
  const headingId = useId(),
    lossId = useId(),
    needsImageId = useId();
  const hidden = outputIndex(model);
  const facts = rowFacts(model);
  const inputs = layerShapes(model).map((shaped) => shaped.input);
  // Any refusal of a layer is said here (or by the row's field where the value was typed),
  // never also at the top of the page.
  useClaimRefusalsUnder(LAYER_PATHS);
  const place = useRefusalPlace();
  const refused = editError === null ? null : refusedLayer(editError.path);
  // A refused edit that added or removed a layer: its indices are not the rows shown.
  const reshaped = editError !== null && isReshaped(editError, model.layers.length);
  const insert = (layer: LayerSpec, at: number) =>
    editExperiment((e) => void e.model.layers.splice(at, 0, structuredClone(layer)));
  const adds = NEW_LAYERS.map((add) => ({ ...add, at: insertionIndex(model, add.image === true) }));
  const needsImage = adds.some((add) => add.at === null);

  return (
    <section className="d-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('network.heading')}</h2>
      <p className="d-note">
        {t('network.summary', {
          inputs: inputText(t, model.inputs),
          parameters: countParameters(model).toLocaleString('en'),
        })}
      </p>
      <ol className="d-layers" aria-label={t('network.layers')}>
        {model.layers.map((layer, i) => (
          <LayerRow
            key={i}
            layer={layer}
            index={i}
            isOutput={i >= hidden}
            hiddenCount={hidden}
            input={inputs[i]}
            facts={facts[i]}
            refusal={refused === i && place === 'panel' && !reshaped ? editError!.message : null}
          />
        ))}
      </ol>
      <div className="d-row d-wrap">
        {adds.map(({ label, layer, at }) => (
          <button
            key={label}
            type="button"
            disabled={at === null}
            aria-describedby={at === null ? needsImageId : undefined}
            title={at === null ? t('network.needsImage', { sets: imageSetsText(t) }) : undefined}
            onClick={() => at !== null && insert(layer, at)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {reshaped && (
        <p role="alert" className="d-note d-warning">
          {t('network.notAdded', { message: editError!.message })}
        </p>
      )}
      {needsImage && (
        <p className="d-note" id={needsImageId}>
          {t('network.needsImage', { sets: imageSetsText(t) })}
        </p>
      )}
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
      {/* What the menu's choice minimises, for the network's outputs (K). */}
      <LossFormula loss={model.loss} outputs={sizeOf(facts[facts.length - 1]?.output ?? 0)} />
    </section>
  );
}
