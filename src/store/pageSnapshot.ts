// The page as the user left it, to bring back: what Back and Forward return to, and what
// "Close the lesson" restores. The experiment, the race's settings, the compare's and the
// search's forms, the view and the open lesson. What runs produced (curves, a compare's
// runs, a search's trials) is not kept: a restored experiment starts a fresh run, and the
// compare's and search's results stay as they are until the next Run.
import type { Experiment } from '../spec/types';
import { editExperiment, setView } from './actions';
import type { CompareState } from './compareState';
import { editRace } from './race';
import type { RaceState } from './raceState';
import type { SearchChoices } from './searchState';
import { useStore } from './store';
import type { View } from './views';

export interface PageSnapshot {
  view: View;
  lesson: string | null;
  experiment: Experiment;
  race: Pick<RaceState, 'settings' | 'preset'>;
  compare: Pick<CompareState, 'vary' | 'choices' | 'preset'>;
  search: SearchChoices;
}

export function takeSnapshot(): PageSnapshot {
  const { view, lesson, experiment, race, compare, search } = useStore.getState();
  return {
    view,
    lesson,
    experiment,
    race: { settings: race.settings, preset: race.preset },
    compare: { vary: compare.vary, choices: compare.choices, preset: compare.preset },
    search: search.choices,
  };
}

/** Puts the page back as `snapshot` left it, changing only what differs. */
export function restoreSnapshot(snapshot: PageSnapshot): void {
  const now = takeSnapshot();
  if (now.view !== snapshot.view) setView(snapshot.view);
  useStore.setState({ lesson: snapshot.lesson });
  if (JSON.stringify(now.experiment) !== JSON.stringify(snapshot.experiment)) {
    // Said by nothing (null): the user asked for it, and sees it come back.
    editExperiment(() => structuredClone(snapshot.experiment), { restart: null });
  }
  if (now.race.settings !== snapshot.race.settings) {
    editRace((draft) => Object.assign(draft, structuredClone(snapshot.race.settings)), true);
    useStore.setState((s) => ({ race: { ...s.race, preset: snapshot.race.preset } }));
  }
  if (
    now.compare.vary !== snapshot.compare.vary ||
    now.compare.choices !== snapshot.compare.choices ||
    now.compare.preset !== snapshot.compare.preset
  ) {
    useStore.setState((s) => ({ compare: { ...s.compare, ...snapshot.compare, error: null } }));
  }
  if (now.search !== snapshot.search) {
    useStore.setState((s) => ({ search: { ...s.search, choices: snapshot.search, error: null } }));
  }
}
