// The classifiers beside the network on the playground's data: the network's picture, then
// each classic method's (logistic regression, kNN, the SVMs), and every accuracy in a table.
// Fits run in the classic-methods worker whenever the data or a method's settings change.
import { useEffect } from 'react';
import { CLASSIC_NAMES } from '../../spec/classic';
import { refreshClassic } from '../../store/classic';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { AccuracyTable } from './AccuracyTable';
import { MethodPanel } from './MethodPanel';
import { dataSetName } from './words';
import { NetworkPanel } from './NetworkPanel';

export function ClassifiersSection() {
  const t = useT();
  const experiment = useStore((s) => s.experiment);
  const data = useStore((s) => s.data);

  // On opening the view and after any edit of the experiment: out-of-date fits run again.
  useEffect(() => refreshClassic(), [experiment]);

  const headingId = 'd-classic-classifiers';
  return (
    <section className="d-classic-classifiers" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('classic.classifiers')}</h2>
      <p className="d-note">
        {t('classic.intro', {
          dataset: dataSetName(t, experiment.data.kind),
          train: data === null ? '…' : t.plural('common.trainingSamples', data.trainCount),
        })}
      </p>
      {data?.task === 'regression' ? (
        <p className="d-note">{t('classic.regression')}</p>
      ) : (
        <>
          {data !== null && data.features !== 2 && (
            <p className="d-note">{t('classic.noPicture', { features: data.features })}</p>
          )}
          <div className="d-classic-grid">
            <NetworkPanel />
            {CLASSIC_NAMES.map((name) => (
              <MethodPanel key={name} name={name} data={data} />
            ))}
          </div>
          <AccuracyTable />
        </>
      )}
    </section>
  );
}
