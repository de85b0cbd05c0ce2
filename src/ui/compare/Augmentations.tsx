// The augmentations a compare tries, as the form edits them: a list, each named as its run
// will be, each removable, each added from the playground's training settings. Five fields
// per value typed into one box would be a second augmentation form; the playground already
// has the real one (its fields, ranges and the image-only rules), so the list takes from it,
// as the networks' list takes the builder's network. A lesson's values land in this list
// too, so they can be run as they are, pruned, or added to.
import { parseAugmentValue } from '../../spec/augment';
import { editChoices } from '../../store/compare';
import type { CompareChoices } from '../../store/compareState';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { settingText } from './settingText';

export function Augmentations({ choices }: { choices: CompareChoices }) {
  const t = useT();
  // The playground's as a compare value (an augmentation that changes nothing is none),
  // made outside the selector, which must return the store's own object.
  const playground = parseAugmentValue(
    useStore((s) => s.experiment.training.augment),
    'training.augment',
  );
  const listed = choices.augment;
  const name = (value: (typeof listed)[number]) => settingText(t, { name: 'augment', value });
  const key = JSON.stringify(playground);
  const already = listed.some((a) => JSON.stringify(a) === key);
  return (
    <div className="d-fieldset">
      <p className="d-note">{t('compare.augments.note')}</p>
      {listed.length === 0 ? (
        <p className="d-note">{t('compare.augments.none')}</p>
      ) : (
        <ol aria-label={t('compare.augments')}>
          {listed.map((value, i) => (
            <li key={i}>
              {name(value)}{' '}
              <button
                type="button"
                aria-label={t('compare.augments.remove', { run: name(value) })}
                onClick={() => editChoices({ augment: listed.filter((_, j) => j !== i) })}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        disabled={already}
        onClick={() => editChoices({ augment: [...listed, playground] })}
      >
        {t('compare.augments.add', { run: name(playground) })}
      </button>
      {already && <p className="d-note">{t('compare.augments.listed')}</p>}
    </div>
  );
}
