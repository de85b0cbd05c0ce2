// What each view draws, one row per view that store/views.ts names (the tabs' order, and
// which ones a teacher may hide, are there): the view and what it adds to the header; its
// tab's label is viewLabels.ts's. A new view is its component, its row in each table and its
// tab's label in the dictionaries: once store/views.ts names it, the compiler asks for its
// rows here and in viewLabels.ts, and the dictionaries' test for the label in every language.
import type { ComponentType } from 'react';
import type { View } from '../store/views';
import { CompareView } from './compare/CompareView';
import { RunControls } from './controls/RunControls';
import { FileMenu } from './files/FileMenu';
import { LessonsView } from './lessons/LessonsView';
import { Playground } from './Playground';
import { RaceControls } from './race/RaceControls';
import { RaceView } from './race/RaceView';
import { SearchView } from './search/SearchView';
import { ClassicView } from './classic/ClassicView';

export interface ViewParts {
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
  lessons: { Component: LessonsView, lessonBanner: false },
  playground: {
    Component: Playground,
    Menu: FileMenu,
    Controls: RunControls,
    lessonBanner: true,
  },
  race: {
    Component: RaceView,
    Controls: RaceControls,
    lessonBanner: true,
  },
  compare: { Component: CompareView, lessonBanner: true },
  search: { Component: SearchView, lessonBanner: true },
  classic: { Component: ClassicView, lessonBanner: true },
};
