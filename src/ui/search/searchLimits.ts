// The search form's limits, said at the field being edited, in the page's language, as the
// user types: the Search button's own check says the same in the document's words (English,
// "ranges.units.values has 65 values; the limit is 64"), under the form, and only once the
// list was already too long.
import { LIMITS } from '../../spec';
import { listEntries } from '../../store/compareState';
import { LIST_PARAMETERS, type SearchChoices } from '../../store/searchState';
import type { MessageKey } from '../i18n/dictionaries/en';

export interface OverLimit {
  key: MessageKey;
  vars: { count: number; limit: number };
}

/**
 * The fields of the form past their limit, by their path in the search document (the path
 * the Search button's check names: "ranges.units.values", "trials").
 */
export function overLimits(c: SearchChoices): Map<string, OverLimit> {
  const over = new Map<string, OverLimit>();
  for (const name of LIST_PARAMETERS) {
    const count = listEntries(c[name].values).length;
    if (c[name].enabled && count > LIMITS.choiceValues) {
      over.set(`ranges.${name}.values`, {
        key: 'search.tooManyValues',
        vars: { count, limit: LIMITS.choiceValues },
      });
    }
  }
  if (c.trials > LIMITS.trials) {
    over.set('trials', {
      key: 'search.tooManyTrials',
      vars: { count: c.trials, limit: LIMITS.trials },
    });
  }
  if (c.epochs > LIMITS.epochs) {
    over.set('epochs', {
      key: 'search.tooManyEpochs',
      vars: { count: c.epochs, limit: LIMITS.epochs },
    });
  }
  return over;
}
