// The keyboard shortcuts, listed in a modal dialog: opened by `?` anywhere but a text field,
// or by the header's button. The browser's own <dialog> keeps the focus inside and closes
// it on Escape.
import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';

/** Every shortcut in the page: its keys (as shown) and what it does. */
const SHORTCUTS: { keys: string[]; does: MessageKey }[] = [
  { keys: ['Space'], does: 'shortcuts.play' },
  { keys: ['→'], does: 'shortcuts.step' },
  { keys: ['←', '→'], does: 'shortcuts.tabs' },
  { keys: ['Enter'], does: 'shortcuts.enter' },
  { keys: ['P'], does: 'shortcuts.present' },
  { keys: ['?'], does: 'shortcuts.help' },
  { keys: ['Esc'], does: 'shortcuts.close' },
];

/** Where typing `?` means the character, not this list. */
const TYPING = 'input, textarea, select, [contenteditable="true"]';

export function ShortcutsDialog() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = () => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.altKey || e.metaKey) return;
      if ((e.target as HTMLElement | null)?.closest(TYPING)) return;
      e.preventDefault();
      if (dialog.current && !dialog.current.open) dialog.current.showModal();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        className="d-shortcuts-button"
        aria-label={t('shortcuts.title')}
        title={t('shortcuts.title')}
        aria-keyshortcuts="?"
        onClick={open}
      >
        ?
      </button>
      <dialog ref={dialog} className="d-dialog" aria-labelledby="d-shortcuts-title">
        <h2 id="d-shortcuts-title">{t('shortcuts.title')}</h2>
        <table className="d-shortcuts">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.does}>
                <th scope="row">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </th>
                <td>{t(s.does)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="d-note">{t('shortcuts.note')}</p>
        <form method="dialog">
          <button type="submit">{t('shortcuts.closeButton')}</button>
        </form>
      </dialog>
    </>
  );
}
