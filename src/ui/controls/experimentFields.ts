// How the page says a refused edit: which playground field it is about, read from the path
// validation gives ("optimizer.lr" is the Learning rate field), and why, in the page's
// language when validation gave the rule it broke (spec/refusals.ts).
import { dataSetEntry, isDataSetName } from '../../spec/catalog/datasets';
import type { EditError } from '../../store/editError';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';

/** The fields by their path in the experiment document. */
const FIELDS = {
  seed: 'data.seed',
  validation: 'data.validation',
  'data.samples': 'data.samples',
  'data.noise': 'data.noise',
  'data.classes': 'data.classes',
  'optimizer.lr': 'param.lr',
  'optimizer.momentum': 'param.momentum',
  'optimizer.weightDecay': 'param.weightDecay',
  'optimizer.eps': 'param.eps',
  'optimizer.rho': 'param.rho',
  'optimizer.alpha': 'param.alpha',
  'optimizer.beta1': 'param.beta1',
  'optimizer.beta2': 'param.beta2',
  'optimizer.momentumDecay': 'param.momentumDecay',
  'training.batchSize': 'param.batchSize',
  'training.epochs': 'training.epochs',
  'training.l1': 'training.l1',
  'training.l2': 'training.l2',
  'training.schedule.stepSize': 'training.stepSize',
  'training.schedule.gamma': 'training.gamma',
  'training.schedule.tMax': 'training.tMax',
  'training.schedule.etaMin': 'training.etaMin',
  // The checkbox: its refusal (validation set to 0 under it) says what early stopping needs.
  'training.earlyStopping': 'training.earlyStopping',
  'training.earlyStopping.patience': 'training.patience',
  'training.earlyStopping.minDelta': 'training.minDelta',
  'training.augment.jitter': 'augment.jitter',
  'training.augment.shift': 'augment.shift',
  'training.augment.rotate': 'augment.rotate',
  'training.augment.flip': 'augment.flip',
  'training.augment.crop': 'augment.crop',
} satisfies Record<string, MessageKey>;

/** Where a number field's value sits in the experiment: a field above, or one of a layer's. */
export type FieldPath = keyof typeof FIELDS | `model.layers[${number}].${string}`;

/** The message key of the field at `path`, if it is one of the table's. */
function fieldKey(path: string): MessageKey | null {
  return Object.hasOwn(FIELDS, path) ? FIELDS[path as keyof typeof FIELDS] : null;
}

/** The label of the field at `path`, "Layer 3" for anything in a layer, else null. */
export function experimentFieldLabel(t: Translator, path: string): string | null {
  const key = fieldKey(path);
  if (key !== null) return t(key);
  const layer = /^model\.layers\[(\d+)\]/.exec(path);
  return layer === null ? null : t('field.layer', { n: Number(layer[1]) + 1 });
}

/** The name of the one field at `path` ("Learning rate"), else null (a layer, the whole). */
export function experimentFieldName(t: Translator, path: string): string | null {
  const key = fieldKey(path);
  return key === null ? null : t(key);
}

/**
 * The broken rule in the page's words, with the field's name: null if validation gave none.
 * A data set it names ({data}: "iris") is named as the data menu names it.
 */
export function reasonText(t: Translator, error: EditError, field: string): string | null {
  if (error.reason === null) return null;
  const vars: Record<string, string | number> = { ...error.reason.vars, field };
  const data = vars.data;
  if (typeof data === 'string' && isDataSetName(data)) {
    vars.data = t.label('dataset', data, dataSetEntry(data).label);
  }
  return t(error.reason.key, vars);
}

/**
 * Why the edit of the field called `field` was refused, to say beside it: the broken rule
 * ("Learning rate must be a positive number; you typed -1."), else validation's English
 * inside the translated frame, the field's name in place of its path.
 */
export function refusalText(t: Translator, error: EditError, field: string): string {
  const own = `${error.path} `;
  const message = error.message.startsWith(own)
    ? `${field} ${error.message.slice(own.length)}`
    : error.message;
  return reasonText(t, error, field) ?? t('notice.editRefused', { message });
}
