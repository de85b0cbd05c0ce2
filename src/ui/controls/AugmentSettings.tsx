// Data augmentation (training.augment): random changes to every training minibatch, never
// to the validation part. Jitter for any data; shifts, small rotations, mirror images and
// zooming crops for images (a mirror only where it keeps the class: Fashion-MNIST's shirts,
// not the digits). Like the other training settings, a change applies at the next step.
import { useId } from 'react';
import { AUGMENT_RANGES, flipAllowed, maxShift } from '../../spec/augment';
import { isDataSetName } from '../../spec/catalog/datasets';
import { DEFAULTS } from '../../spec/defaults';
import { isImage, type ImageShape } from '../../spec/layers';
import type { AugmentSpec, Experiment } from '../../spec/types';
import { editExperiment } from '../../store/actions';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { NumberField } from './NumberField';

/**
 * What switching augmentation on starts from: for images a shift of up to 2 pixels (less on
 * a small image), a tilt of up to 10° and a zoom to 90% of the side, the usual light recipe,
 * and a mirror only where the catalog says it keeps the class (a user's own images are their
 * call to mirror); for points a jitter of 0.1, a tenth of the 2-D sets' unit scale.
 */
function switchedOn(experiment: Experiment): AugmentSpec {
  const off = { ...DEFAULTS.augment };
  if (!isImage(experiment.model.inputs)) return { ...off, jitter: 0.1 };
  const { data } = experiment;
  const mirror = isDataSetName(data.kind) && flipAllowed(data);
  const shift = Math.min(2, maxShift(experiment.model.inputs));
  return { ...off, shift, rotate: 10, crop: 0.9, flip: mirror };
}

interface AugmentField {
  key: 'jitter' | 'shift' | 'rotate' | 'crop';
  step: number;
  min?: number;
  max?: number;
}

/** The number fields, each with its step and range: jitter for any data, the rest images'. */
function numberFields(image: ImageShape | null): AugmentField[] {
  const jitter: AugmentField = {
    key: 'jitter',
    step: 0.01,
    min: AUGMENT_RANGES.jitter.ge,
    max: AUGMENT_RANGES.jitter.le,
  };
  if (image === null) return [jitter];
  return [
    jitter,
    { key: 'shift', step: 1, min: 0, max: maxShift(image) },
    { key: 'rotate', step: 1, min: AUGMENT_RANGES.rotate.ge, max: AUGMENT_RANGES.rotate.le },
    { key: 'crop', step: 0.05, max: AUGMENT_RANGES.crop.le },
  ];
}

const setAugment = (change: (augment: AugmentSpec) => void) =>
  editExperiment((e) => {
    if (e.training.augment !== null) change(e.training.augment);
  });

export function AugmentSettings() {
  const t = useT();
  const experiment = useStore((s) => s.experiment);
  const augment = experiment.training.augment;
  const inputs = experiment.model.inputs;
  const image = isImage(inputs) ? inputs : null;
  const onId = useId(),
    flipId = useId();
  const mirror = flipAllowed(experiment.data);
  return (
    <>
      <label className="d-field d-check" htmlFor={onId}>
        <input
          id={onId}
          type="checkbox"
          checked={augment !== null}
          onChange={(e) =>
            editExperiment(
              (x) => void (x.training.augment = e.target.checked ? switchedOn(x) : null),
            )
          }
        />
        <span>{t('augment.on')}</span>
      </label>
      {augment !== null && (
        <>
          <p className="d-note">{t(image ? 'augment.noteImage' : 'augment.notePoints')}</p>
          {numberFields(image).map(({ key, ...range }) => (
            <NumberField
              key={key}
              label={t(`augment.${key}`)}
              path={`training.augment.${key}`}
              value={augment[key]}
              {...range}
              onCommit={(v) => setAugment((a) => void (a[key] = v))}
            />
          ))}
          {image !== null && (
            <label className="d-field d-check" htmlFor={flipId}>
              <input
                id={flipId}
                type="checkbox"
                checked={augment.flip}
                disabled={!mirror && !augment.flip}
                onChange={(e) => setAugment((a) => void (a.flip = e.target.checked))}
              />
              <span>{t(mirror ? 'augment.flip' : 'augment.flipUnavailable')}</span>
            </label>
          )}
        </>
      )}
    </>
  );
}
