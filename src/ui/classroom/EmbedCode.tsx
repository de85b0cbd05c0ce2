// The Share for class dialog's embed part: the view to show in a course page, and the
// <iframe> to paste there (the experiment on show, and what the teacher ticks to hide; a
// hidden view is not offered).
import { useId, useRef, useState } from 'react';
import { EMBEDDABLE_VIEWS, type Hideable } from '../../store/classroomLink';
import { shareLink } from '../../store/savedLink';
import { useStore } from '../../store/store';
import { HOME_VIEW, type View } from '../../store/views';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { VIEW_LABELS } from '../viewLabels';
import { useShareUrl } from './useShareUrl';

/** The code a course page pastes: a frame as wide as its column, the link as its source. */
export function iframeCode(url: string, title: string): string {
  const attribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return (
    `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="720" ` +
    `style="border: 0" allow="fullscreen; clipboard-write"></iframe>`
  );
}

export function EmbedCode({ hidden }: { hidden: Hideable[] }) {
  const t = useT();
  const viewId = useId(),
    codeId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const experiment = useStore((s) => s.experiment);
  // A view the teacher ticks to hide cannot be embedded: the frame would show the playground.
  const choices = EMBEDDABLE_VIEWS.filter((name) => !(hidden as string[]).includes(name));
  const [chosen, setChosen] = useState<View>(HOME_VIEW);
  const view = choices.includes(chosen) ? chosen : HOME_VIEW;
  const [copied, setCopied] = useState(false);
  const url = useShareUrl(experiment, { hidden, present: false, embed: view });
  const title = t('embed.frameTitle', { view: t(VIEW_LABELS[view]) });
  const code = url == null ? url : iframeCode(url, title);

  const copy = async () => {
    if (code == null) return;
    if (await shareLink(code, experiment)) setCopied(true);
    else field.current?.select(); // the field is right there: Ctrl+C
  };
  return (
    <fieldset className="d-fieldset d-embed-code">
      <legend>{t('embed.legend')}</legend>
      <label className="d-field" htmlFor={viewId}>
        <span>{t('embed.view')}</span>
        <select
          id={viewId}
          value={view}
          onChange={(e) => {
            setCopied(false);
            setChosen(e.target.value as View);
          }}
        >
          {choices.map((name) => (
            <option key={name} value={name}>
              {t(VIEW_LABELS[name])}
            </option>
          ))}
        </select>
      </label>
      <label className="d-field d-stack" htmlFor={codeId}>
        <span>{t('embed.code')}</span>
        <textarea
          ref={field}
          id={codeId}
          className="d-link-field"
          readOnly
          rows={4}
          value={codeText(t, code)}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div className="d-row">
        <button type="button" disabled={code == null} onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
        <span role="status">{copied ? t('embed.copied') : ''}</span>
      </div>
    </fieldset>
  );
}

function codeText(t: Translator, code: string | null | undefined): string {
  if (code === undefined) return t('classroom.making');
  return code ?? t('share.tooLong');
}
