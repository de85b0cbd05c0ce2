// The browser's localStorage, where the page may use it. Where storage is blocked (a
// sandboxed frame, cookies turned off) even reading `localStorage` throws, and private
// browsing or a full quota refuse writes: the page then keeps nothing, and works the same.
// An embedded page (store/embed.ts) has none either: a course page's frame neither shows the
// visitor's own saved experiment, race, view and language nor overwrites them.
import { EMBEDDED_VIEW } from './embed';

/** The part of the Web Storage API the page uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The page's storage, or null where it may not have any (blocked, or embedded). */
export function browserStorage(): KeyValueStorage | null {
  if (EMBEDDED_VIEW !== null) return null;
  try {
    return (globalThis as { localStorage?: KeyValueStorage }).localStorage ?? null;
  } catch {
    return null;
  }
}

/** Keeps `value` under `key` if the browser lets it (see above: else it is not kept). */
export function keep(key: string, value: string): void {
  try {
    browserStorage()?.setItem(key, value);
  } catch {
    // Not kept across visits, then.
  }
}
