// A formula as the page shows it: a figure named by its caption ("Update rule: Adam"), so a
// screen reader can find it by name and then read the mathematics itself (KaTeX's MathML);
// its lines, each with the words saying when it holds; the values bound in; notes in words.
import { Fragment, type ReactNode } from 'react';
import { fill } from '../i18n/fill';
import { useT } from '../i18n/useT';
import type { Formula } from './formula';
import './formulas.css';
import { Tex } from './Tex';

interface Props {
  caption: string;
  formula: Formula;
  /** A sentence before the lines ("Each step, for every weight θ and its gradient g:"). */
  lead?: string;
  /** What follows the notes: a "Why?" block, a lesson to open. */
  children?: ReactNode;
}

export function FormulaFigure({ caption, formula, lead, children }: Props) {
  const t = useT();
  return (
    <figure className="d-formula">
      <figcaption>{caption}</figcaption>
      {lead !== undefined && <p className="d-formula-lead">{lead}</p>}
      {formula.lines.map((line, i) => (
        <div key={i} className="d-formula-line">
          {line.when !== undefined && <span className="d-formula-when">{t(line.when)}</span>}
          {/* Display style, as a textbook sets an equation on its own line: sums with their
              limits above and below, fractions at full size. */}
          <Tex tex={String.raw`\displaystyle ${line.tex}`} />
        </div>
      ))}
      {formula.where.length > 0 && (
        <p className="d-formula-where">
          {fill(t('formulas.where'), {
            // One piece of TeX per value, so that a long list wraps between values.
            values: formula.where.map((tex, i) => (
              <Fragment key={tex}>
                {i > 0 && ', '}
                <Tex tex={tex} />
              </Fragment>
            )),
          })}
        </p>
      )}
      {formula.notes.map((note) => (
        <p key={note.key} className="d-formula-note">
          {t(note.key, note.vars)}
        </p>
      ))}
      {children}
    </figure>
  );
}
