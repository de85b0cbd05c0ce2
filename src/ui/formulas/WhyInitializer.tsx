// "Why this initializer?": the variance argument behind LeCun, Xavier and He, then what each
// would give this very layer, next to the lesson whose histograms show it happen. The words
// are the dictionary's, the mathematics TeX set into them (fill), so each language puts the
// formulas where its word order needs them.
import type { InitSpec } from '../../spec/types';
import { fill } from '../i18n/fill';
import { useT } from '../i18n/useT';
import { bind } from './formula';
import {
  FAMILY_NAMES,
  familyOf,
  familyVariance,
  fanBindings,
  initDraw,
  type Family,
  type Fans,
} from './initializers';
import { LessonLink } from './LessonLink';
import { texNumber } from './tex';
import { Tex } from './Tex';

const N_IN = String.raw`n_\text{in}`;
const N_OUT = String.raw`n_\text{out}`;
const VAR_W = String.raw`\operatorname{Var}[w]`;

/** Each family's rule in symbols and in this layer's numbers. */
const RULES: Record<Family, (fans: Fans) => { symbols: string; numbers: string }> = {
  lecun: ({ fanIn }) => ({
    symbols: String.raw`\tfrac{1}{${N_IN}}`,
    numbers: `\\tfrac{1}{${fanIn}}`,
  }),
  xavier: ({ fanIn, fanOut }) => ({
    symbols: String.raw`\tfrac{2}{${N_IN} + ${N_OUT}}`,
    numbers: `\\tfrac{2}{${fanIn} + ${fanOut}}`,
  }),
  he: ({ fanIn }) => ({ symbols: String.raw`\tfrac{2}{${N_IN}}`, numbers: `\\tfrac{2}{${fanIn}}` }),
};

/**
 * The lessons on it: the argument itself (issue 13's "Why Xavier and He"), then the one whose
 * histograms show it at work, each layer's outputs started three ways. One not loaded (not
 * written yet, or refused by validation) shows no link.
 */
const LESSONS = ['xavier-he', 'activation-histograms'];

export function WhyInitializer({ init, fans }: { init: InitSpec; fans: Fans }) {
  const t = useT();
  const chosen = familyOf(init.name);
  const tex = (source: string) => <Tex tex={source} />;
  return (
    <details className="d-formula-why">
      <summary>{t('formulas.why')}</summary>
      <p>
        {fill(t('formulas.why.sum'), {
          sum: tex(String.raw`z = \sum_{i=1}^{${N_IN}} w_i\, x_i`),
          variance: tex(
            String.raw`\operatorname{Var}[z] = ${N_IN}\, ${VAR_W}\, \operatorname{Var}[x]`,
          ),
        })}
      </p>
      <p>
        {fill(t('formulas.why.forward'), { lecun: tex(String.raw`${VAR_W} = \tfrac{1}{${N_IN}}`) })}
      </p>
      <p>
        {fill(t('formulas.why.backward'), {
          backward: tex(String.raw`${VAR_W} = \tfrac{1}{${N_OUT}}`),
          xavier: tex(String.raw`${VAR_W} = \tfrac{2}{${N_IN} + ${N_OUT}}`),
        })}
      </p>
      <p>{fill(t('formulas.why.relu'), { he: tex(String.raw`${VAR_W} = \tfrac{2}{${N_IN}}`) })}</p>
      <p>
        {fill(t('formulas.why.draw'), {
          uniform: tex(String.raw`a = \sqrt{3 \operatorname{Var}[w]}`),
          normal: tex(String.raw`\sigma = \sqrt{\operatorname{Var}[w]}`),
        })}
      </p>
      <table className="d-formula-table">
        <caption>
          {fill(t('formulas.why.layer'), {
            fans: fanBindings(fans).map((binding, i) => (
              <span key={binding}>
                {i > 0 && ', '}
                {tex(binding)}
              </span>
            )),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('formulas.why.initializer')}</th>
            <th scope="col">{tex(VAR_W)}</th>
          </tr>
        </thead>
        <tbody>
          {FAMILY_NAMES.map((family) => {
            const { symbols, numbers } = RULES[family](fans);
            return (
              <tr key={family} className={family === chosen ? 'd-current' : undefined}>
                <th scope="row">
                  {t(`formulas.family.${family}`)}
                  {family === chosen && (
                    <span className="d-formula-chosen"> {t('formulas.why.chosen')}</span>
                  )}
                </th>
                <td>
                  {tex(`${symbols} = ${numbers} = ${texNumber(familyVariance(family, fans))}`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {chosen === null && (
        <p>
          {fill(t('formulas.why.own'), {
            variance: tex(bind(VAR_W, initDraw(init, fans).variance)),
          })}
        </p>
      )}
      {LESSONS.map((id) => (
        <LessonLink key={id} id={id} />
      ))}
    </details>
  );
}
