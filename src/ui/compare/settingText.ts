// A compare run's name in the page's language, made from the one setting it changes: "batch
// size 32" is "バッチサイズ 32" in Japanese. The spec describes the setting as message keys
// with values (spec/settingLabel.ts, which the CLI words in English); the page words each
// part through its dictionary, and names an initializer as it does everywhere else (the
// layer builder, the compare form's ticks): "Xavier/Glorot normal", not "xavier_normal"; and
// a whole network as the builder names its layers.
import { describeSetting } from '../../spec/settingLabel';
import { INIT_CHOICES } from '../../store/catalog';
import { describeLayer } from '../builder/layerNames';
import type { CompareSetting } from '../../store/compareState';
import type { Translator } from '../i18n/translate';

/** How the legend, the table and the charts name a run: "adam", "lr 0.01", "no dropout". */
export function settingText(t: Translator, setting: CompareSetting): string {
  // A whole network in the builder's short words, as the diagram and histograms name layers.
  if (setting.name === 'layers') return setting.value.map((l) => describeLayer(t, l)).join(' → ');
  return describeSetting(setting.name, setting.value)
    .map(({ key, vars }) => {
      if (key !== 'setting.initializer') return t(key, vars);
      const name = String(vars?.name);
      const label = INIT_CHOICES.find((c) => c.name === name)?.label ?? name;
      return t(key, { name: t.label('init', name, label) });
    })
    .join(' ');
}
