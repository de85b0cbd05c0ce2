// Messages the user must see: why the playground's run stopped (divergence, early stopping;
// on the playground only), with what to try there, why an edit was refused, why a link could
// not be opened. Notices and the worker's messages are message keys (the run's are worded as
// in a compare; notice.diverged and notice.failed add the playground's advice); what
// validation says is English, shown inside a translated frame.
import { useShallow } from 'zustand/react/shallow';
import { dismissEditError, dismissNotice } from '../../store/actions';
import { useStore } from '../../store/store';
import type { MessageKey } from '../i18n/dictionaries/en';
import { fill } from '../i18n/fill';
import { useT } from '../i18n/useT';
import { experimentFieldLabel } from './experimentFields';

/** The alert saying why the playground's run stopped, for the run bar to point at. */
export const RUN_ALERT_ID = 'd-run-alert';

export function Notices() {
  const t = useT();
  const { notices, editError, status, runMessage } = useStore(
    useShallow((s) => ({
      notices: s.notices,
      editError: s.editError,
      // Why the playground's run stopped is said where that run is, not over the race.
      status: s.view === 'playground' ? s.run.status : null,
      runMessage: s.run.message,
    })),
  );
  const field = editError && experimentFieldLabel(t, editError.path);
  // The worker's message (why the run stopped) in the page's language.
  const message = runMessage && t(runMessage.key as MessageKey, runMessage.vars);
  return (
    <div className="d-notices">
      {status === 'diverged' && message && (
        <div role="alert" className="d-alert d-alert-danger" id={RUN_ALERT_ID} tabIndex={-1}>
          <Framed frame={t('notice.diverged')} message={message} />
        </div>
      )}
      {status === 'failed' && message && (
        <div role="alert" className="d-alert d-alert-danger" id={RUN_ALERT_ID} tabIndex={-1}>
          {t('notice.failed', { message })}
        </div>
      )}
      {status === 'idle' && message && (
        <div role="alert" className="d-alert d-alert-danger">
          {t('notice.loadFailed', { message })}
        </div>
      )}
      {status === 'finished' && message && (
        <div role="status" className="d-alert">
          {message}
        </div>
      )}
      {editError && (
        <div role="alert" className="d-alert d-alert-danger">
          {field && <strong>{field}: </strong>}
          <Framed frame={t('notice.editRefused')} message={editError.message} />{' '}
          <button type="button" className="d-link" onClick={dismissEditError}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {notices.length > 0 && (
        <div role="status" className="d-alert">
          {notices.map((n) => t(n.key as MessageKey, n.vars)).join(' ')}{' '}
          <button type="button" className="d-link" onClick={dismissNotice}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The translated frame in bold around the (English) message, wherever the frame puts it. */
function Framed({ frame, message }: { frame: string; message: string }) {
  return fill(frame, { message }, (text) => <strong>{text}</strong>);
}
