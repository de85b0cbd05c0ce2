// The page's languages: every dictionary in ./dictionaries, found by the bundler, so a third
// language is one folder there (its index.ts, and one file per area of the page).
import type { Messages } from './dictionaries/en';

interface Dictionary {
  name: string;
  messages: Messages & Record<string, string>;
}

const files = import.meta.glob<Record<string, Dictionary>>('./dictionaries/*/index.ts', {
  eager: true,
});

/** Language code (the folder's name) → its dictionary. */
export const LANGUAGES: Record<string, Dictionary> = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [
    path.replace(/^.*\/(\w+)\/index\.ts$/, '$1'),
    Object.values(module)[0],
  ]),
);

/** The chosen language if we have it, else the browser's first that we have, else English. */
export function pickLanguage(chosen: string | null, preferred: readonly string[]): string {
  for (const tag of chosen === null ? preferred : [chosen, ...preferred]) {
    const base = tag.toLowerCase().split('-')[0];
    if (base in LANGUAGES) return base;
  }
  return 'en';
}
