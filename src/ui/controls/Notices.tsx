// Messages the user must see above the view: why an edit was refused, why a link could not
// be opened, what an edit changed. (Why the playground's run stopped is said at the run
// controls: RunMessage.tsx.) Notices are message keys; what validation says is English,
// shown inside a translated frame.
import { useShallow } from 'zustand/react/shallow';
import { dismissEditError, dismissNotice } from '../../store/actions';
import { useStore } from '../../store/store';
import type { MessageKey } from '../i18n/dictionaries/en';
import { Framed } from '../i18n/fill';
import { useT } from '../i18n/useT';
import { experimentFieldLabel, experimentFieldName, reasonText } from './experimentFields';
import { useRefusalPlace } from './fieldRefusals';

export function Notices() {
  const t = useT();
  const { notices, editError } = useStore(
    useShallow((s) => ({ notices: s.notices, editError: s.editError })),
  );
  // A refusal is said once: beside its field, or by the panel that claims it (a layer's, by
  // the network panel), when that is on screen; else here.
  const refused = useRefusalPlace() === 'notice' ? editError : null;
  const field = refused && experimentFieldLabel(t, refused.path);
  // A number's rule in the page's words when the one field is known; else validation's.
  const name = refused && experimentFieldName(t, refused.path);
  const reason = refused && name && reasonText(t, refused, name);
  return (
    <div className="d-notices">
      {refused && (
        <div role="alert" className="d-alert d-alert-danger">
          {!reason && field && <strong>{field}: </strong>}
          <Framed frame={t('notice.editRefused')} message={reason || refused.message} />{' '}
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
