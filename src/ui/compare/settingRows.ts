// Each setting a compare varies (and a search samples) as the page's forms offer it: its
// name, what its values field takes, and why the playground's network cannot vary it, when
// it cannot. The compare's menu lists them in this order.
import type { VaryName } from '../../spec/types';
import type { MessageKey } from '../i18n/dictionaries/en';

/** A setting as the forms offer it. */
export interface SettingRow {
  /** Its name in the menu. */
  label: MessageKey;
  /** What its values field takes, for a setting typed as a list. */
  hint?: MessageKey;
  /** Why the playground's network cannot vary it, when it cannot (spec's settingNeed): short
   *  beside its name in the menu, in full below it. */
  needs?: { short: MessageKey; note: MessageKey };
  /** The architecture: every run draws its own initial weights. */
  reshapes?: true;
}

export const SETTING_ROWS: Record<VaryName, SettingRow> = {
  optimizer: { label: 'optim.optimizer' },
  lr: { label: 'param.lr', hint: 'compare.hint.lr' },
  initializer: { label: 'layer.initializer' },
  activation: { label: 'compare.vary.activation' },
  batchSize: { label: 'param.batchSize', hint: 'compare.hint.batchSize' },
  batchNorm: { label: 'compare.vary.batchNorm' },
  dropout: { label: 'param.dropout', hint: 'compare.hint.dropout' },
  weightDecay: { label: 'param.weightDecay', hint: 'compare.hint.weightDecay' },
  seed: { label: 'compare.vary.seed', hint: 'compare.hint.seed' },
  hiddenLayers: {
    label: 'compare.vary.hiddenLayers',
    hint: 'compare.hint.hiddenLayers',
    reshapes: true,
  },
  units: {
    label: 'compare.vary.units',
    hint: 'compare.hint.units',
    needs: { short: 'compare.needs.units', note: 'compare.needsNote.units' },
    reshapes: true,
  },
  filters: {
    label: 'compare.vary.filters',
    hint: 'compare.hint.filters',
    needs: { short: 'compare.needs.filters', note: 'compare.needsNote.filters' },
    reshapes: true,
  },
  layers: { label: 'compare.vary.layers', reshapes: true },
  augment: { label: 'compare.vary.augment' },
};
