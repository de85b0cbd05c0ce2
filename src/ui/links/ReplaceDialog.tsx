// The question a pasted link asks when the experiment on show has changes not saved as a
// link (store/pastedLink.ts): open the link, or keep mine. A native modal <dialog>: the focus
// goes to it and stays inside; Esc (the browser's cancel) keeps the experiment.
import { useEffect, useId, useRef } from 'react';
import { answerLinkQuestion } from '../../store/linkQuestion';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';

export function ReplaceDialog() {
  const t = useT();
  const asked = useStore((s) => s.linkQuestion !== null);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId(),
    textId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (asked && d !== null && !d.open) d.showModal();
    else if (!asked && d?.open) d.close();
  }, [asked]);
  return (
    <dialog
      ref={dialog}
      className="d-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onClose={() => answerLinkQuestion(false)}
    >
      {asked && (
        <>
          <h2 id={titleId}>{t('link.replace.title')}</h2>
          <p id={textId}>{t('link.replace.text')}</p>
          <div className="d-row d-dialog-buttons">
            <button type="button" onClick={() => answerLinkQuestion(false)}>
              {t('link.replace.keep')}
            </button>
            <button type="button" className="d-primary" onClick={() => answerLinkQuestion(true)}>
              {t('link.replace.open')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
