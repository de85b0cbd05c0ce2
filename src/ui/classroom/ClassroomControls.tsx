// The header's sharing controls: Copy link (this experiment's address, with whatever a
// teacher's link hid still hidden), Share for class (the teacher's dialog) and the
// presentation-mode toggle; and the note a student sees when a teacher hid something.
import { useEffect, useRef, useState } from 'react';
import { shareUrl } from '../../store/classroom';
import { shareLink } from '../../store/savedLink';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { togglePresentation } from './presentation';
import { ShareForClass } from './ShareForClass';

export function ClassroomControls() {
  const t = useT();
  const present = useStore((s) => s.present);
  const student = useStore((s) => s.hidden.length > 0);
  return (
    <div className="d-row d-classroom" role="group" aria-label={t('classroom.group')}>
      <CopyLink />
      {!student && <ShareForClass />}
      <button
        type="button"
        aria-pressed={present}
        aria-keyshortcuts="P"
        onClick={togglePresentation}
      >
        {t('present.toggle')}
      </button>
    </div>
  );
}

type Copying = 'idle' | 'copied' | 'tooLong' | { manual: string };
/** How long "Link copied" stays. */
const SAID_MS = 3000;

function CopyLink() {
  const t = useT();
  const [copying, setCopying] = useState<Copying>('idle');
  const field = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (typeof copying === 'object') field.current?.focus(); // which selects it
  }, [copying]);

  const copy = async () => {
    clearTimeout(timer.current);
    const { experiment, hidden } = useStore.getState();
    const url = await shareUrl(experiment, { hidden, present: false });
    if (url === null) setCopying('tooLong');
    else if (await shareLink(url, experiment)) setCopying('copied');
    else return setCopying({ manual: url }); // stays until the field loses the focus
    timer.current = setTimeout(() => setCopying('idle'), SAID_MS);
  };
  const said =
    copying === 'copied'
      ? t('share.copied')
      : copying === 'tooLong'
        ? t('share.tooLong')
        : copying === 'idle'
          ? ''
          : t('share.copyManually');
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {t('share.copyLink')}
      </button>
      <span role="status" className="d-copy-status">
        {said}
      </span>
      {typeof copying === 'object' && (
        <input
          ref={field}
          className="d-link-field"
          readOnly
          value={copying.manual}
          aria-label={t('share.linkField')}
          onFocus={(e) => e.currentTarget.select()}
          onBlur={() => setCopying('idle')}
        />
      )}
    </>
  );
}

/** What a student sees instead of the controls a teacher hid. */
export function ClassroomNote() {
  const t = useT();
  const student = useStore((s) => s.hidden.length > 0);
  if (!student) return null;
  return (
    <p className="d-alert d-classroom-note" role="note">
      {t('classroom.hiddenNote')}
    </p>
  );
}
