// What the k-means section says about a run: its name, what its last step did, and the
// name a screen reader hears for its picture, in the page's language.
import type { KMeansPicture, KMeansStart } from '../../../spec/protocol/classic';
import { formatValue } from '../../charts/format';
import type { Translator } from '../../i18n/translate';

export function startName(t: Translator, start: KMeansStart): string {
  return t(start === 'plusPlus' ? 'kmeans.start.plusPlus' : 'kmeans.start.random');
}

/** One line: what the run's last step did ("Moved each centroid to the mean of its points"). */
export function lastStepLine(t: Translator, run: KMeansPicture, k: number): string {
  switch (run.phase) {
    case 'none':
      return t('kmeans.phase.none');
    case 'seed':
      if (run.start === 'random') return t.plural('kmeans.phase.seedRandom', k);
      return run.placed === 1
        ? t('kmeans.phase.seedFirst', { k })
        : t('kmeans.phase.seedPlusPlus', { placed: run.placed, k });
    case 'assign':
      return t('kmeans.phase.assign', { inertia: formatValue(run.inertia.at(-1) ?? NaN) });
    case 'move':
      return t('kmeans.phase.move');
    case 'converged':
      return t.plural('kmeans.phase.converged', run.inertia.length);
  }
}

/** The picture's accessible name: "k-means++: 2 of 3 centroids, step 2". */
export function pictureName(t: Translator, run: KMeansPicture, k: number): string {
  return t('kmeans.picture', {
    start: startName(t, run.start),
    placed: run.placed,
    k,
    steps: run.steps,
  });
}

/** Points in each of the k clusters (all 0 before the first assignment). */
export function clusterSizes(run: KMeansPicture, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (const c of run.assignment) if (c >= 0 && c < k) sizes[c]++;
  return sizes;
}
