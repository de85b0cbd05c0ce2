// Each view's tab label, and the name of the panel it shows: apart from the views' table
// (views.ts) so that what names a view (a lesson's button: "Open in Classic methods", the
// teacher's and the embed's lists) need not import every view's component.
import type { View } from '../store/views';
import type { MessageKey } from './i18n/dictionaries/en';

export const VIEW_LABELS: Record<View, MessageKey> = {
  lessons: 'app.tab.lessons',
  playground: 'app.tab.playground',
  race: 'app.tab.race',
  compare: 'app.tab.compare',
  search: 'app.tab.search',
  classic: 'app.tab.classic',
};
