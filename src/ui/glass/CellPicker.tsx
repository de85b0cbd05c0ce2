// The cell of an image a stage follows, picked from the keyboard: its channel (a
// convolution's filter) in a menu, its row and column in number fields, counted from 1 as
// the page writes them. Clicking a picture (FeatureMaps) picks too. The cell is the store's
// followed unit of the primitive, its flat index c·H·W + r·W + k, so it stays from the
// forward stage to the backward one, and the layer after follows the same number.
import { useState, type KeyboardEvent } from 'react';
import type { ImageShape } from '../../spec/layers/shape';
import { followGlassUnit } from '../../store/glass';
import { useT } from '../i18n/useT';
import { cellOf, indexOf, type Cell } from './receptive';
import { useUnit } from './units';

/** The cell `primitive`'s stages follow on its `shape`, and a way to follow another. */
export function useFollowedCell(
  primitive: number,
  shape: ImageShape,
): { index: number; cell: Cell; follow: (index: number) => void } {
  const index = useUnit(primitive, shape[0] * shape[1] * shape[2]);
  return { index, cell: cellOf(shape, index), follow: (i) => followGlassUnit(primitive, i) };
}

interface Props {
  shape: ImageShape;
  index: number;
  follow: (index: number) => void;
  /** A convolution's output channels are its filters. */
  channel: 'filter' | 'channel';
}

export function CellPicker({ shape, index, follow, channel }: Props) {
  const t = useT();
  const [C, H, W] = shape;
  const cell = cellOf(shape, index);
  const set = (patch: Partial<Cell>) => follow(indexOf(shape, { ...cell, ...patch }));
  // The stages' keys (← → Home End) are the menu's own while it has the focus.
  const keep = (e: KeyboardEvent) => e.stopPropagation();
  return (
    <fieldset className="d-glass-picker d-glass-cell">
      <legend>{t('glass.cell.legend')}</legend>
      <label>
        {t(channel === 'filter' ? 'glass.cell.filter' : 'glass.cell.channel')}{' '}
        <select
          value={cell.channel}
          onChange={(e) => set({ channel: Number(e.target.value) })}
          onKeyDown={keep}
        >
          {Array.from({ length: C }, (_, c) => (
            <option key={c} value={c}>
              {c + 1}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('glass.cell.row')}{' '}
        <Position value={cell.row} count={H} onChange={(row) => set({ row })} />
      </label>
      <label>
        {t('glass.cell.column')}{' '}
        <Position value={cell.col} count={W} onChange={(col) => set({ col })} />
      </label>
      <span className="d-note">{t('glass.cell.hint')}</span>
    </fieldset>
  );
}

/** A row or column, 1 … count on the page: a half-typed or empty number waits, unapplied. */
function Position(props: { value: number; count: number; onChange: (value: number) => void }) {
  const { value, count, onChange } = props;
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      type="number"
      min={1}
      max={count}
      value={draft ?? value + 1}
      onChange={(e) => {
        const v = Number(e.target.value);
        const valid = e.target.value !== '' && Number.isInteger(v) && v >= 1 && v <= count;
        setDraft(valid ? null : e.target.value);
        if (valid) onChange(v - 1);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
