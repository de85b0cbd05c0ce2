// The training colours, each drawn as a swatch of its own colour with its name: what the
// network learns from. Pressing one puts it in the classifier above.
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import { useClassNames } from '../i18n/useClassNames';
import { useT } from '../i18n/useT';
import { fromInputs, toHex, type Rgb } from './rgb';

/** Swatches shown: enough to see every name's range of colours, few enough to scan. */
const SHOWN = 96;

export function ColorSwatches({ pick }: { pick: (rgb: Rgb) => void }) {
  const t = useT();
  const { points, labels, names } = useStore(
    useShallow((s) => ({
      points: s.data?.trainPoints,
      labels: s.data?.trainLabels,
      names: s.data?.classNames,
    })),
  );
  const classNames = useClassNames(names);
  if (points === undefined || labels === undefined) return null;
  const count = Math.min(SHOWN, labels.length);
  return (
    <div className="d-color-swatches">
      <h3>{t('colors.swatches', { count })}</h3>
      <div className="d-color-grid">
        {Array.from({ length: count }, (_, i) => {
          const rgb = fromInputs(points, 3 * i);
          const name = classNames[labels[i]] ?? String(labels[i]);
          return (
            <button
              key={i}
              type="button"
              className="d-color-chip"
              style={{ background: toHex(rgb) }}
              aria-label={t('colors.swatch', { n: i + 1, name, r: rgb[0], g: rgb[1], b: rgb[2] })}
              title={name}
              onClick={() => pick(rgb)}
            />
          );
        })}
      </div>
    </div>
  );
}
