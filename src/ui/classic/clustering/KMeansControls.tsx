// k-means' controls: k and the seed (either starts the runs again), Step, Play or Pause,
// and Reset (both runs from a new start with the same seed: the same steps again).
import { useShallow } from 'zustand/react/shallow';
import {
  setKMeansK,
  setKMeansSeed,
  startKMeans,
  stepKMeans,
  toggleKMeans,
} from '../../../store/kmeans';
import { allConverged, K_RANGE } from '../../../store/kmeansState';
import { useStore } from '../../../store/store';
import { NumberField } from '../../controls/NumberField';
import { useT } from '../../i18n/useT';

export function KMeansControls({ k }: { k: number }) {
  const t = useT();
  const { seed, busy, playing, runs, error } = useStore(
    useShallow((s) => ({
      seed: s.kmeans.seed,
      busy: s.kmeans.busy,
      playing: s.kmeans.playing,
      runs: s.kmeans.runs,
      error: s.kmeans.error,
    })),
  );
  const done = allConverged(runs);
  // While playing, a step is nearly always on its way: Step stays pressable (it pauses).
  const cannotStep = runs === null || error !== null || done || (busy && !playing);
  return (
    <div className="d-row d-wrap d-kmeans-controls">
      <NumberField
        label={t('kmeans.k')}
        value={k}
        step={1}
        min={K_RANGE[0]}
        max={K_RANGE[1]}
        onCommit={setKMeansK}
      />
      <NumberField
        label={t('kmeans.seed')}
        value={seed}
        step={1}
        min={0}
        onCommit={setKMeansSeed}
      />
      <button type="button" onClick={() => void stepKMeans()} disabled={cannotStep}>
        {t('kmeans.step')}
      </button>
      <button
        type="button"
        className="d-primary"
        onClick={toggleKMeans}
        disabled={!playing && (runs === null || error !== null || done)}
      >
        {t(playing ? 'kmeans.pause' : 'kmeans.play')}
      </button>
      <button type="button" onClick={() => void startKMeans()}>
        {t('common.reset')}
      </button>
    </div>
  );
}
