// The units of a primitive's output as a table, one row per unit and a column per quantity,
// each row's first cell a button that makes the stages follow that unit.
import { useState, type ReactNode } from 'react';
import { followGlassUnit } from '../../store/glass';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { num } from './numbers';
import { sub } from './ProductSum';

/** The unit the stages of `primitive` follow (the first until one is chosen). */
export function useUnit(primitive: number, count: number): number {
  const unit = useStore((s) => s.glass.units[primitive] ?? 0);
  return Math.min(unit, Math.max(0, count - 1));
}

interface Props {
  primitive: number;
  /** What the table is, for a screen reader. */
  caption: string;
  /** The unit's symbol ("z", "a"): the buttons read "z₃". */
  symbol: string;
  columns: { head: ReactNode; values: ArrayLike<number> | null }[];
}

/**
 * Rows drawn at first: a layer after a flatten or a dropout over feature maps has thousands
 * of values, and a row each (with its button) would stall the page. The followed one is
 * always among them.
 */
const FIRST_ROWS = 64;

export function UnitTable({ primitive, caption, symbol, columns }: Props) {
  const t = useT();
  const [all, setAll] = useState(false);
  const count = columns[0].values?.length ?? 0;
  const unit = useUnit(primitive, count);
  const shown = all || count <= FIRST_ROWS ? count : FIRST_ROWS;
  const rows = Array.from({ length: shown }, (_, j) => j);
  if (unit >= shown) rows.push(unit);
  return (
    <div className="d-glass-units">
      <table className="d-glass-table">
        <caption className="d-sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('glass.unit')}</th>
            {columns.map((c, k) => (
              <th key={k} scope="col">
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((j) => (
            <tr key={j} className={j === unit ? 'd-glass-followed' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  aria-pressed={j === unit}
                  aria-label={t('glass.follow', { unit: `${symbol}${sub(j)}` })}
                  onClick={() => followGlassUnit(primitive, j)}
                >
                  {j + 1}
                </button>
              </th>
              {columns.map((c, k) => (
                <td key={k}>{c.values === null ? '–' : num(c.values[j])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {count > FIRST_ROWS && (
        <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('glass.units.fewer', { shown: FIRST_ROWS }) : t('glass.units.all', { count })}
        </button>
      )}
    </div>
  );
}
