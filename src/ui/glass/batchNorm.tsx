// Batch norm. Forward: each unit normalised by the minibatch's mean and variance, then
// scaled and shifted: x̂ = (x − μ)/√(σ² + ε), y = γx̂ + β. Back: γ's and β's gradients, and
// the gradient into the layer below, whose three terms come from the whole minibatch.
import { useT } from '../i18n/useT';
import { batchNormTerms } from './batchNormTerms';
import { factor, num } from './numbers';
import { sub } from './ProductSum';
import { UnitTable, useUnit } from './units';
import type { StageProps } from './views';

export function BatchNormForward({ trace, primitive }: StageProps) {
  const t = useT();
  const p = trace.primitives[primitive];
  const [gamma, beta] = p.params.map((q) => q.value);
  const { mean, variance, xhat } = p.inside;
  // After an image, the statistics are per channel: each value's channel is its block.
  const perChannel = mean.length < p.input.length;
  return (
    <div className="d-glass-stage">
      <p>{t('glass.batchnorm.forward', { rows: trace.rows })}</p>
      {perChannel ? (
        <>
          <p className="d-note">{t('glass.batchnorm.channels', { channels: mean.length })}</p>
          <UnitTable
            primitive={primitive}
            caption={t('glass.batchnorm.statistics')}
            symbol="c"
            columns={[
              { head: 'μ', values: mean },
              { head: 'σ²', values: variance },
              { head: 'γ', values: gamma },
              { head: 'β', values: beta },
            ]}
          />
        </>
      ) : (
        <UnitTable
          primitive={primitive}
          caption={t('glass.batchnorm.statistics')}
          symbol="y"
          columns={[
            { head: 'x', values: p.input },
            { head: 'μ', values: mean },
            { head: 'σ²', values: variance },
            { head: 'x̂', values: xhat },
            { head: 'γ', values: gamma },
            { head: 'β', values: beta },
            { head: 'y = γx̂ + β', values: p.output },
          ]}
        />
      )}
    </div>
  );
}

export function BatchNormBackward({ trace, primitive, way }: StageProps) {
  const t = useT();
  const p = trace.primitives[primitive];
  const [dGamma, dBeta] = p.params.map((q) => q.gradient[way]);
  const { output: dy, input: dx } = p.gradient[way];
  const perChannel = p.inside.mean.length < p.input.length;
  // The unit followed (for an image, its channel's first value).
  const unit = useUnit(primitive, p.inside.mean.length);
  const index = perChannel ? unit * (p.output.length / p.inside.mean.length) : unit;
  const terms = batchNormTerms(p, way, index, trace.rows);
  return (
    <div className="d-glass-stage">
      <p>{t('glass.batchnorm.backward', { rows: trace.rows })}</p>
      {terms !== null && (
        <div className="d-glass-sum">
          <p>{t('glass.batchnorm.terms', { value: `x${sub(index)}`, m: terms.m })}</p>
          <p className="d-math">
            ∂L/∂x = (γ/σ)·(∂L/∂y − mean(∂L/∂y) − x̂·mean(∂L/∂y·x̂)) = ({num(terms.gamma)} /{' '}
            {num(terms.sigma)}) × ({num(terms.dy)} − {factor(terms.meanDy)} − {factor(terms.xhat)} ×{' '}
            {factor(terms.meanDyXhat)}) = <strong>{num(terms.dx)}</strong>
          </p>
          {terms.engine !== null && (
            <p className="d-note">{t('glass.batchnorm.engine', { dx: num(terms.engine) })}</p>
          )}
        </div>
      )}
      <UnitTable
        primitive={primitive}
        caption={t('glass.batchnorm.gradients')}
        symbol="y"
        columns={[
          { head: '∂L/∂γ', values: dGamma },
          { head: '∂L/∂β', values: dBeta },
          ...(perChannel
            ? []
            : [
                { head: '∂L/∂y', values: dy },
                { head: '∂L/∂x', values: dx },
              ]),
        ]}
      />
    </div>
  );
}
