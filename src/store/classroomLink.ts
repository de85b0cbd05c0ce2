// A link's classroom parts, after its experiment: `&hide=data,network` (what a teacher
// hides from the students who open it) and `&present` (open in presentation mode; also
// `?present=1`). Pure: the names, and reading and writing them. The link is untrusted: a
// name this page does not know is ignored, with a warning in the console.
import { hashParts } from '../spec';
import { HIDEABLE_VIEWS, type HideableView } from './views';

/** The playground's settings panels a teacher can hide. */
export const HIDEABLE_PANELS = ['data', 'network', 'training'] as const;
export type HideablePanel = (typeof HIDEABLE_PANELS)[number];

/** What a teacher can hide: the playground's settings panels, then the other views' tabs. */
export type Hideable = HideablePanel | HideableView;
export const HIDEABLE: readonly Hideable[] = [...HIDEABLE_PANELS, ...HIDEABLE_VIEWS];

export interface Classroom {
  hidden: Hideable[];
  present: boolean;
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

/** The parts that follow the experiment in a link, as hashParts gives them. */
export function classroomParts({ hidden, present }: Classroom): [string, string][] {
  const parts: [string, string][] = [];
  if (hidden.length > 0) parts.push(['hide', HIDEABLE.filter((h) => hidden.includes(h)).join(',')]);
  if (present) parts.push(['present', '']);
  return parts;
}
