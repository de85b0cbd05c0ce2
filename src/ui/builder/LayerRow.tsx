// One layer of the builder: its name, what comes out of it and what it learns, its type's
// controls (its row of the builder's layer table, ./layers), moving or removing it, its
// formulas on request, and why an edit was refused when the refusal is about this layer.
// Controls are named by layer number so a screen reader (and a browser test) can tell "More
// units in layer 2" from layer 1's.
import { useId, useState, type ComponentType } from 'react';
import { shapeText, type Shape } from '../../spec/layers';
import type { LayerSpec } from '../../spec/types';
import { editExperiment } from '../../store/actions';
import { LayerFormulas } from '../formulas/LayerFormulas';
import { useT } from '../i18n/useT';
import { layerName } from './layerNames';
import { viewOf, type FieldsProps } from './layers';
import { withinLayer, type RowFacts } from './network';

interface Props {
  layer: LayerSpec;
  index: number;
  isOutput: boolean;
  hiddenCount: number;
  /** What comes into the layer, which its formulas are written with (a dense layer's n_in). */
  input: Shape;
  facts: RowFacts;
  /** Validation's words when it refused an edit because of this layer, else null. */
  refusal: string | null;
}

export function LayerRow({ layer, index, isOutput, hiddenCount, input, facts, refusal }: Props) {
  const t = useT();
  const n = index + 1;
  // The formulas are a click away, not always there: a row stays a line or two, and a
  // network of six layers still fits the panel. Closed at first, each row on its own.
  const [formulas, setFormulas] = useState(false);
  const formulasId = useId();
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
        {t(isOutput ? 'layer.output' : 'layer.numbered', { n, layer: layerName(t, layer) })}
      </span>
      <span className="d-stat">
        {t('layer.shape', {
          shape: shapeText(facts.output),
          parameters: t.plural('layer.parameters', facts.parameters, {
            count: facts.parameters.toLocaleString('en'),
          }),
        })}
      </span>
      <button
        type="button"
        className="d-formula-toggle"
        aria-label={t('formulas.layer', { n })}
        title={t('formulas.layer', { n })}
        aria-expanded={formulas}
        aria-controls={formulas ? formulasId : undefined}
        onClick={() => setFormulas(!formulas)}
      >
        ƒ
      </button>
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
      {formulas && (
        <LayerFormulas
          id={formulasId}
          layer={layer}
          n={n}
          input={input}
          output={facts.output}
          isOutput={isOutput}
        />
      )}
      {refusal !== null && (
        // Beside the layer, and only here (ui/controls/refusalPlace.ts): the network shown
        // is still the old one.
        <p role="alert" className="d-note d-warning d-layer-alert">
          {t('layer.refused', { message: withinLayer(refusal, index) })}
        </p>
      )}
    </li>
  );
}
