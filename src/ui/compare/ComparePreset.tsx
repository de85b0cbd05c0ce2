// A lesson's values that the compare form cannot show (the same initializer twice, with two
// stds): listed as they will run, named as the charts will name them, with the way back to
// the form (which leaves them).
import { backToForm } from '../../store/compare';
import type { CompareSetting } from '../../store/compareState';
import { useT } from '../i18n/useT';
import { settingText } from './settingText';

export function ComparePreset({ preset }: { preset: CompareSetting[] }) {
  const t = useT();
  return (
    <fieldset className="d-fieldset">
      <legend>{t('compare.preset')}</legend>
      <ul>
        {preset.map((s, i) => (
          <li key={i}>{settingText(t, s)}</li>
        ))}
      </ul>
      <p className="d-note">{t('compare.presetNote')}</p>
      <button type="button" onClick={backToForm}>
        {t('compare.backToForm')}
      </button>
    </fieldset>
  );
}
