// A method's own settings: kNN's k (a slider, so its boundary can be watched as k moves)
// and distance, the SVMs' C and γ. Logistic regression has none: it is the experiment's
// network cut down, trained with the playground's optimizer and epochs.
import { useId } from 'react';
import { CLASSIC_CATALOG, type ClassicSettings } from '../../spec/classic';
import { editClassifier } from '../../store/classic';
import { NumberField } from '../controls/NumberField';
import { useT } from '../i18n/useT';

/** The slider's end: k beyond 100 only blurs the moons into one class; the range allows 500. */
const K_SLIDER_MAX = 100;

export function MethodSettings({ settings }: { settings: ClassicSettings }) {
  const t = useT();
  const kId = useId(),
    metricId = useId();
  switch (settings.name) {
    case 'logistic':
      return null;
    case 'knn': {
      const { k } = settings;
      return (
        <div className="d-classic-settings">
          <label className="d-field" htmlFor={kId}>
            <span>
              {t('classic.knn.k')}: <output htmlFor={kId}>{k}</output>
            </span>
            <input
              id={kId}
              type="range"
              min={CLASSIC_CATALOG.knn.k.bounds.ge}
              max={Math.max(k, K_SLIDER_MAX)}
              step={1}
              value={k}
              onChange={(e) => editClassifier('knn', { k: Number(e.target.value) })}
            />
          </label>
          <label className="d-field" htmlFor={metricId}>
            <span>{t('classic.knn.metric')}</span>
            <select
              id={metricId}
              value={settings.metric}
              onChange={(e) => editClassifier('knn', { metric: e.target.value })}
            >
              <option value="euclidean">{t('classic.knn.euclidean')}</option>
              <option value="manhattan">{t('classic.knn.manhattan')}</option>
            </select>
          </label>
        </div>
      );
    }
    case 'linearSvm':
    case 'rbfSvm':
      return (
        <div className="d-classic-settings">
          <NumberField
            label={t('classic.svm.C')}
            value={settings.C}
            min={0}
            onCommit={(C) => editClassifier(settings.name, { C })}
          />
          {settings.name === 'rbfSvm' && (
            <NumberField
              label={t('classic.svm.gamma')}
              value={settings.gamma}
              min={0}
              onCommit={(gamma) => editClassifier('rbfSvm', { gamma })}
            />
          )}
        </div>
      );
  }
}
