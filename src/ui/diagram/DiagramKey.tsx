// The diagram's colour key: blue for positive, orange for negative (unitImages.ts), then
// what the rest of the picture means.
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { NEGATIVE, POSITIVE } from './unitImages';

export function DiagramKey({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <p className="d-diagram-key">
      <span className="d-legend-swatch" style={{ background: POSITIVE }} /> {t('diagram.positive')}
      <span className="d-legend-swatch" style={{ background: NEGATIVE }} /> {t('diagram.negative')}
      <span>
        {' · '}
        {children}
      </span>
    </p>
  );
}
