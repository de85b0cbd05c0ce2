// The embedded page's way out: a link to the whole app with the experiment on show (and what
// the teacher hid), in a new tab. Until the link is packed, the app's own address.
import { useEffect, useState } from 'react';
import { shareUrl } from '../../store/classroom';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';

export function OpenInDescent() {
  const t = useT();
  const experiment = useStore((s) => s.experiment);
  const hidden = useStore((s) => s.hidden);
  const [href, setHref] = useState(location.origin + location.pathname);
  useEffect(() => {
    let live = true;
    void shareUrl(experiment, { hidden, present: false }).then((url) => {
      // Too large for a link (a big CSV): the app itself, where a file can open it.
      if (live) setHref(url ?? location.origin + location.pathname);
    });
    return () => {
      live = false;
    };
  }, [experiment, hidden]);
  return (
    <a className="d-open-app" href={href} target="_blank" rel="noopener">
      {t('embed.open')}
      <span className="d-sr-only"> {t('embed.newTab')}</span>
    </a>
  );
}
