// How a compare run is named from the one setting it changes: "adam", "rmsprop lr 0.005",
// "batch size 32", "no dropout", "2 hidden layers", "shift 1 · rotate 10°". One description
// serves both sides:
//
//   describeSetting(name, value)  the name as message keys with values, one per word group:
//                                 [{ key: 'setting.name', vars: { name: 'rmsprop' } },
//                                  { key: 'setting.lr', vars: { value: 0.005 } }]
//   settingLabel(name, value)     those parts worded with SETTING_WORDS below, in English:
//                                 what `cli compare` prints and the page's CSV keeps
//
// The page words the same parts in its own language (ui/compare/settingText.ts), from its
// dictionaries; the English dictionary takes its words from SETTING_WORDS, so there is one
// English wording. One difference: an initializer's part holds its code name
// ("xavier_normal"), which the CLI prints as it is and the page replaces with the name its
// menus give it ("Xavier/Glorot normal"). Optimizer and activation names, and an optimizer's
// symbols (beta1, eps), are code names in every language.
import { optimizerEntry } from './catalog/optimizers';
import { kindOf } from './layers';
import { format, type Message } from './message';
import type { AugmentSpec, SettingName, SettingValues } from './types';

/** The English words of each part (the page's English dictionary spreads these in). */
export const SETTING_WORDS = {
  /** A code name: an optimizer, an activation. */
  'setting.name': '{name}',
  /** An initializer, by its code name (the page uses its menus' name instead). */
  'setting.initializer': '{name}',
  /** An optimizer's or initializer's field that is a symbol (beta1, eps): as it is. */
  'setting.field': '{name} {value}',
  'setting.lr': 'lr {value}',
  'setting.momentum': 'momentum {value}',
  'setting.weightDecay': 'weight decay {value}',
  /** An optimizer's own field, by its field name. */
  'setting.optimizerWeightDecay': 'weightDecay {value}',
  'setting.std': 'std {value}',
  'setting.limit': 'limit {value}',
  'setting.batchSize': 'batch size {value}',
  'setting.batchNormOn': 'batch norm on',
  'setting.batchNormOff': 'batch norm off',
  'setting.dropout': 'dropout {value}',
  'setting.noDropout': 'no dropout',
  'setting.seed': 'seed {value}',
  // A count's words by the count, as the page's plurals (`base.one` for 1, else `base.other`).
  'setting.noHiddenLayers': 'no hidden layers',
  'setting.hiddenLayers.one': '{value} hidden layer',
  'setting.hiddenLayers.other': '{value} hidden layers',
  'setting.units.one': '{value} unit',
  'setting.units.other': '{value} units',
  'setting.filters.one': '{value} filter',
  'setting.filters.other': '{value} filters',
  /** A whole network, its layers in short ("conv 8@3×3 relu → max pool 2 → dense 10 softmax"). */
  'setting.layers': '{layers}',
  // Augmentation: the transforms that are on, in the document's order, "·" between them
  // ("shift 1 · rotate 10° · crop 0.9"); the off ones are left out.
  'setting.noAugment': 'no augmentation',
  'setting.jitter': 'jitter {value}',
  'setting.shift': 'shift {value}',
  'setting.rotate': 'rotate {value}°',
  'setting.flip': 'flip',
  'setting.crop': 'crop {value}',
  /** Between two parts of a list. */
  'setting.and': '·',
};

export type SettingWord = keyof typeof SETTING_WORDS;

/** A part of a setting's description: one of SETTING_WORDS and its values. */
export interface SettingPart extends Message {
  key: SettingWord;
}

/** The fields of an optimizer or initializer that have words; the others are symbols. */
const FIELD_WORDS: Partial<Record<string, SettingWord>> = {
  lr: 'setting.lr',
  momentum: 'setting.momentum',
  weightDecay: 'setting.optimizerWeightDecay',
  std: 'setting.std',
  limit: 'setting.limit',
};

