// Whether the page is embedded in a course page: opened from an embed link (`&embed=race`,
// classroomLink.ts), it shows that one view in its frame, without the header's tabs, and
// keeps nothing in the browser's storage (the visitor's own experiment in the full app is
// not overwritten by a course page's). Read once from the address the page opened at: a
// frame has no address bar, so it stays what it was for the page's life.
import { readEmbed } from './classroomLink';
import type { View } from './views';

/** The page's address; none where there is no page (Node, where tests import the store). */
const address = (globalThis as { location?: { hash: string } }).location;

export const EMBEDDED_VIEW: View | null = address === undefined ? null : readEmbed(address.hash);
