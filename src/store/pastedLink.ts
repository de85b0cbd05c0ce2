// A link pasted into the address bar of an open page (only its hash changes, so the page
// does not reload): its experiment replaces the one on show, after asking when that one has
// changes not saved as a link (savedLink.ts). A link that cannot be opened: the experiment
// stays, and the address shows it again. Declined: the experiment stays, and the page's
// history takes the entry back (pageHistory.ts).
import type { Experiment } from '../spec/types';
import { editExperiment, setView } from './actions';
import { linkClassroom } from './classroom';
import { classroomParts } from './classroomLink';
import { askToReplace } from './linkQuestion';
import { linkedExperiment, persist, replaceHash } from './persistence';
import { hasUnsavedChanges, markSaved } from './savedLink';
import { useStore } from './store';
import { HOME_VIEW } from './views';

/**
 * What came of a pasted link: opened; kept (the link could not be opened, or carried no
 * experiment); declined by the user; or gone (the page left the link's entry meanwhile, for
 * another link or with Back: nothing is done, so the entry on show is left as it is).
 */
export type PastedOutcome = 'opened' | 'kept' | 'declined' | 'gone';

/** Opens the address's link; `stillHere` says whether the page is still on its entry. */
export async function openPastedLink(stillHere: () => boolean): Promise<PastedOutcome> {
  const { hash, search } = location;
  const linked = await linkedExperiment(hash);
  if (!stillHere()) return 'gone';
  const { experiment } = useStore.getState();
  if (linked === null) return showInAddress(experiment); // a hash without an experiment
  if (linked.notice !== null) {
    // Unlike a link opened with the page, there is an experiment here worth keeping.
    useStore.setState({ notices: [{ ...linked.notice, key: 'notice.pastedLinkFailed' }] });
    return showInAddress(experiment);
  }
  const same = JSON.stringify(linked.experiment) === JSON.stringify(experiment);
  if (!same && hasUnsavedChanges(experiment)) {
    const replace = await askToReplace();
    if (!stillHere()) return 'gone';
    if (!replace) return 'declined';
  }
  const { hidden, present, view } = linkClassroom(hash, search);
  useStore.setState({ hidden, present, lesson: null });
  // A link is an experiment: the lessons' list (or a view the link hides) gives way to it.
  const shown = view === 'lessons' ? HOME_VIEW : view;
  if (shown !== useStore.getState().view) setView(shown);
  if (!same) editExperiment(() => linked.experiment, { restart: null });
  markSaved(useStore.getState().experiment);
  return 'opened';
}

/** The address back to the experiment on show, with the page's own classroom parts. */
function showInAddress(experiment: Experiment): 'kept' {
  const { hidden, present } = useStore.getState();
  replaceHash(classroomParts({ hidden, present }));
  void persist(experiment);
  return 'kept';
}
