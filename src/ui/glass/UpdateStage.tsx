// The update of one weight: its gradient over the minibatch and the sample's share of it, the
// optimizer's state before and after, and the rule with those numbers in it.
import type { GlassTrace } from '../../spec/protocol/glass';
import { pickGlassWeight } from '../../store/glass';
import type { GlassState, GlassWeight } from '../../store/glassState';
import { useStore } from '../../store/store';
import { OPTIMIZER_CHOICES } from '../../store/catalog';
import { useT } from '../i18n/useT';
import { num } from './numbers';
import { sub } from './ProductSum';
import { RULES } from './rules';
import { primitiveName } from './stageName';

/** Every parameter tensor of the trace, as the picker lists them. */
function tensors(trace: GlassTrace) {
  return trace.primitives.flatMap((p, primitive) =>
    p.params.map((q, param) => ({
      primitive,
      param,
      layer: p.layer,
      name: q.name,
      shape: q.shape,
    })),
  );
}

export function UpdateStage({ trace, way }: { trace: GlassTrace; way: GlassState['way'] }) {
  const t = useT();
  const chosen = useStore((s) => s.glass.weight);
  const all = tensors(trace);
  if (all.length === 0) return <p>{t('glass.update.none')}</p>;
  const first = { primitive: all[0].primitive, param: all[0].param, index: 0 };
  const weight: GlassWeight =
    chosen !== null && trace.primitives[chosen.primitive]?.params[chosen.param] ? chosen : first;
  const p = trace.primitives[weight.primitive];
  const q = p.params[weight.param];
  const size = q.value.length;
  const index = Math.min(weight.index, size - 1);
  const step = trace.update.params[weight.primitive][weight.param];
  const name = `${q.name}${sub(...unravel(index, q.shape))}`;
  const { optimizer, hyperparameters: hp } = trace.update;
  const label = OPTIMIZER_CHOICES.find((c) => c.name === optimizer)?.label ?? optimizer;
  const numbers = {
    g: step.gradient[index],
    before: step.before[index],
    after: step.after[index],
    state: Object.fromEntries(
      // A state of one number for the whole tensor (NAdam's Πₜ) is every weight's.
      Object.entries(step.state).map(([k, s]) => {
        const at = s.before.length === 1 ? 0 : index;
        return [k, { before: s.before[at], after: s.after[at] }];
      }),
    ),
    hp,
    t: trace.update.step,
  };
  const lines = RULES[optimizer](numbers);
  const tensorKey = (w: { primitive: number; param: number }) => `${w.primitive}:${w.param}`;
  return (
    <div className="d-glass-stage">
      <div className="d-glass-picker">
        <label>
          {t('glass.update.tensor')}{' '}
          <select
            value={tensorKey(weight)}
            onChange={(e) => {
              const [primitive, param] = e.target.value.split(':').map(Number);
              pickGlassWeight({ primitive, param, index: 0 });
            }}
          >
            {all.map((w) => (
              <option key={tensorKey(w)} value={tensorKey(w)}>
                {t('glass.update.tensorOption', {
                  n: w.layer + 1,
                  what: primitiveName(t, trace.primitives[w.primitive].kind, null),
                  name: w.name,
                  shape: w.shape.join('×'),
                })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('glass.update.element')}{' '}
          <input
            type="number"
            min={1}
            max={size}
            value={index + 1}
            onChange={(e) => {
              const k = Number(e.target.value);
              if (Number.isInteger(k) && k >= 1 && k <= size)
                pickGlassWeight({ ...weight, index: k - 1 });
            }}
          />
        </label>
      </div>
      <p>
        {t('glass.update.gradient', {
          weight: name,
          g: num(q.gradient.batch[index]),
          share: num(q.gradient.sample[index] / trace.rows),
          rows: trace.rows,
        })}
        {step.gradient[index] !== q.gradient.batch[index] &&
          ` ${t('glass.update.penalty', { g: num(step.gradient[index]) })}`}
      </p>
      <p>
        {t('glass.update.rule', {
          optimizer: t.label('optimizer', optimizer, label),
          step: trace.update.step,
          lr: num(Number(hp.lr)),
        })}
      </p>
      {lines !== null ? (
        <ol className="d-glass-rule" aria-label={t('glass.update.lines')}>
          {lines.map((line, i) => (
            <li key={i} className="d-math">
              {line}
            </li>
          ))}
        </ol>
      ) : (
        <table className="d-glass-table">
          <caption>{t('glass.update.state')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('glass.update.quantity')}</th>
              <th scope="col">{t('glass.update.before')}</th>
              <th scope="col">{t('glass.update.after')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(numbers.state).map(([k, s]) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                <td>{num(s.before)}</td>
                <td>{num(s.after)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{name}</th>
              <td>{num(numbers.before)}</td>
              <td>{num(numbers.after)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <p className="d-readout">
        {t('glass.update.result', {
          weight: name,
          before: num(numbers.before),
          after: num(numbers.after),
          change: num(numbers.after - numbers.before),
        })}
      </p>
      {way === 'sample' && <p className="d-note">{t('glass.update.always')}</p>}
    </div>
  );
}

/** A flat index as one index per dimension of `shape` (row-major): W₂,₁,₃,₁ for a filter's. */
function unravel(index: number, shape: readonly number[]): number[] {
  const indices: number[] = [];
  for (let d = shape.length - 1, rest = index; d >= 0; d--) {
    indices.unshift(rest % shape[d]);
    rest = Math.floor(rest / shape[d]);
  }
  return indices;
}
