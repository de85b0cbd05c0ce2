// The frame every view shares: settings on the left (none: the views take the whole width),
// what they show on the right, each panel a labelled section that fails on its own.
import type { ReactNode } from 'react';
import type { MessageKey } from './i18n/dictionaries/en';
import { useT } from './i18n/useT';
import { PanelBoundary } from './PanelBoundary';

export function ViewLayout({ settings, children }: { settings: ReactNode; children: ReactNode }) {
  const wide = settings === null || settings === false;
  return (
    <main className={wide ? 'd-main d-main-wide' : 'd-main'}>
      {!wide && <div className="d-settings">{settings}</div>}
      <div className="d-views">{children}</div>
    </main>
  );
}

interface PanelProps {
  /** What a screen reader calls the section. */
  label: MessageKey;
  /** The panel's name if it fails to draw (PanelBoundary). */
  name: MessageKey;
  /** Extra classes beside d-panel (d-picture, d-curves). */
  className?: string;
  children: ReactNode;
}

export function ViewPanel({ label, name, className, children }: PanelProps) {
  const t = useT();
  return (
    <section className={className ? `d-panel ${className}` : 'd-panel'} aria-label={t(label)}>
      <PanelBoundary name={name}>{children}</PanelBoundary>
    </section>
  );
}
