// Why the playground's run stopped (it diverged, failed, finished early, could not load),
// said at the run controls: they sit in the header, which stays in view however far the
// page is scrolled, where a notice above the panels was 700 px away. The worker's message
// is a key in the page's language; diverged and failed add what to try on the playground.
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import type { MessageKey } from '../i18n/dictionaries/en';
import { Framed } from '../i18n/fill';
import { useT } from '../i18n/useT';

export function RunMessage() {
  const t = useT();
  const { status, said } = useStore(
    useShallow((s) => ({ status: s.run.status, said: s.run.message })),
  );
  if (said === null) return null;
  const message = t(said.key as MessageKey, said.vars);
  if (status === 'diverged') {
    return (
      <div role="alert" className="d-alert d-alert-danger d-run-message">
        <Framed frame={t('notice.diverged')} message={message} />
      </div>
    );
  }
  if (status === 'failed' || status === 'idle') {
    return (
      <div role="alert" className="d-alert d-alert-danger d-run-message">
        {status === 'failed'
          ? t('notice.failed', { message })
          : t('notice.loadFailed', { message })}
      </div>
    );
  }
  if (status === 'finished') {
    return (
      <div role="status" className="d-alert d-run-message">
        {message}
      </div>
    );
  }
  return null;
}
