// Looking a message up and filling its {placeholders}: the whole of our i18n. Catalog names
// (optimizers, data sets, …) are looked up as `kind.name`, falling back to the catalog's
// English label (spec/catalog), so a new optimizer shows up before it is translated (and a test fails
// until it is).
import { format } from '../../spec/message';
import type { MessageKey } from './dictionaries/en';

/** Filling a message's {placeholders} is spec's (the CLI words its English labels with it too). */
export { format };

export type Vars = Record<string, string | number>;

/** Messages that depend on a count come as a pair, `base.one` and `base.other`: by base. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? Base : never;
}[MessageKey];

export interface Translator {
  (key: MessageKey, vars?: Vars): string;
  /** A catalog entry's label: `kind.name` in the dictionary, else `fallback` (English). */
  label(kind: string, name: string, fallback: string): string;
  /** `base.one` for a count of 1, else `base.other`, with the count as {count}. */
  plural(base: PluralKey, count: number, vars?: Vars): string;
  /** The language code, for <html lang> and number formatting. */
  language: string;
}

export function translator(language: string, messages: Record<string, string>): Translator {
  const t = ((key: MessageKey, vars?: Vars) => format(messages[key] ?? key, vars)) as Translator;
  t.label = (kind, name, fallback) => messages[`${kind}.${name}`] ?? fallback;
  t.plural = (base, count, vars) =>
    t(`${base}.${count === 1 ? 'one' : 'other'}` as MessageKey, { count, ...vars });
  t.language = language;
  return t;
}
