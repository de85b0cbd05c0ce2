// Back and Forward within the page, and links pasted into its address bar, against a small
// browser history of our own (below): the entries, the address, and the popstate and
// hashchange events a real browser fires. The playground's actions are stand-ins that set
// the store (Node has no Worker); the links are real `#z=` links, unpacked for real, and
// can be held to finish in the order a test wants.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultExperiment, encodeShareLink } from '../../src/spec';
import type { Experiment } from '../../src/spec/types';
import { grid, race } from '../../src/worker/surfaceJobs';

/** Links whose experiment is held: each waits until the test releases it. */
const links = vi.hoisted(() => ({ holding: false, held: [] as (() => void)[] }));

vi.mock('../../src/store/persistence', async (importOriginal) => {
  const actual = await importOriginal<{ linkedExperiment(hash: string): Promise<unknown> }>();
  return {
    ...actual,
    linkedExperiment: (hash: string) => {
      const linked = actual.linkedExperiment(hash);
      if (!links.holding) return linked;
      return new Promise((resolve) => links.held.push(() => resolve(linked)));
    },
  };
});

// The race lesson's surface worker: its jobs called directly.
vi.mock('../../src/worker/clients', () => ({
  startSurfaceWorker: () => ({
    race: async (document: unknown) => race(document),
    grid: async (...args: Parameters<typeof grid>) => grid(...args),
  }),
}));

interface PageState {
  view: string;
  hidden: string[];
  lesson: string | null;
  experiment: Experiment;
  linkQuestion: ((replace: boolean) => void) | null;
}
interface Store {
  getState(): PageState;
  setState(partial: Partial<PageState>): void;
}

const ORIGIN = 'http://descent.test';

/** A browser tab's history, as much of it as the page uses. */
function fakeBrowser() {
  const list: { url: string; state: unknown }[] = [{ url: `${ORIGIN}/`, state: null }];
  let index = 0;
  const listeners = new Map<string, Set<() => void>>();
  const url = () => new URL(list[index].url);
  const fire = (type: string) => listeners.get(type)?.forEach((f) => f());
  /** Moves to another entry as the browser does: popstate, then hashchange if it differs. */
  const go = (delta: number) => {
    const hash = url().hash;
    index += delta;
    fire('popstate');
    if (url().hash !== hash) fire('hashchange');
  };
  const push = (state: unknown, to: string) => {
    list.splice(index + 1);
    list.push({ url: new URL(to, list[index].url).href, state: structuredClone(state) });
    index += 1;
  };
  return {
    window: {
      addEventListener: (type: string, f: () => void) =>
        listeners.set(type, (listeners.get(type) ?? new Set()).add(f)),
      removeEventListener: (type: string, f: () => void) => listeners.get(type)?.delete(f),
    },
    location: {
      get href() {
        return url().href;
      },
      get origin() {
        return url().origin;
      },
      get pathname() {
        return url().pathname;
      },
      get search() {
        return url().search;
      },
      get hash() {
        return url().hash;
      },
    },
    history: {
      get state() {
        return list[index].state;
      },
      get length() {
        return list.length;
      },
      pushState: (state: unknown, _: string, to?: string) => push(state, to ?? list[index].url),
      replaceState: (state: unknown, _: string, to?: string) => {
        list[index] = {
          url: new URL(to ?? list[index].url, list[index].url).href,
          state: structuredClone(state),
        };
      },
      back: () => go(-1),
      forward: () => go(1),
    },
    /** The user pastes an address that differs in its hash: a new entry, without state. */
    paste(address: string) {
      const hash = url().hash;
      push(null, address);
      fire('popstate');
      if (url().hash !== hash) fire('hashchange');
    },
    position: () => index,
    entries: () => list.length,
  };
}

let browser: ReturnType<typeof fakeBrowser>;
let useStore: Store;
let pageHistory: {
  startHistory(): () => void;
  openView(view: string, how?: 'push' | 'replace'): void;
  rememberedEntries(): number;
};
let savedLink: {
  markSaved(e: Experiment): void;
  hasUnsavedChanges(e: Experiment): boolean;
};
let answerLinkQuestion: (replace: boolean) => void;
let openLesson: (id: string) => void;

// A fresh page for each test: its store, its history, its modules' memory. The playground's
// actions set this page's store.
beforeEach(async () => {
  browser = fakeBrowser();
  vi.stubGlobal('window', browser.window);
  vi.stubGlobal('location', browser.location);
  vi.stubGlobal('history', browser.history);
  vi.resetModules();
  links.holding = false;
  links.held = [];
  ({ useStore } = await vi.importActual<{ useStore: Store }>('../../src/store/store'));
  vi.doMock('../../src/store/actions', async (importOriginal) => ({
    ...(await importOriginal<object>()),
    editExperiment: (edit: (e: Experiment) => Experiment) =>
      useStore.setState({ experiment: edit(useStore.getState().experiment) }),
    // As the real one: a view the teacher hid is not shown.
    setView: (view: string) => {
      if (!useStore.getState().hidden.includes(view)) useStore.setState({ view });
    },
  }));
  pageHistory = await vi.importActual('../../src/store/pageHistory');
  savedLink = await vi.importActual('../../src/store/savedLink');
  ({ answerLinkQuestion } = await vi.importActual<{
    answerLinkQuestion(replace: boolean): void;
  }>('../../src/store/linkQuestion'));
  ({ openLesson } = await vi.importActual<{ openLesson(id: string): void }>(
    '../../src/store/lessons',
  ));
  pageHistory.startHistory();
});

