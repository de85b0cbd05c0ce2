// The curse of dimensionality, measured: a 2-D set (the playground's, or the moons) with
// more and more dimensions of pure noise added. Distances come to be all alike, so the
// nearest neighbours stop meaning anything, and kNN with them.
import { useEffect, useId } from 'react';
import { showCurse } from '../../../store/dimensions';
import { CURSE_K, isPlaneClassification } from '../../../store/dimensionsState';
import { useStore } from '../../../store/store';
import { formatPercent, formatValue } from '../../charts/format';
import { useT } from '../../i18n/useT';
import { CurseChart } from './CurseChart';
import { dataSetName, wordMessage } from '../words';

export function CurseSection() {
  const t = useT();
  const id = useId();
  const curse = useStore((s) => s.dimensions.curse);
  const data = useStore((s) => s.experiment.data);
  const seed = useStore((s) => s.experiment.seed);
  const validation = useStore((s) => s.experiment.validation);
  // Measured again only when the data's making changes (the network's settings do nothing).
  useEffect(() => showCurse(), [data, seed, validation]);
  const own = isPlaneClassification(data);
  const first = curse.points?.[0],
    last = curse.points?.at(-1);

  return (
    <section className="d-panel d-classic-clustering" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('curse.heading')}</h2>
      <p className="d-note">
        {own
          ? t('curse.onPlayground', { dataset: dataSetName(t, data.kind), k: CURSE_K })
          : t('curse.onMoons', { dataset: dataSetName(t, data.kind), k: CURSE_K })}
      </p>
      {curse.computing && (
        <p role="status" className="d-note">
          {t('curse.computing')}
        </p>
      )}
      {curse.error !== null && (
        <div role="alert" className="d-alert d-alert-danger">
          {wordMessage(t, curse.error)}{' '}
          <button type="button" className="d-link" onClick={showCurse}>
            {t('classic.tryAgain')}
          </button>
        </div>
      )}
      {curse.points !== null && curse.points.length > 0 && (
        <>
          <CurseChart points={curse.points} />
          <p>
            {t('curse.summary', {
              from: first!.dimensions,
              to: last!.dimensions,
              ratioFrom: formatValue(first!.ratio),
              ratioTo: formatValue(last!.ratio),
              accuracyFrom: formatPercent(first!.accuracy),
              accuracyTo: formatPercent(last!.accuracy),
            })}{' '}
            {t('curse.why')}
          </p>
        </>
      )}
    </section>
  );
}
