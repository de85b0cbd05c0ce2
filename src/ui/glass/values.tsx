// The primitives of an image network (convolution, pooling, flatten) as their values: the
// sample's input and output forward, the gradients back, with the parameters' gradients.
// (A convolution's receptive fields and dot products term by term are still to come.)
import { useT } from '../i18n/useT';
import { primitiveName } from './stageName';
import { UnitTable } from './units';
import type { StageProps } from './views';

export function ValuesForward({ trace, primitive }: StageProps) {
  const t = useT();
  const p = trace.primitives[primitive];
  const name = primitiveName(t, p.kind, p.activation);
  return (
    <div className="d-glass-stage">
      <p>{t('glass.values.forward', { name, inputs: p.input.length, outputs: p.output.length })}</p>
      <UnitTable
        primitive={primitive}
        caption={t('glass.values.outputs', { name })}
        symbol="y"
        columns={[
          { head: 'y', values: p.output },
          ...(p.inside.from ? [{ head: t('glass.values.from'), values: p.inside.from }] : []),
        ]}
      />
    </div>
  );
}

export function ValuesBackward({ trace, primitive, way }: StageProps) {
  const t = useT();
  const p = trace.primitives[primitive];
  const name = primitiveName(t, p.kind, p.activation);
  const { output: dy } = p.gradient[way];
  return (
    <div className="d-glass-stage">
      <p>{t('glass.values.backward', { name })}</p>
      <UnitTable
        primitive={primitive}
        caption={t('glass.values.gradients', { name })}
        symbol="y"
        columns={[{ head: '∂L/∂y', values: dy }]}
      />
    </div>
  );
}
