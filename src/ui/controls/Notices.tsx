// Messages the user must see: why a run stopped (divergence, early stopping), why an edit
// was refused, why a link could not be opened.
import { useShallow } from 'zustand/react/shallow';
import { dismissNotice, useStore } from '../../store/store';

export function Notices() {
  const { notice, editError, status, message } = useStore(
    useShallow((s) => ({
      notice: s.notice,
      editError: s.editError,
      status: s.run.status,
      message: s.run.message,
    })),
  );
  return (
    <div className="d-notices">
      {status === 'diverged' && message && (
        <div role="alert" className="d-alert d-alert-danger">
          <strong>Training paused: the loss diverged.</strong> {message}
        </div>
      )}
      {status === 'idle' && message && (
        <div role="alert" className="d-alert d-alert-danger">
          {message}
        </div>
      )}
      {status === 'finished' && message && (
        <div role="status" className="d-alert">
          {message}
        </div>
      )}
      {editError && (
        <div role="alert" className="d-alert d-alert-danger">
          <strong>That change was not applied:</strong> {editError}
        </div>
      )}
      {notice && (
        <div role="status" className="d-alert">
          {notice}{' '}
          <button type="button" className="d-link" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