/** The default experiment with SGD at learning rate `lr`. */
function withLr(lr: number): Experiment {
  const experiment = defaultExperiment();
  experiment.optimizer = { name: 'sgd', lr, momentum: 0, weightDecay: 0, nesterov: false };
  return experiment;
}

const linkTo = async (lr: number) => `${ORIGIN}/${await encodeShareLink(withLr(lr))}`;
const lr = () => (useStore.getState().experiment.optimizer as { lr: number }).lr;
const asked = () => useStore.getState().linkQuestion !== null;
/** Lets a link that finished unpacking (or was released) do what it does. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('a pasted link', () => {
  beforeEach(() => {
    // The user's own experiment, changed and not shared: a pasted link asks first.
    useStore.setState({ experiment: withLr(0.03) });
  });

  it('is not opened once Back left its entry while it asked', async () => {
    const address = browser.location.href;
    browser.paste(await linkTo(0.5));
    await vi.waitFor(() => expect(asked()).toBe(true));
    browser.history.back();
    // Back answered "keep mine": no question is left to say "open" to.
    expect(asked()).toBe(false);
    answerLinkQuestion(true);
    await settle();
    expect(lr()).toBe(0.03);
    expect(browser.location.href).toBe(address); // the entry gone back to is left as it was
  });

  it('pasted twice quickly: the second wins even when the first finishes last', async () => {
    savedLink.markSaved(useStore.getState().experiment); // nothing to ask about
    links.holding = true;
    browser.paste(await linkTo(0.1));
    browser.paste(await linkTo(0.2));
    const [first, second] = links.held;
    second();
    await vi.waitFor(() => expect(lr()).toBe(0.2));
    first();
    await settle();
    expect(lr()).toBe(0.2);
    expect(asked()).toBe(false);
  });

  it('declined: its entry gives way to the one before, and Forward asks again', async () => {
    const address = browser.location.href;
    browser.paste(await linkTo(0.5));
    await vi.waitFor(() => expect(asked()).toBe(true));
    answerLinkQuestion(false);
    // Back from here leaves the page's first entry, not an entry that shows the same.
    await vi.waitFor(() => expect(browser.position()).toBe(0));
    expect(browser.location.href).toBe(address);
    expect(lr()).toBe(0.03);

    browser.history.forward();
    await vi.waitFor(() => expect(asked()).toBe(true));
    answerLinkQuestion(true);
    await vi.waitFor(() => expect(lr()).toBe(0.5));
    expect(browser.position()).toBe(1);
  });
});

describe('views in the history', () => {
  it('opens a view the teacher hid as nothing: no entry, no view', () => {
    useStore.setState({ hidden: ['race'] });
    pageHistory.openView('race');
    expect(browser.entries()).toBe(1);
    expect(useStore.getState().view).toBe('playground');
  });

  it('shows a view in place of the current entry when asked to replace it', () => {
    pageHistory.openView('race', 'replace');
    expect(browser.entries()).toBe(1);
    expect(useStore.getState().view).toBe('race');
    expect(browser.history.state).toMatchObject({ view: 'race' });
    pageHistory.openView('compare');
    expect(browser.entries()).toBe(2);
  });

  it('forgets the entries after the current one when it opens a new one', () => {
    for (const view of ['race', 'compare', 'search']) pageHistory.openView(view);
    expect(pageHistory.rememberedEntries()).toBe(4);
    browser.history.back();
    browser.history.back();
    expect(useStore.getState().view).toBe('race');
    // The browser drops compare's and search's entries; the page, their memories.
    pageHistory.openView('lessons');
    expect(browser.entries()).toBe(3);
    expect(pageHistory.rememberedEntries()).toBe(3);
  });
});

describe('a lesson', () => {
  beforeEach(() => {
    savedLink.markSaved(useStore.getState().experiment);
    useStore.setState({ experiment: withLr(0.03) }); // then changed, not shared
  });

  it("on the race leaves the playground's experiment unsaved: a pasted link still asks", () => {
    openLesson('optimizers-race');
    expect(useStore.getState().view).toBe('race');
    expect(lr()).toBe(0.03);
    expect(savedLink.hasUnsavedChanges(useStore.getState().experiment)).toBe(true);
  });

  it('that loads an experiment counts it as saved, as a link does', () => {
    openLesson('zero-init');
    expect(lr()).not.toBe(0.03);
    expect(savedLink.hasUnsavedChanges(useStore.getState().experiment)).toBe(false);
  });
});
