// The page's link at startup (its experiment, what a teacher hid, presentation mode), the
// link to share, and presentation mode on and off. The names and the link's classroom
// parts are in classroomLink.ts.
import { defaultExperiment, encodeShareLink, hashParts, joinHash, SHARE_LINK_LIMIT } from '../spec';
import type { Experiment } from '../spec/types';
import {
  classroomParts,
  readHidden,
  readPresent,
  type Classroom,
  type Hideable,
} from './classroomLink';
import { EMBEDDED_VIEW } from './embed';
import { linkedExperiment, replaceHash } from './persistence';
import { markSaved } from './savedLink';
import { useStore } from './store';
import { HOME_VIEW, type View } from './views';

/**
 * Applies the address's link. main.tsx awaits this before the page first draws and the
 * first run is built, so the saved experiment never flashes before the link's (a `#z=`
 * link takes a moment to unpack). A link that cannot be opened opens the default
 * experiment, with a notice saying why. An embed link shows its view, and its experiment
 * or the default (never the visitor's saved one).
 */
export async function openLink(): Promise<void> {
  const { hash, search } = location;
  const linked =
    (await linkedExperiment(hash)) ??
    (EMBEDDED_VIEW !== null ? { experiment: defaultExperiment(), notice: null } : null);
  const { hidden, present, view } = linkClassroom(hash, search, EMBEDDED_VIEW ?? undefined);
  useStore.setState((s) => ({
    hidden,
    present,
    view,
    ...(linked !== null && {
      experiment: linked.experiment,
      // The saved experiment was not opened, so what was wrong with it no longer matters.
      notices: [linked.notice, ...s.notices.filter((n) => n.key !== 'notice.savedFailed')].filter(
        (n) => n !== null,
      ),
    }),
  }));
  markSaved(useStore.getState().experiment);
}

/**
 * What a link asks of the page beside its experiment: what it hides, presentation mode,
 * and the view to show (`wanted`, else the one on show), the home view when it hides that.
 */
export function linkClassroom(
  hash: string,
  search: string,
  wanted: View = useStore.getState().view,
): { hidden: Hideable[]; present: boolean; view: View } {
  const hidden = readHidden(hash);
  const view = (hidden as string[]).includes(wanted) ? HOME_VIEW : wanted;
  return { hidden, present: readPresent(hash, search), view };
}

/**
 * The full address of `experiment` with the classroom parts, null when the experiment is
 * too large for a link (a big CSV: a saved file carries it instead).
 */
export async function shareUrl(
  experiment: Experiment,
  classroom: Classroom,
): Promise<string | null> {
  const link = await encodeShareLink(experiment);
  if (link.length > SHARE_LINK_LIMIT) return null;
  const parts = [...hashParts(link), ...classroomParts(classroom)];
  return location.origin + location.pathname + joinHash(parts);
}

/** Presentation mode on or off; leaving it also drops it from the address, so a reload stays out. */
export function setPresent(present: boolean): void {
  useStore.setState({ present });
  if (present) return;
  const query = new URLSearchParams(location.search);
  if (query.has('present')) {
    query.delete('present');
    const search = query.size > 0 ? `?${query}` : '';
    history.replaceState(history.state, '', location.pathname + search + location.hash);
  }
  const parts = hashParts(location.hash);
  if (parts.some(([name]) => name === 'present')) {
    replaceHash(parts.filter(([name]) => name !== 'present'));
  }
}
