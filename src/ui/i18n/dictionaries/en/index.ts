// English: the reference dictionary. Every other language has exactly these keys, with the
// same {placeholders} (a test checks). Catalog labels (optimizers, data sets, …) need no key
// here: the catalogs' English labels are used (spec/catalog). Keys ending in .one / .other are the two
// forms of a message with a {count} (t.plural picks one). One file per area of the page.
import { classic } from './classic';
import { clustering } from './clustering';
import { coach } from './coach';
import { compare } from './compare';
import { formulas } from './formulas';
import { glass } from './glass';
import { links } from './links';
import { page } from './page';
import { pictures } from './pictures';
import { playground } from './playground';
import { race } from './race';
import { refusals } from './refusals';

export const en = {
  name: 'English',
  messages: {
    ...page,
    ...playground,
    ...pictures,
    ...race,
    ...compare,
    ...refusals,
    ...links,
    ...glass,
    ...formulas,
    ...coach,
    ...classic,
    ...clustering,
  },
};

export type MessageKey = keyof typeof en.messages;
export type Messages = Record<MessageKey, string>;
