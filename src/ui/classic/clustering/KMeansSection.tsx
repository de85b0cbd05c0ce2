// k-means on the playground's training data, a random start beside k-means++'s, one step at a
// time: each step assigns every point to its nearest centroid, or moves each centroid to the
// mean of its points, until no point changes cluster; the inertia of both on one chart.
import { useEffect, useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { KMeansPicture } from '../../../spec/protocol/classic';
import { pauseKMeans, showKMeans, startKMeans } from '../../../store/kmeans';
import { allConverged, kmeansK, kmeansKey } from '../../../store/kmeansState';
import { useStore } from '../../../store/store';
import { formatPercent, formatValue } from '../../charts/format';
import { useT } from '../../i18n/useT';
import { agreement } from './agreement';
import { InertiaChart } from './InertiaChart';
import { KMeansControls } from './KMeansControls';
import { KMeansRun } from './KMeansRun';
import { dataSetName, wordMessage } from '../words';

export function KMeansSection() {
  const t = useT();
  const id = useId();
  const k = useStore((s) => kmeansK(s.kmeans.k, s.data));
  const experiment = useStore((s) => s.experiment);
  const seed = useStore((s) => s.kmeans.seed);
  // Once per change of what it depends on, not on every update of the store (a run's
  // snapshots arrive many times a second, and inline data can be long).
  const key = useMemo(() => kmeansKey(experiment, k, seed), [experiment, k, seed]);
  const { data, runs, error, sessionK } = useStore(
    useShallow((s) => ({
      data: s.kmeans.data,
      runs: s.kmeans.runs,
      error: s.kmeans.error,
      sessionK: s.kmeans.sessionK,
    })),
  );
  // A session for the data, k and seed in force; the one shown already is kept.
  useEffect(() => showKMeans(), [key]);
  // Leaving the view stops Play: no timer runs for a section nobody sees.
  useEffect(() => pauseKMeans, []);

  return (
    <section className="d-panel d-classic-clustering" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('kmeans.heading')}</h2>
      <p className="d-note">
        {t('kmeans.intro', { dataset: dataSetName(t, experiment.data.kind) })}{' '}
        {experiment.data.kind !== 'blobs' && t('kmeans.chooseData')}
      </p>
      <p className="d-note">{t('kmeans.starts')}</p>
      <KMeansControls k={k} />
      {error !== null && (
        <div role="alert" className="d-alert d-alert-danger">
          {wordMessage(t, error)}{' '}
          <button type="button" className="d-link" onClick={() => void startKMeans()}>
            {t('classic.tryAgain')}
          </button>
        </div>
      )}
      {runs === null || data === null ? (
        error === null && (
          <p role="status" className="d-note">
            {t('kmeans.starting')}
          </p>
        )
      ) : (
        <>
          <div className="d-kmeans-runs">
            {runs.map((run) => (
              <KMeansRun key={run.start} data={data} run={run} k={sessionK} />
            ))}
          </div>
          <InertiaChart runs={runs} />
          <FinalLine runs={runs} labels={data.labels} k={sessionK} />
        </>
      )}
    </section>
  );
}

/**
 * Once both have converged: where each ended, k-means++'s first, and how well each one's
 * clusters match the classes it never saw (the data's own labels).
 */
function FinalLine(props: {
  runs: readonly KMeansPicture[];
  labels: Int32Array | null;
  k: number;
}) {
  const { runs, labels, k } = props;
  const t = useT();
  if (!allConverged(runs)) return null;
  const run = (start: KMeansPicture['start']) => runs.find((r) => r.start === start)!;
  const end = (start: KMeansPicture['start']) => formatValue(run(start).inertia.at(-1) ?? NaN);
  const classes = labels === null ? 0 : Math.max(...labels) + 1;
  const agreeing = (start: KMeansPicture['start']) =>
    agreement(run(start).assignment, labels!, k, classes);
  const [plusPlus, random] =
    labels === null ? [null, null] : [agreeing('plusPlus'), agreeing('random')];
  return (
    <p className="d-kmeans-final" role="status">
      {t('kmeans.final', { plusPlus: end('plusPlus'), random: end('random') })}{' '}
      {t('kmeans.finalNote')}{' '}
      {plusPlus !== null &&
        random !== null &&
        t('kmeans.agreement', { plusPlus: formatPercent(plusPlus), random: formatPercent(random) })}
    </p>
  );
}
