// An activation. Forward: a = f(z), the function drawn by the engine's own kernel with the
// sample's units on it. Back: the gradient through it, ∂L/∂z = ∂L/∂a · f′(z) (ReLU's f′ is
// its mask); for the output activation fused with its loss, ∂L/∂z = p − t.
import { isImage } from '../../spec/layers/shape';
import { useT } from '../i18n/useT';
import { ActivationCurve } from './ActivationCurve';
import { activationNumbers, ActivationMaps } from './activationMaps';
import { num } from './numbers';
import { sub } from './ProductSum';
import { primitiveName } from './stageName';
import { UnitTable, useUnit } from './units';
import type { StageProps } from './views';

export function ActivationForward({ trace, primitive }: StageProps) {
  const t = useT();
  const p = trace.primitives[primitive];
  const unit = useUnit(primitive, p.output.length);
  const name = primitiveName(t, p.kind, p.activation);
  const softmax = p.activation === 'softmax';
  const shape = p.shapes.output;
  const curve = p.curve !== null && (
    <ActivationCurve
      curve={p.curve}
      points={{ z: p.input, a: p.output }}
      followed={unit}
      label={t('glass.activation.curve', {
        name,
        unit: `a${sub(unit)}`,
        z: num(p.input[unit]),
        a: num(p.output[unit]),
      })}
    />
  );
  if (isImage(shape)) {
    return (
      <div className="d-glass-stage">
        <p>{t('glass.activation.forward', { name })}</p>
        {curve}
        <ActivationMaps
          p={p}
          primitive={primitive}
          shape={shape}
          maps={[
            { label: 'z', values: p.input },
            { label: 'a = f(z)', values: p.output },
          ]}
          numbers={activationNumbers(p, 'sample')}
        />
      </div>
    );
  }
  return (
    <div className="d-glass-stage">
      <p>{t(softmax ? 'glass.softmax.forward' : 'glass.activation.forward', { name })}</p>
      <div className="d-glass-columns">
        <UnitTable
          primitive={primitive}
          caption={t('glass.activation.values', { name })}
          symbol="a"
          columns={[
            { head: 'z', values: p.input },
            { head: softmax ? 'p' : 'a = f(z)', values: p.output },
            ...(p.inside.slope ? [{ head: 'f′(z)', values: p.inside.slope }] : []),
          ]}
        />
        {curve}
      </div>
    </div>
  );
}

export function ActivationBackward({ trace, primitive, way }: StageProps) {
  const t = useT();
  const p = trace.primitives[primitive];
  const name = primitiveName(t, p.kind, p.activation);
  const { output: da, input: dz } = p.gradient[way];
  if (da === null) {
    // Fused with the loss: the gradient at z is p − t (over the rows, for the minibatch).
    const vars = { name, rows: trace.rows };
    return (
      <div className="d-glass-stage">
        <p>{t(way === 'sample' ? 'glass.fused.backward' : 'glass.fused.backwardBatch', vars)}</p>
        <UnitTable
          primitive={primitive}
          caption={t('glass.fused.values')}
          symbol="z"
          columns={[
            { head: 'p', values: p.output },
            { head: 't', values: trace.loss.target },
            { head: '∂L/∂z', values: dz },
          ]}
        />
      </div>
    );
  }
  return (
    <div className="d-glass-stage">
      <p>
        {t(p.activation === 'relu' ? 'glass.relu.backward' : 'glass.activation.backward', { name })}
      </p>
      <UnitTable
        primitive={primitive}
        caption={t('glass.activation.gradients', { name })}
        symbol="a"
        columns={[
          { head: '∂L/∂a', values: da },
          ...(p.inside.slope ? [{ head: 'f′(z)', values: p.inside.slope }] : []),
          { head: '∂L/∂z', values: dz },
        ]}
      />
    </div>
  );
}
