// The glass box: one training step opened up for one sample, stage by stage, forward and
// back, with the engine's own numbers (spec/protocol/glass.ts). The sample is picked here or
// from the playground's pictures; training pauses while it is open.
import { useEffect, useRef } from 'react';
import { useStore } from '../../store/store';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';
import { GlassPicker } from './GlassPicker';
import { GlassSteps } from './GlassSteps';
import './glass.css';

export function GlassPanel() {
  const t = useT();
  const glass = useStore((s) => s.glass);
  const { status, trace, why, reveal } = glass;
  const panel = useRef<HTMLDivElement>(null);
  // Opened from a point of the picture or a sample's picture: brought into view.
  useEffect(() => {
    if (reveal > 0) panel.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [reveal]);
  return (
    <div className="d-glass" ref={panel}>
      <h3>{t('playground.glass')}</h3>
      <p className="d-note">{t('glass.intro')}</p>
      <GlassPicker />
      {status === 'opening' && (
        <p role="status" className="d-placeholder">
          {t('glass.opening')}
        </p>
      )}
      {status === 'refused' && why !== null && (
        <p role="alert" className="d-alert d-alert-danger">
          {t(why.key as MessageKey, why.vars)}
        </p>
      )}
      {trace !== null && status !== 'refused' && <GlassSteps trace={trace} />}
    </div>
  );
}
