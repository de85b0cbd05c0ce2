// How the classic-methods view names what it shows, in the page's language: the data set,
// the optimizer, each method's title, its accuracies, and a message from the store (a worker's refusal).
import type { ClassicName } from '../../spec/classic';
import type { Message } from '../../spec/message';
import type { Experiment } from '../../spec/types';
import { DATA_SETS, OPTIMIZER_CHOICES } from '../../store/catalog';
import type { MessageKey } from '../i18n/dictionaries/en';
import { formatPercent } from '../charts/format';
import type { Translator } from '../i18n/translate';

export type ShownMethod = ClassicName | 'network';

export function methodTitle(t: Translator, method: ShownMethod): string {
  return t(`classic.method.${method}` as MessageKey);
}

/** The set named `kind` ("digits") as the menus name it; inline data as the data panel does. */
export function dataSetName(t: Translator, kind: string): string {
  if (kind === 'inline') return t('data.inline');
  const entry = DATA_SETS.find((d) => d.name === kind);
  return entry === undefined ? kind : t.label('dataset', kind, entry.label);
}

export function optimizerName(t: Translator, experiment: Experiment): string {
  const name = experiment.optimizer.name;
  const entry = OPTIMIZER_CHOICES.find((o) => o.name === name);
  return entry === undefined ? name : t.label('optimizer', name, entry.label);
}

export function wordMessage(t: Translator, message: Message): string {
  return t(message.key as MessageKey, message.vars);
}

/** "Training 97.5% · validation 96.3%", or the training share alone without validation. */
export function accuracyLine(t: Translator, train: number, validation: number | null): string {
  return validation === null
    ? t('classic.accuracyTrain', { train: formatPercent(train) })
    : t('classic.accuracies', {
        train: formatPercent(train),
        validation: formatPercent(validation),
      });
}
