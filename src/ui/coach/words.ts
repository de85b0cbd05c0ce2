// A finding of the coach in the page's words: its title, the evidence with its numbers, the
// likely cause and the label of the one setting to try.
import { ACTIVATION_CATALOG } from '../../spec/catalog/activations';
import { INIT_CATALOG } from '../../spec/catalog/initializers';
import { OPTIMIZER_CATALOG, type OptimizerName } from '../../spec/catalog/optimizers';
import type { Diagnosis, DiagnosisName, Fix } from '../../spec/protocol/diagnosis';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';
import { formatValue } from '../charts/format';

/** A loss or a gradient scale in a sentence: three digits, scientific when far from 1. */
const num = formatValue;

/** Document layers count from 0; the page names them from 1, as the network panel does. */
const layerName = (i: number) => i + 1;

export function titleOf(t: Translator, d: Diagnosis): string {
  return t(`coach.${d.name}.title` as MessageKey);
}

export function tagOf(t: Translator, d: Pick<Diagnosis, 'name'>): string {
  return t(`coach.${d.name}.tag` as MessageKey);
}

/** A run's tags in a table ("exploded, dead units"), or an en dash when none was found. */
export function tagsText(t: Translator, names: readonly DiagnosisName[]): string {
  if (names.length === 0) return '–';
  return names.map((name) => tagOf(t, { name })).join(t('common.listSeparator'));
}

export function evidenceOf(t: Translator, d: Diagnosis): string {
  const e = d.evidence;
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(e)) vars[name] = num(value);
  if (d.layer !== null) vars.layer = layerName(d.layer);
  if ('first' in e) vars.first = layerName(e.first);
  if ('last' in e) vars.last = layerName(e.last);
  if ('share' in e) vars.share = Math.round(100 * e.share);
  if ('ratio' in e) vars.ratio = Math.round(e.ratio).toLocaleString(t.language);
  if ('steps' in e) vars.steps = e.steps;
  if ('epochs' in e) vars.epochs = e.epochs;
  if ('rows' in e) vars.rows = e.rows;
  for (const whole of ['dead', 'units', 'identical', 'began'] as const) {
    if (whole in e) vars[whole] = e[whole];
  }
  if (d.name === 'exploding' && !('to' in e)) return t('coach.exploding.nonFinite', vars);
  if (d.name === 'notLearning' && !('chance' in e))
    return t('coach.notLearning.evidenceNoChance', vars);
  return t(`coach.${d.name}.evidence` as MessageKey, vars);
}

/** The likely cause; `optimizer` names the run's optimizer where the rate is to blame. */
export function causeOf(t: Translator, d: Diagnosis, optimizer: OptimizerName): string {
  const label = t.label('optimizer', optimizer, OPTIMIZER_CATALOG[optimizer].label);
  // The rate as the user typed it (0.000001), not rounded to a number of digits.
  const lr = d.evidence.lr === undefined ? '' : String(d.evidence.lr);
  return t(`coach.cause.${d.cause ?? 'none'}` as MessageKey, { lr, optimizer: label });
}

/** The button's words for `fix`. */
export function fixLabel(t: Translator, fix: Fix): string {
  switch (fix.setting) {
    case 'lr':
      return t('coach.fix.lr', { value: fix.value });
    case 'normalize':
      return t('coach.fix.normalize');
    case 'earlyStopping':
      return t('coach.fix.earlyStopping', { patience: fix.patience });
    case 'init': {
      const init = t.label('init', fix.value, INIT_CATALOG[fix.value].label);
      return t('coach.fix.init', { layers: layersText(t, fix.layers), init });
    }
    case 'activation': {
      const activation = t.label('activation', fix.value, ACTIVATION_CATALOG[fix.value].label);
      return t('coach.fix.activation', { layers: layersText(t, fix.layers), activation });
    }
  }
}

function layersText(t: Translator, layers: readonly number[]): string {
  const list = layers.map(layerName).join(t('common.listSeparator'));
  return t.plural('coach.layers', layers.length, { list });
}
