// What each view draws, one row per view that store/views.ts names (the tabs' order, and
// which ones a teacher may hide, are there): its tab's label, the view, and what it adds to
// the header. A new view is its component, its row in each table and its tab's label in
// the dictionaries: once store/views.ts names it, the compiler asks for its row here and
// for the label in English, and the dictionaries' test for the label in every language.
import type { ComponentType } from 'react';
import type { View } from '../store/views';
import { CompareView } from './compare/CompareView';
import { RunControls } from './controls/RunControls';
import { FileMenu } from './files/FileMenu';
import type { MessageKey } from './i18n/dictionaries/en';
import { LessonsView } from './lessons/LessonsView';
import { Playground } from './Playground';
import { RaceControls } from './race/RaceControls';
import { RaceView } from './race/RaceView';
import { SearchView } from './search/SearchView';
import { VIEW_LABELS } from './viewLabels';
import { ClassicView } from './classic/ClassicView';

export interface ViewParts {
  /** The tab's label, and the name of the panel it shows. */
  label: MessageKey;
  /** The view itself. */
  Component: ComponentType;
  /** Its menu in the header, before the shortcuts' button (the playground's File menu). */
  Menu?: ComponentType;
  /** Its controls at the header's end, in view while the page scrolls (Train, Step, speed). */
  Controls?: ComponentType;
  /** Whether the open lesson's banner shows above it (not above the list of lessons). */
  lessonBanner: boolean;
}

export const VIEW_PARTS: Record<View, ViewParts> = {
  lessons: { label: VIEW_LABELS.lessons, Component: LessonsView, lessonBanner: false },
  playground: {
    label: VIEW_LABELS.playground,
    Component: Playground,
    Menu: FileMenu,
    Controls: RunControls,
    lessonBanner: true,
  },
  race: {
    label: VIEW_LABELS.race,
    Component: RaceView,
    Controls: RaceControls,
    lessonBanner: true,
  },
  compare: { label: VIEW_LABELS.compare, Component: CompareView, lessonBanner: true },
  search: { label: VIEW_LABELS.search, Component: SearchView, lessonBanner: true },
  classic: { label: VIEW_LABELS.classic, Component: ClassicView, lessonBanner: true },
};
