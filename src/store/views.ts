// The page's views, one row each in the tabs' order: the store's part of them, as plain
// data (the name, and whether a teacher's link may hide it). What each one draws (its tab's
// label, its component, its controls in the header) is the ui's row of the same name, in
// ui/views.ts: a Record over these names, so a view named here cannot lack one there.
export const VIEWS = [
  { name: 'lessons', hideable: true },
  // Where the page opens, and where it falls back to: never hidden.
  { name: 'playground', hideable: false },
  { name: 'race', hideable: true },
  { name: 'compare', hideable: true },
  { name: 'search', hideable: true },
  { name: 'classic', hideable: true },
] as const;

type ViewRow = (typeof VIEWS)[number];
/** The page's views, one shown at a time. */
export type View = ViewRow['name'];
/** The views a teacher's link may hide (classroomLink.ts). */
export type HideableView = Extract<ViewRow, { hideable: true }>['name'];

/** The view a first visit opens, and the one shown when a teacher's link hides the one kept. */
export const HOME_VIEW: View = 'playground';

export const HIDEABLE_VIEWS: readonly HideableView[] = VIEWS.filter(
  (v): v is Extract<ViewRow, { hideable: true }> => v.hideable,
).map((v) => v.name);

/** Whether `name` (read from storage or a link: untrusted) is one of the views. */
export function isView(name: string | null | undefined): name is View {
  return VIEWS.some((v) => v.name === name);
}
