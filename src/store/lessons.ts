// The lessons: every file in src/lessons, validated when the page starts (a broken file is
// left out and reported in the console, never a blank page), and opening one: its preset
// goes to the view it belongs to, ready to run.
import { parseLesson, type Lesson } from '../spec';
import { loadCompare } from './compare';
import { loadTrajectory } from './race';
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

/** Opens lesson `id`: its experiment (or race, compare, search) loaded in its view. */
export function openLesson(id: string): void {
  const lesson = LESSONS.find((l) => l.id === id);
  if (lesson === undefined) return;
  useStore.setState({ lesson: id });
  const { preset } = lesson;
  switch (preset.kind) {
    case 'train':
      editExperiment(() => preset.document, { restart: null });
      setView('playground');
      break;
    case 'trajectory':
      loadTrajectory(preset.document);
      setView('race');
      break;
    case 'compare':
      editExperiment(() => preset.document.experiment, { restart: null });
      loadCompare(preset.document);
      setView('compare');
      break;
    case 'search':
      editExperiment(() => preset.document.experiment, { restart: null });
      loadSearch(preset.document);
      setView('search');
      break;
  }
}

/** Leaves the lesson (its banner goes; what it loaded stays). */
export function closeLesson(): void {
  useStore.setState({ lesson: null });
}
