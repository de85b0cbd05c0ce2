// The loss: the network's output against the target, for the sample and over its minibatch.
// Cross-entropy as −log of the probability given the right class, with every class's
// probability as a bar.
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { useClassNames } from '../i18n/useClassNames';
import { factor, num } from './numbers';
import type { GlassTrace } from '../../spec/protocol/glass';

export function LossStage({ trace }: { trace: GlassTrace }) {
  const t = useT();
  const data = useStore((s) => s.data);
  const classNames = useClassNames(data?.classNames);
  const { loss } = trace;
  const last = trace.primitives[trace.primitives.length - 1];
  const output = last.output;
  const vars = { loss: num(loss.sample), batch: num(loss.batch), rows: trace.rows };
  if (loss.name === 'cross_entropy' && loss.label !== null) {
    const p = output[loss.label];
    return (
      <div className="d-glass-stage">
        <p>
          {t('glass.loss.crossEntropy', {
            ...vars,
            p: num(p),
            name: classNames[loss.label] ?? String(loss.label),
          })}
        </p>
        <ul className="d-glass-bars" aria-label={t('glass.loss.probabilities')}>
          {Array.from(output, (q, k) => (
            <li key={k} className={k === loss.label ? 'd-glass-target' : undefined}>
              <span className="d-glass-bar-name">{classNames[k] ?? String(k)}</span>
              <span className="d-glass-bar" style={{ width: `${Math.max(0, q) * 100}%` }} />
              <span className="d-glass-bar-value">{(100 * q).toFixed(1)}%</span>
            </li>
          ))}
        </ul>
        <p className="d-note">{t('glass.loss.batch', vars)}</p>
      </div>
    );
  }
  const key = loss.name === 'bce' ? 'glass.loss.bce' : 'glass.loss.mse';
  // Where the way back begins for a loss not fused with its output: ∂L/∂y, the engine's.
  const dy = loss.name === 'mse' ? last.gradient.sample.output : null;
  return (
    <div className="d-glass-stage">
      <p>
        {t(key, {
          ...vars,
          y: Array.from(output, num).join(', '),
          t: Array.from(loss.target, num).join(', '),
        })}
      </p>
      {dy !== null && (
        <p className="d-math">
          ∂L/∂y = 2(y − t)/{output.length} ={' '}
          {Array.from(
            output,
            (y, k) => `2 × (${num(y)} − ${factor(loss.target[k])}) / ${output.length}`,
          ).join(', ')}{' '}
          = {Array.from(dy, num).join(', ')}
        </p>
      )}
      <p className="d-note">{t('glass.loss.batch', vars)}</p>
    </div>
  );
}
