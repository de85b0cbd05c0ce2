// Which playground field a refused edit is about, read from the path validation gives
// ("optimizer.lr" is the Learning rate field), so the page names the field the user sees
// before validation's own words.
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';

/** The fields by their path in the experiment document. */
const FIELDS: Record<string, MessageKey> = {
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
  'training.earlyStopping.patience': 'training.patience',
  'training.earlyStopping.minDelta': 'training.minDelta',
};

/** The label of the field at `path`, "Layer 3" for anything in a layer, else null. */
export function experimentFieldLabel(t: Translator, path: string): string | null {
  if (Object.hasOwn(FIELDS, path)) return t(FIELDS[path]);
  const layer = /^model\.layers\[(\d+)\]/.exec(path);
  return layer === null ? null : t('field.layer', { n: Number(layer[1]) + 1 });
}
