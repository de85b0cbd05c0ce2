// PCA: a set of many features projected onto the two directions along which it varies
// most, coloured by class (which PCA never sees), with each component's share of the
// variance. The set is chosen here, not in the playground: PCA is about sets of many inputs.
import { useEffect, useId } from 'react';
import { choosePcaSet, showPca } from '../../../store/dimensions';
import { PCA_SETS, type PcaSet } from '../../../store/dimensionsState';
import { useStore } from '../../../store/store';
import { useT } from '../../i18n/useT';
import { PcaPlot } from './PcaPlot';
import { PcaShares } from './PcaShares';
import { dataSetName, wordMessage } from '../words';

export function PcaSection() {
  const t = useT();
  const id = useId();
  const pca = useStore((s) => s.dimensions.pca);
  useEffect(() => showPca(), []);
  const shownName = pca.shown === null ? '' : dataSetName(t, pca.shown);

  return (
    <section className="d-panel d-classic-clustering" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('pca.heading')}</h2>
      <p className="d-note">{t('pca.intro')}</p>
      <label className="d-field d-pca-choice" htmlFor={`${id}-set`}>
        <span>{t('pca.set')}</span>
        <select
          id={`${id}-set`}
          value={pca.set}
          onChange={(e) => choosePcaSet(e.target.value as PcaSet)}
        >
          {PCA_SETS.map((set) => (
            <option key={set} value={set}>
              {dataSetName(t, set)}
            </option>
          ))}
        </select>
      </label>
      {pca.computing && (
        <p role="status" className="d-note">
          {t(pca.set === 'fashion_mnist' ? 'pca.loadingLarge' : 'pca.computing', {
            dataset: dataSetName(t, pca.set),
          })}
        </p>
      )}
      {pca.error !== null && (
        <div role="alert" className="d-alert d-alert-danger">
          {wordMessage(t, pca.error)}{' '}
          <button type="button" className="d-link" onClick={showPca}>
            {t('classic.tryAgain')}
          </button>
        </div>
      )}
      {pca.result !== null && (
        <div className="d-pca">
          <PcaPlot result={pca.result} dataset={shownName} />
          <PcaShares shares={pca.result.shares} features={pca.result.features} />
        </div>
      )}
    </section>
  );
}