/** `key` with the setting's value as {value}. */
const valued = (key: SettingWord, value: unknown): SettingPart => ({
  key,
  vars: { value: String(value) },
});

const field = ([name, value]: [string, unknown]): SettingPart => {
  const key = FIELD_WORDS[name];
  return key === undefined
    ? { key: 'setting.field', vars: { name, value: String(value) } }
    : valued(key, value);
};

/** `base.one` for a count of 1, else `base.other`, with the count as {value}. */
const counted = (base: 'setting.hiddenLayers' | 'setting.units' | 'setting.filters', n: number) =>
  valued(n === 1 ? `${base}.one` : `${base}.other`, n);

/** The transforms that are on, in the document's order, with "·" between them. */
function augmentParts(augment: AugmentSpec): SettingPart[] {
  const on: SettingPart[] = [];
  if (augment.jitter > 0) on.push(valued('setting.jitter', augment.jitter));
  if (augment.shift > 0) on.push(valued('setting.shift', augment.shift));
  if (augment.rotate > 0) on.push(valued('setting.rotate', augment.rotate));
  if (augment.flip) on.push({ key: 'setting.flip' });
  if (augment.crop < 1) on.push(valued('setting.crop', augment.crop));
  // Every field off is null by now (spec/augment.ts parseAugmentValue); said as such anyway.
  if (on.length === 0) return [{ key: 'setting.noAugment' }];
  return on.flatMap((part, i) => (i === 0 ? [part] : [{ key: 'setting.and' } as const, part]));
}

/** How each setting's value is described (see the top of this file). */
const DESCRIBE: { [K in SettingName]: (value: SettingValues[K]) => SettingPart[] } = {
  optimizer: ({ name, ...fields }) => {
    const defaults: Record<string, unknown> = optimizerEntry(name).defaults;
    // Only the fields that differ from the optimizer's defaults: "adam" is adam as PyTorch has it.
    const changed = Object.entries(fields).filter(([k, x]) => x !== defaults[k]);
    return [{ key: 'setting.name', vars: { name } }, ...changed.map(field)];
  },
  initializer: ({ name, ...options }) => [
    { key: 'setting.initializer', vars: { name } },
    ...Object.entries(options).map(field),
  ],
  activation: (name) => [{ key: 'setting.name', vars: { name } }],
  batchNorm: (on) => [{ key: on ? 'setting.batchNormOn' : 'setting.batchNormOff' }],
  dropout: (rate) => [rate === 0 ? { key: 'setting.noDropout' } : valued('setting.dropout', rate)],
  batchSize: (v) => [valued('setting.batchSize', v)],
  weightDecay: (v) => [valued('setting.weightDecay', v)],
  lr: (v) => [valued('setting.lr', v)],
  momentum: (v) => [valued('setting.momentum', v)],
  seed: (v) => [valued('setting.seed', v)],
  l2: (v) => [field(['l2', v])], // a symbol
  hiddenLayers: (n) =>
    n === 0 ? [{ key: 'setting.noHiddenLayers' }] : [counted('setting.hiddenLayers', n)],
  units: (n) => [counted('setting.units', n)],
  filters: (n) => [counted('setting.filters', n)],
  augment: (augment) => (augment === null ? [{ key: 'setting.noAugment' }] : augmentParts(augment)),
  layers: (layers) => [
    {
      key: 'setting.layers',
      vars: { layers: layers.map((l) => kindOf(l).summary(l)).join(' → ') },
    },
  ],
};

/** A setting's value as the parts of its name, in order (see the top of this file). */
export function describeSetting<K extends SettingName>(
  name: K,
  value: SettingValues[K],
): SettingPart[] {
  return DESCRIBE[name](value);
}

/** How the CLI and a chart's legend name a value, in English: "adam", "lr 0.01", "batch norm on". */
export function settingLabel<K extends SettingName>(name: K, value: SettingValues[K]): string {
  return describeSetting(name, value)
    .map((part) => format(SETTING_WORDS[part.key], part.vars))
    .join(' ');
}
