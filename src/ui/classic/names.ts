// How the view names what it shows: the playground's data set and optimizer in the page's
// language, and each method's title.
import type { ClassicName } from '../../spec/classic';
import { DATA_SETS, OPTIMIZER_CHOICES } from '../../store/catalog';
import type { Experiment } from '../../spec/types';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';

export type ShownMethod = ClassicName | 'network';

export function methodTitle(t: Translator, method: ShownMethod): string {
  return t(`classic.method.${method}` as MessageKey);
}

export function datasetName(t: Translator, experiment: Experiment): string {
  const kind = experiment.data.kind;
  const entry = DATA_SETS.find((d) => d.name === kind);
  return entry === undefined ? kind : t.label('dataset', kind, entry.label);
}

export function optimizerName(t: Translator, experiment: Experiment): string {
  const name = experiment.optimizer.name;
  const entry = OPTIMIZER_CHOICES.find((o) => o.name === name);
  return entry === undefined ? name : t.label('optimizer', name, entry.label);
}
