// Where the experiment lives between visits: the URL (a link reproduces it) and
// localStorage (a reload restores it). Both are untrusted: what fails validation opens the
// default experiment with a notice saying why.
import {
  decodeShareLink,
  defaultExperiment,
  encodeShareLink,
  parseExperiment,
  SHARE_LINK_LIMIT,
} from '../spec';
import type { Experiment } from '../spec/types';
import type { Notice } from './notice';

const STORAGE_KEY = 'descent.experiment';

export interface Startup {
  experiment: Experiment;
  notice: Notice | null;
}

/** The experiment to open: the link's, else the saved one, else the default. */
export function startupExperiment(hash: string, storage: Storage | null): Startup {
  try {
    const linked = decodeShareLink(hash);
    if (linked !== null) return { experiment: linked, notice: null };
  } catch (e) {
    return {
      experiment: defaultExperiment(),
      notice: { key: 'notice.linkFailed', vars: { message: (e as Error).message } },
    };
  }
  const saved = storage?.getItem(STORAGE_KEY) ?? null;
  if (saved !== null) {
    try {
      return { experiment: parseExperiment(JSON.parse(saved)), notice: null };
    } catch (e) {
      return {
        experiment: defaultExperiment(),
        notice: { key: 'notice.savedFailed', vars: { message: (e as Error).message } },
      };
    }
  }
  return { experiment: defaultExperiment(), notice: null };
}

/** Saves the experiment and puts it in the address bar (without a new history entry). */
export function persist(experiment: Experiment): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(experiment));
  } catch {
    // Private browsing or a full quota: the link below still carries it.
  }
  const link = encodeShareLink(experiment);
  // A large CSV makes a link no browser keeps: the saved copy carries it, the address not.
  history.replaceState(
    null,
    '',
    link.length <= SHARE_LINK_LIMIT ? link : location.pathname + location.search,
  );
}
