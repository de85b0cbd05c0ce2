// A link's classroom parts, after its experiment: `&hide=data,network` (what a teacher
// hides from the students who open it), `&present` (open in presentation mode; also
// `?present=1`) and `&embed=race` (the page inside a course page's frame, showing that one
// view; store/embed.ts). Pure: the names, and reading and writing them. The link is untrusted: a
// name this page does not know is ignored, with a warning in the console.
import { hashParts } from '../spec';
import { HIDEABLE_VIEWS, HOME_VIEW, VIEWS, type HideableView, type View } from './views';

/** The playground's settings panels a teacher can hide. */
export const HIDEABLE_PANELS = ['data', 'network', 'training'] as const;
export type HideablePanel = (typeof HIDEABLE_PANELS)[number];

/** What a teacher can hide: the playground's settings panels, then the other views' tabs. */
export type Hideable = HideablePanel | HideableView;
export const HIDEABLE: readonly Hideable[] = [...HIDEABLE_PANELS, ...HIDEABLE_VIEWS];

export interface Classroom {
  hidden: Hideable[];
  present: boolean;
  /** The one view an embedded page shows (absent or null: the whole page). */
  embed?: View | null;
}

/** What the link's `hide=` part names (known names only, in HIDEABLE's order). */
export function readHidden(hash: string): Hideable[] {
  const names = hashParts(hash)
    .filter(([name]) => name === 'hide')
    .flatMap(([, value]) => value.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(HIDEABLE as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.warn(`The link hides ${unknown.join(', ')}: not a part of this page, ignored.`);
  }
  return HIDEABLE.filter((name) => names.includes(name));
}

/** `present` in the hash, or `present` (other than `present=0`) in the query. */
export function readPresent(hash: string, search: string): boolean {
  const query = new URLSearchParams(search).get('present');
  return hashParts(hash).some(([name]) => name === 'present') || (query !== null && query !== '0');
}

/** The views a course page can embed: all but the list of lessons, which needs the page. */
export const EMBEDDABLE_VIEWS: readonly View[] = VIEWS.map((v) => v.name).filter(
  (name) => name !== 'lessons',
);

/**
 * The view an `embed` part names, null without one. `embed` alone, or a name this page
 * cannot embed (warned in the console), embeds the playground.
 */
export function readEmbed(hash: string): View | null {
  const part = hashParts(hash).find(([name]) => name === 'embed');
  if (part === undefined) return null;
  const name = part[1].trim();
  const view = EMBEDDABLE_VIEWS.find((v) => v === name);
  if (view !== undefined) return view;
  if (name !== '') console.warn(`The link embeds ${name}: not a view it can, so the playground.`);
  return HOME_VIEW;
}

/** The parts that follow the experiment in a link, as hashParts gives them. */
export function classroomParts({ hidden, present, embed = null }: Classroom): [string, string][] {
  const parts: [string, string][] = [];
  if (hidden.length > 0) parts.push(['hide', HIDEABLE.filter((h) => hidden.includes(h)).join(',')]);
  if (present) parts.push(['present', '']);
  if (embed !== null) parts.push(['embed', embed]);
  return parts;
}
