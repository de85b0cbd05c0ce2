// The end of a compare's or a search's form: why the last start was refused, then the
// button that starts (off while the form says what is wrong with it) and the one that
// cancels what is under way.
import { useT } from '../i18n/useT';

interface Props {
  error: string | null;
  startLabel: string;
  onStart: () => void;
  onCancel: () => void;
  running: boolean;
  /** The form cannot start as it stands (it says why above). */
  startDisabled?: boolean;
}

export function StartCancel({
  error,
  startLabel,
  onStart,
  onCancel,
  running,
  startDisabled = false,
}: Props) {
  const t = useT();
  return (
    <>
      {error !== null && (
        <div role="alert" className="d-alert d-alert-danger">
          {error}
        </div>
      )}
      <div className="d-row">
        <button type="button" className="d-primary" onClick={onStart} disabled={startDisabled}>
          {startLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={!running}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
