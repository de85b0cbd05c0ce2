// Back and Forward within the page. Each state the user opens (a lesson, a link pasted into
// the address bar, another view) is a history entry, and each entry remembers the page as
// the user left it (pageSnapshot.ts), so Back brings back exactly that: the user's own
// experiment after a lesson, the lesson again with Forward. The memory lives as long as the
// page: after a reload an entry still has its address (the experiment's link, kept current by
// persistence.ts) and its view and lesson (in history.state), and that is what comes back.
import { isView, type View } from './views';
import { linkedExperiment } from './persistence';
import { editExperiment, setView } from './actions';
import { answerLinkQuestion } from './linkQuestion';
import { takeSnapshot, restoreSnapshot, type PageSnapshot } from './pageSnapshot';
import { openPastedLink } from './pastedLink';
import { useStore } from './store';

/** What history.state holds for an entry of ours: small, and kept across reloads. */
interface EntryState {
  descent: string;
  view: View;
  lesson: string | null;
  /** Where the entry is in the history, counted from the page's first entry. */
  at?: number;
}

interface Entry {
  /** Where the entry is in the history (EntryState.at). */
  at: number;
  /** The page as the user left the entry (null while it is the current one). */
  page: PageSnapshot | null;
  /** The user's own work that the entry's lesson replaced: "Close the lesson" restores it. */
  ownWork: PageSnapshot | null;
  /** A pasted link not opened yet (asked about, declined): coming back to it asks again. */
  pasted?: boolean;
}

/** The entries the page remembers: those up to the current one and those after it (Forward). */
const entries = new Map<string, Entry>();
let current = '';
let at = 0;
let made = 0;

/** Unique across reloads too: entries from the page's earlier lives stay in the history. */
function newId(): string {
  return `${Date.now().toString(36)}.${++made}`;
}

function entryState(id: string): EntryState {
  const { view, lesson } = useStore.getState();
  return { descent: id, view, lesson, at };
}

function isEntryState(state: unknown): state is EntryState {
  return typeof (state as Partial<EntryState> | null)?.descent === 'string';
}

/** Remembers the page as it is, in the current entry, before the page leaves it. */
function leaveCurrent(): Entry {
  const entry = entries.get(current) ?? { at, page: null, ownWork: null };
  // A link not opened yet keeps no page: what shows is not the link's.
  entries.set(current, { ...entry, at, page: entry.pasted ? null : takeSnapshot() });
  return entry;
}

/**
 * A new entry after the current one (the browser has pushed it, or `pushState` does): the
 * entries after the current one are gone from the browser's history, so from here too.
 */
function enterNew(entry: Omit<Entry, 'at'>): void {
  for (const [id, e] of entries) if (e.at > at) entries.delete(id);
  at += 1;
  current = newId();
  entries.set(current, { ...entry, at });
}

/**
 * Takes part in the browser's history: marks the entry the page opened on and listens for
 * Back, Forward and a link pasted into the address bar. Returns what stops it (for React).
 */
export function startHistory(): () => void {
  if (isEntryState(history.state)) {
    current = history.state.descent;
    at = history.state.at ?? 0;
  } else {
    current = newId();
    history.replaceState(entryState(current), '');
  }
  // Both: a change of the hash alone fires popstate then hashchange (the second finds the
  // entry already ours and the same, so nothing happens twice).
  window.addEventListener('popstate', onNavigate);
  window.addEventListener('hashchange', onNavigate);
  return () => {
    window.removeEventListener('popstate', onNavigate);
    window.removeEventListener('hashchange', onNavigate);
  };
}

/**
 * A new entry for what `change` opens, after the current one (whose page is remembered).
 * `ownWork`: what a lesson replaces; by default the current entry's, while a lesson is open.
 */
export function openEntry(change: () => void, ownWork?: PageSnapshot | null): void {
  const left = leaveCurrent();
  change();
  const own = ownWork === undefined ? left.ownWork : ownWork;
  enterNew({ page: null, ownWork: useStore.getState().lesson === null ? null : own });
  history.pushState(entryState(current), '', location.href);
}

/**
 * Shows another view: as a new entry (Back returns to the one left), or in place of the
 * current one (`replace`: the tabs' arrow keys, which pass views by rather than open them).
 * A view the teacher hid is not shown, and opens nothing.
 */
export function openView(view: View, how: 'push' | 'replace' = 'push'): void {
  const { view: shown, hidden } = useStore.getState();
  if (view === shown || (hidden as string[]).includes(view)) return;
  if (how === 'push') return openEntry(() => setView(view));
  setView(view);
  updateEntry();
}

/** The user's work that the open lesson replaced (null without a lesson, or after a reload). */
export function ownWork(): PageSnapshot | null {
  return entries.get(current)?.ownWork ?? null;
}

/** Records the current view and lesson in the entry (they come back after a reload). */
export function updateEntry(): void {
  history.replaceState(entryState(current), '');
}

/** How many entries the page remembers (for tests: it stays with the history's length). */
export function rememberedEntries(): number {
  return entries.size;
}

function onNavigate(): void {
  const state: unknown = history.state;
  if (isEntryState(state) && state.descent === current) return;
  // The page leaves its entry: a pasted link still asking there is not opened.
  answerLinkQuestion(false);
  leaveCurrent();
  if (!isEntryState(state)) {
    // An address the user typed or pasted: a new entry, with the link it carries.
    enterNew({ page: null, ownWork: null, pasted: true });
    updateEntry();
    return openPasted();
  }
  current = state.descent;
  at = state.at ?? at;
  const entry = entries.get(current);
  if (entry?.pasted) openPasted();
  else if (entry?.page) restoreSnapshot(entry.page);
  else void restoreFromAddress(state);
}

/** Opens the current entry's pasted link; declined, the entry gives way to the one before. */
function openPasted(): void {
  const id = current;
  void openPastedLink(() => id === current).then((outcome) => {
    if (outcome === 'gone' || id !== current) return;
    // The entry before shows the same page: Back from it should not stay on the page.
    // This entry stays as Forward, which asks again.
    if (outcome === 'declined') history.back();
    else entries.set(id, { ...entries.get(id)!, pasted: false });
  });
}

/** An entry from before a reload: its link's experiment, its view and its lesson. */
async function restoreFromAddress(state: EntryState): Promise<void> {
  const id = current;
  const linked = await linkedExperiment(location.hash);
  if (id !== current) return; // the user went on meanwhile
  if (isView(state.view)) setView(state.view);
  useStore.setState({ lesson: state.lesson });
  if (linked !== null && linked.notice === null) {
    editExperiment(() => linked.experiment, { restart: null });
  }
}
