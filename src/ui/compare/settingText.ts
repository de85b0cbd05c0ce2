// A compare run's name in the page's language, made from the one setting it changes: "batch
// size 32" is "バッチサイズ 32" in Japanese. In English it is word for word the engine's
// settingLabel (what `cli compare` prints and the CSV keeps), which stays English, except
// that an initializer goes by the name the page gives it everywhere else (the layer builder,
// the compare form's ticks): "Xavier/Glorot normal", not "xavier_normal". The optimizer and
// activation names are code names in every language.
import { INIT_CHOICES, OPTIMIZER_CHOICES } from '../../store/catalog';
import type { CompareSetting } from '../../store/compareState';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';

/**
 * The words for an optimizer's or initializer's own fields; the others (beta1, eps, …) are
 * symbols, kept as they are. An optimizer's weightDecay is its field name in English.
 */
const FIELDS: Partial<Record<string, MessageKey>> = {
  lr: 'compare.label.lr',
  momentum: 'compare.label.momentum',
  weightDecay: 'compare.label.optimizerWeightDecay',
  std: 'compare.label.std',
  limit: 'compare.label.limit',
};

/** How the legend, the table and the charts name a run: "adam", "lr 0.01", "no dropout". */
export function settingText(t: Translator, setting: CompareSetting): string {
  const value = (key: MessageKey, v: unknown) => t(key, { value: String(v) });
  const field = ([name, v]: [string, unknown]) => {
    const key = FIELDS[name];
    return key === undefined ? `${name} ${String(v)}` : value(key, v);
  };
  switch (setting.name) {
    case 'optimizer': {
      const { name, ...fields } = setting.value;
      const defaults: Record<string, unknown> =
        OPTIMIZER_CHOICES.find((o) => o.name === name)?.defaults ?? {};
      // Only the fields that differ from the optimizer's defaults: "adam" is adam as PyTorch has it.
      const changed = Object.entries(fields).filter(([k, v]) => v !== defaults[k]);
      return [name, ...changed.map(field)].join(' ');
    }
    case 'initializer': {
      const { name, ...options } = setting.value;
      const label = INIT_CHOICES.find((c) => c.name === name)?.label ?? name;
      return [t.label('init', name, label), ...Object.entries(options).map(field)].join(' ');
    }
    case 'activation':
      return setting.value;
    case 'batchNorm':
      return t(setting.value ? 'compare.label.batchNormOn' : 'compare.label.batchNormOff');
    case 'dropout':
      return setting.value === 0
        ? t('compare.label.noDropout')
        : value('compare.label.dropout', setting.value);
    case 'batchSize':
      return value('compare.label.batchSize', setting.value);
    case 'weightDecay':
      return value('compare.label.weightDecay', setting.value);
    case 'lr':
      return value('compare.label.lr', setting.value);
    case 'seed':
      return value('compare.label.seed', setting.value);
  }
}
