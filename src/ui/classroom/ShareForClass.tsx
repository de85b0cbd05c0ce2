// The teacher's dialog: tick what students will not see (the playground's settings panels,
// the other views' tabs), optionally presentation mode, and copy the link that carries it,
// or the code that embeds one view in a course page (EmbedCode.tsx).
// A native <dialog>: Tab stays inside it, Esc closes it, the focus returns to the button.
import { useEffect, useId, useRef, useState } from 'react';
import { HIDEABLE, type Hideable, type HideablePanel } from '../../store/classroomLink';
import { shareLink } from '../../store/savedLink';
import { useStore } from '../../store/store';
import { isView } from '../../store/views';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { VIEW_LABELS } from '../viewLabels';
import { EmbedCode } from './EmbedCode';
import { useShareUrl } from './useShareUrl';

const PANELS: Record<HideablePanel, MessageKey> = {
  data: 'classroom.hide.data',
  network: 'classroom.hide.network',
  training: 'classroom.hide.training',
};

/** A panel by its name, a view by its tab's label. */
function label(t: Translator, name: Hideable): string {
  return isView(name) ? t('classroom.hide.tab', { tab: t(VIEW_LABELS[name]) }) : t(PANELS[name]);
}

export function ShareForClass() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const titleId = useId(),
    introId = useId(),
    fieldId = useId(),
    presentId = useId();
  const experiment = useStore((s) => s.experiment);
  const [open, setOpen] = useState(false);
  const [hidden, setHidden] = useState<Hideable[]>([]);
  const [present, setPresent] = useState(false);
  const [copied, setCopied] = useState(false);

  // Its content exists only while it is open (so that the page's labels stay unique), and
  // it opens once the content is there, which puts the focus on the first checkbox.
  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);
  // The link for the choices ticked (undefined while it is made, null when too long).
  const url = useShareUrl(experiment, { hidden, present }, open);

  const toggle = (name: Hideable, on: boolean) => {
    setCopied(false);
    setHidden((h) => HIDEABLE.filter((n) => (n === name ? on : h.includes(n))));
  };
  const copy = async () => {
    if (url == null) return;
    if (await shareLink(url, experiment)) setCopied(true);
    else field.current?.select(); // the field is right there: Ctrl+C
  };

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          setCopied(false);
        }}
      >
        {t('classroom.open')}
      </button>
      <dialog
        ref={dialog}
        className="d-dialog"
        aria-labelledby={titleId}
        aria-describedby={introId}
        onClose={() => setOpen(false)}
      >
        {open && (
          <form method="dialog">
            <h2 id={titleId}>{t('classroom.open')}</h2>
            <p id={introId} className="d-note">
              {t('classroom.intro')}
            </p>
            <fieldset className="d-fieldset">
              <legend>{t('classroom.hide')}</legend>
              {HIDEABLE.map((name) => (
                <label key={name} className="d-field d-check">
                  <input
                    type="checkbox"
                    checked={hidden.includes(name)}
                    onChange={(e) => toggle(name, e.target.checked)}
                  />
                  <span>{label(t, name)}</span>
                </label>
              ))}
            </fieldset>
            <label className="d-field d-check" htmlFor={presentId}>
              <input
                id={presentId}
                type="checkbox"
                checked={present}
                onChange={(e) => {
                  setCopied(false);
                  setPresent(e.target.checked);
                }}
              />
              <span>{t('classroom.present')}</span>
            </label>
            <label className="d-field d-stack" htmlFor={fieldId}>
              <span>{t('classroom.link')}</span>
              <input
                ref={field}
                id={fieldId}
                className="d-link-field"
                readOnly
                value={url === undefined ? t('classroom.making') : (url ?? t('share.tooLong'))}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
            <div className="d-row d-dialog-buttons">
              <button
                type="button"
                className="d-primary"
                disabled={url == null}
                onClick={() => void copy()}
              >
                {t('classroom.copy')}
              </button>
              <span role="status">{copied ? t('share.copied') : ''}</span>
            </div>
            <EmbedCode hidden={hidden} />
            <div className="d-row d-dialog-buttons">
              <button type="submit">{t('classroom.close')}</button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
