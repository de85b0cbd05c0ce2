// A layer's formulas, revealed by its row's "ƒ" button: what the layer computes with its
// sizes, its activation (and its slope), and how its weights start with this layer's fans,
// with the variance argument behind the initializer.
import type { Shape } from '../../spec/layers';
import { LOSS_CATALOG } from '../../spec/catalog/losses';
import { ACTIVATION_CATALOG } from '../../spec/catalog/activations';
import { INIT_CATALOG } from '../../spec/catalog/initializers';
import type { LayerSpec } from '../../spec/types';
import { useStore } from '../../store/store';
import { layerName } from '../builder/layerNames';
import { useT } from '../i18n/useT';
import { activationFormula } from './activations';
import { FormulaFigure } from './FormulaFigure';
import { initFormula } from './initializers';
import { layerFormulas } from './layers';
import { LessonLink } from './LessonLink';
import { WhyInitializer } from './WhyInitializer';

interface Props {
  id: string;
  layer: LayerSpec;
  /** 1-based, as the row numbers it. */
  n: number;
  input: Shape;
  output: Shape;
  isOutput: boolean;
}

export function LayerFormulas({ id, layer, n, input, output, isOutput }: Props) {
  const t = useT();
  const batch = useStore((s) => s.experiment.training.batchSize);
  const loss = useStore((s) => s.experiment.model.loss);
  const { operation, activation, init } = layerFormulas(layer, { input, output, batch });
  const activationFigure = activation && activationFormula(activation.name, activation.units);
  // The output's softmax or sigmoid is fused with its loss: the gradient at z is the loss's.
  if (activationFigure && isOutput && LOSS_CATALOG[loss].output === activation.name) {
    activationFigure.notes.push({
      key: 'formulas.note.fused',
      vars: { loss: t(`network.loss.${loss}`) },
    });
  }
  return (
    <div id={id} role="group" aria-label={t('formulas.layer', { n })} className="d-layer-formulas">
      <FormulaFigure
        caption={t('formulas.operation', { layer: layerName(t, layer) })}
        formula={operation}
      />
      {activation && activationFigure && (
        <FormulaFigure
          caption={t('formulas.activation', {
            activation: t.label(
              'activation',
              activation.name,
              ACTIVATION_CATALOG[activation.name].label,
            ),
          })}
          formula={activationFigure}
        />
      )}
      {init && (
        <FormulaFigure
          caption={t('formulas.initializer', {
            init: t.label('init', init.spec.name, INIT_CATALOG[init.spec.name].label),
          })}
          formula={initFormula(init.spec, init.fans, init.bias)}
        >
          {init.spec.name === 'zeros' && <LessonLink id="zero-init" />}
          <WhyInitializer init={init.spec} fans={init.fans} />
        </FormulaFigure>
      )}
    </div>
  );
}
