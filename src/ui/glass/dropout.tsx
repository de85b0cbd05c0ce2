// Dropout while training: each value kept with probability 1 − p and scaled by 1/(1 − p),
// or dropped; the same mask stops the gradient of a dropped value on the way back.
import { useT } from '../i18n/useT';
import { UnitTable } from './units';
import type { StageProps } from './views';

export function DropoutForward({ trace, primitive }: StageProps) {
  const t = useT();
  const p = trace.primitives[primitive];
  const { mask } = p.inside;
  const dropped = mask === undefined ? 0 : Array.from(mask).filter((m) => m === 0).length;
  return (
    <div className="d-glass-stage">
      <p>
        {mask === undefined
          ? t('glass.dropout.none')
          : t('glass.dropout.forward', { dropped, count: mask.length })}
      </p>
      {mask !== undefined && (
        <UnitTable
          primitive={primitive}
          caption={t('glass.dropout.values')}
          symbol="y"
          columns={[
            { head: 'x', values: p.input },
            { head: t('glass.dropout.mask'), values: mask },
            { head: 'y', values: p.output },
          ]}
        />
      )}
    </div>
  );
}

export function DropoutBackward({ primitive, trace, way }: StageProps) {
  const t = useT();
  const p = trace.primitives[primitive];
  const { mask } = p.inside;
  const { output: dy, input: dx } = p.gradient[way];
  return (
    <div className="d-glass-stage">
      <p>{t(mask === undefined ? 'glass.dropout.none' : 'glass.dropout.backward')}</p>
      {mask !== undefined && (
        <UnitTable
          primitive={primitive}
          caption={t('glass.dropout.gradients')}
          symbol="y"
          columns={[
            { head: '∂L/∂y', values: dy },
            { head: t('glass.dropout.mask'), values: mask },
            { head: '∂L/∂x', values: dx },
          ]}
        />
      )}
    </div>
  );
}
