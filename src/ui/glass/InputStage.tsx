// The sample as the network takes it: its features (normalised as the run's data is), its
// class, and the minibatch it trains in.
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { useClassNames } from '../i18n/useClassNames';
import { num } from './numbers';
import { sub } from './ProductSum';
import type { GlassTrace } from '../../spec/protocol/glass';

/** Features listed one by one up to this many; an image's are too many to read. */
const LISTED = 16;

export function InputStage({ trace }: { trace: GlassTrace }) {
  const t = useT();
  const data = useStore((s) => s.data);
  const classNames = useClassNames(data?.classNames);
  const { label } = trace.loss;
  const names = data?.featureNames ?? [];
  const companions = trace.companions.map((c) => c + 1).join(', ');
  return (
    <div className="d-glass-stage">
      <p>
        {label === null
          ? t('glass.input.target', { target: Array.from(trace.loss.target, num).join(', ') })
          : t('glass.input.class', { name: classNames[label] ?? String(label) })}
      </p>
      {trace.input.length <= LISTED ? (
        <table className="d-glass-table">
          <caption>{t('glass.input.features')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('glass.input.feature')}</th>
              <th scope="col">x</th>
            </tr>
          </thead>
          <tbody>
            {Array.from(trace.input, (x, i) => (
              <tr key={i}>
                <th scope="row">
                  x{sub(i)} {names[i] ? `(${names[i]})` : ''}
                </th>
                <td>{num(x)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('glass.input.many', { count: trace.input.length })}</p>
      )}
      <p className="d-note">
        {t('glass.input.minibatch', { rows: trace.rows, companions: companions || '–' })}
      </p>
    </div>
  );
}
