// The lessons: every file in src/lessons, validated when the page starts (a broken file is
// left out and reported in the console, never a blank page), and opening one: its preset
// goes to the view it belongs to, ready to run. Opening and closing one are history
// entries (pageHistory.ts): Back returns to what was there, and closing the lesson brings
// back the user's own work that its preset replaced.
import { parseLesson, type Lesson } from '../spec';
import type { Experiment } from '../spec/types';
import { resetClassic } from './classic';
import { loadCompare } from './compare';
import { resetKMeansSettings } from './kmeans';
import { openEntry, ownWork } from './pageHistory';
import { restoreSnapshot, takeSnapshot } from './pageSnapshot';
import { loadTrajectory } from './race';
import { markSaved } from './savedLink';
import { loadSearch } from './search';
import { editExperiment, setView } from './actions';
import { useStore } from './store';

const files = import.meta.glob<unknown>('../lessons/*.json', { eager: true, import: 'default' });

export const LESSONS: Lesson[] = Object.entries(files)
  .flatMap(([path, json]) => {
    try {
      return [parseLesson(json)];
    } catch (e) {
      console.error(`${path} is not a valid lesson: ${(e as Error).message}`);
      return [];
    }
  })
  .sort((a, b) => a.order - b.order);

/**
 * Opens lesson `id`: its experiment (or race, compare, search) loaded in its view. What it
 * replaces is kept: the user's own work, not a lesson's opened before this one.
 */
export function openLesson(id: string): void {
  const lesson = LESSONS.find((l) => l.id === id);
  if (lesson === undefined) return;
  openEntry(() => loadLesson(lesson), ownWork() ?? takeSnapshot());
}

/**
 * Loads a lesson's experiment into the playground: something the page loaded, as a link is
 * (savedLink.ts). A race lesson leaves the experiment alone, and whether it is saved too.
 */
function loadExperiment(experiment: Experiment): void {
  editExperiment(() => experiment, { restart: null });
  markSaved(useStore.getState().experiment);
}

function loadLesson(lesson: Lesson): void {
  useStore.setState({ lesson: lesson.id });
  const { preset } = lesson;
  switch (preset.kind) {
    case 'train':
      loadExperiment(preset.document);
      break;
    case 'trajectory':
      loadTrajectory(preset.document);
      break;
    case 'compare':
      loadExperiment(preset.document.experiment);
      loadCompare(preset.document);
      break;
    case 'search':
      loadExperiment(preset.document.experiment);
      loadSearch(preset.document);
      break;
  }
  // The classic view's own settings (C, k, …) as the lesson's text describes them.
  if (lesson.view === 'classic') {
    resetClassic();
    resetKMeansSettings();
  }
  setView(lesson.view);
}

/**
 * Leaves the lesson: its banner goes, and the user's own work comes back in the view on
 * show (after a reload the page no longer has it: what the lesson loaded stays).
 */
export function closeLesson(): void {
  const own = ownWork();
  const { view } = useStore.getState();
  openEntry(() => {
    if (own !== null) restoreSnapshot({ ...own, view, lesson: null });
    useStore.setState({ lesson: null });
  }, null);
}
