// Names and messages the clustering sections share: a data set's name in the page's
// language, and a message from the store (a worker's refusal) worded.
import type { Message } from '../../../spec/message';
import { DATA_SETS } from '../../../store/catalog';
import type { MessageKey } from '../../i18n/dictionaries/en';
import type { Translator } from '../../i18n/translate';

/** The set named `kind` ("digits") as the menus name it; inline data as the data panel does. */
export function setName(t: Translator, kind: string): string {
  if (kind === 'inline') return t('data.inline');
  const entry = DATA_SETS.find((d) => d.name === kind);
  return entry === undefined ? kind : t.label('dataset', kind, entry.label);
}

export function wordMessage(t: Translator, message: Message): string {
  return t(message.key as MessageKey, message.vars);
}
