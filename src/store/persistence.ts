// Where the experiment lives between visits: the URL (a link reproduces it) and
// localStorage (a reload restores it). Both are untrusted: what fails validation opens the
// default experiment with a notice saying why.
import {
  decodeShareLink,
  defaultExperiment,
  encodeShareLink,
  hashParts,
  joinHash,
  parseExperiment,
  SHARE_LINK_LIMIT,
} from '../spec';
import type { Experiment } from '../spec/types';
import type { Message } from '../spec/message';
import { keep, type KeyValueStorage } from './storage';

const STORAGE_KEY = 'descent.experiment';

export interface Startup {
  experiment: Experiment;
  notice: Message | null;
}

/**
 * The experiment a link carries (null when it carries none), or the default with a notice
 * when it cannot be opened. Asynchronous: a `#z=` link is unpacked by a stream.
 */
export async function linkedExperiment(hash: string): Promise<Startup | null> {
  try {
    const linked = await decodeShareLink(hash);
    return linked === null ? null : { experiment: linked, notice: null };
  } catch (e) {
    return {
      experiment: defaultExperiment(),
      notice: { key: 'notice.linkFailed', vars: { message: (e as Error).message } },
    };
  }
}

/** The experiment saved by the last visit, else the default. */
export function savedExperiment(storage: KeyValueStorage | null): Startup {
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

/** Counts persist calls: a link packed for an older edit must not replace a newer one's. */
let persisted = 0;

/**
 * Saves the experiment and puts it in the address bar (without a new history entry),
 * keeping the link's other parts (a teacher's `hide=`) after it. An embedded page saves
 * nothing (storage.ts): its link carries its experiment.
 */
export async function persist(experiment: Experiment): Promise<void> {
  keep(STORAGE_KEY, JSON.stringify(experiment)); // if not kept, the link below carries it
  const call = ++persisted;
  const link = await encodeShareLink(experiment);
  if (call !== persisted) return;
  // A large CSV makes a link no browser keeps: the saved copy carries it, the address not.
  const rest = hashParts(location.hash).filter(([name]) => name !== 'x' && name !== 'z');
  replaceHash(link.length <= SHARE_LINK_LIMIT ? [...hashParts(link), ...rest] : rest);
}

/**
 * Rewrites the address bar's hash: no new history entry, no reload, and the entry keeps
 * what the page's history holds in it (pageHistory.ts).
 */
export function replaceHash(parts: [string, string][]): void {
  history.replaceState(history.state, '', location.pathname + location.search + joinHash(parts));
}
