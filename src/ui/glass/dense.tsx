// A dense layer's affine part. Forward: each unit adds up its inputs, each times its weight,
// and its bias, written out for the unit followed. Back: the gradient at z gives the bias's
// and the weights' gradients and, through Wᵀ, the gradient handed to the layer below.
import { useT } from '../i18n/useT';
import { factor, num } from './numbers';
import { ProductSum, sub } from './ProductSum';
import { coupledAbove } from './coupling';
import { followToUpdate } from './followToUpdate';
import { UnitTable, useUnit } from './units';
import type { StageProps } from './views';

function parts({ trace, primitive }: StageProps) {
  const p = trace.primitives[primitive];
  const w = p.params.findIndex((q) => q.name === 'W');
  const b = p.params.findIndex((q) => q.name === 'b');
  const [inputs, units] = p.params[w].shape;
  return { p, w, b, inputs, units };
}

export function DenseForward(props: StageProps) {
  const t = useT();
  const { p, w, b, inputs, units } = parts(props);
  const unit = useUnit(props.primitive, units);
  const W = p.params[w].value;
  const terms = Array.from({ length: inputs }, (_, i) => ({
    names: [`x${sub(i)}`, `W${sub(i, unit)}`] as [string, string],
    values: [p.input[i], W[i * units + unit]] as [number, number],
  }));
  return (
    <div className="d-glass-stage">
      <p>{t(b >= 0 ? 'glass.dense.forward' : 'glass.dense.forwardNoBias')}</p>
      <div className="d-glass-columns">
        <UnitTable
          primitive={props.primitive}
          caption={t('glass.dense.outputs')}
          symbol="z"
          columns={[{ head: 'z', values: p.output }]}
        />
        <ProductSum
          result={`z${sub(unit)}`}
          columns={['x', 'W']}
          terms={terms}
          plus={b >= 0 ? { name: `b${sub(unit)}`, value: p.params[b].value[unit] } : null}
          value={p.output[unit]}
        />
      </div>
    </div>
  );
}

export function DenseBackward(props: StageProps) {
  const t = useT();
  const { trace, primitive, way } = props;
  const { p, w, b, inputs, units } = parts(props);
  const unit = useUnit(primitive, units);
  const below = useUnit(primitive - 1, inputs);
  const { output: dz, input: dx } = p.gradient[way];
  // Under a batch norm the weights' gradient sums over the rows, not this row's x·∂L/∂z.
  const coupled = coupledAbove(trace, primitive);
  const oneRow = way === 'sample' && !coupled;
  const dW = p.params[w].gradient[way];
  const W = p.params[w].value;
  const follow = (i: number) =>
    followToUpdate(trace, { primitive, param: w, index: i * units + unit });
  return (
    <div className="d-glass-stage">
      <p>
        {t(
          oneRow
            ? 'glass.dense.backward'
            : coupled && way === 'sample'
              ? 'glass.dense.backwardCoupled'
              : 'glass.dense.backwardBatch',
          {
            rows: trace.rows,
          },
        )}
      </p>
      <div className="d-glass-columns">
        <UnitTable
          primitive={primitive}
          caption={t('glass.dense.gradients')}
          symbol="z"
          columns={[
            { head: '∂L/∂z', values: dz },
            ...(b >= 0 ? [{ head: '∂L/∂b', values: p.params[b].gradient[way] }] : []),
          ]}
        />
        <table className="d-glass-table">
          <caption>{t('glass.dense.weightsInto', { unit: `z${sub(unit)}` })}</caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">W</th>
              <th scope="col">∂L/∂W</th>
              <th scope="col">{t('glass.update')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: inputs }, (_, i) => (
              <tr key={i}>
                <td>
                  x{sub(i)} = {num(p.input[i])}
                </td>
                <td>{num(W[i * units + unit])}</td>
                <td>
                  {oneRow && dz !== null ? `${factor(p.input[i])} × ${factor(dz[unit])} = ` : ''}
                  {num(dW[i * units + unit])}
                </td>
                <td>
                  <button type="button" onClick={() => follow(i)}>
                    {t('glass.followWeight', { weight: `W${sub(i, unit)}` })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {dx === null || dz === null ? (
        <p className="d-note">{t('glass.firstLayer')}</p>
      ) : (
        <>
          <p>{t('glass.dense.intoBelow')}</p>
          <ProductSum
            result={`∂L/∂x${sub(below)}`}
            columns={['∂L/∂z', 'W']}
            terms={Array.from({ length: units }, (_, j) => ({
              names: [`∂L/∂z${sub(j)}`, `W${sub(below, j)}`] as [string, string],
              values: [dz[j], W[below * units + j]] as [number, number],
            }))}
            plus={null}
            value={dx[below]}
          />
        </>
      )}
    </div>
  );
}
