// The playground's network beside the classic methods, as it is now: its decision regions
// (the playground's own picture) and its last epoch's accuracies, with a button to train it
// from here, so the comparison does not need a trip to the playground.
import { useShallow } from 'zustand/react/shallow';
import { togglePlay } from '../../store/actions';
import { isStopped, useStore } from '../../store/store';
import { BoundaryCanvas } from '../boundary/BoundaryCanvas';
import { useT } from '../i18n/useT';
import { accuracyLine, methodTitle } from './words';

export function NetworkPanel() {
  const t = useT();
  const { status, last, pictured } = useStore(
    useShallow((s) => ({
      status: s.run.status,
      last: s.epochs.at(-1),
      pictured: s.data !== null && s.data.view !== null && s.data.features === 2,
    })),
  );
  const headingId = 'd-classic-network';
  return (
    <section className="d-panel d-classic-method" aria-labelledby={headingId}>
      <h3 id={headingId}>{methodTitle(t, 'network')}</h3>
      <button type="button" onClick={togglePlay} disabled={isStopped(status)}>
        {status === 'running' ? t('classic.network.pause') : t('classic.network.train')}
      </button>
      {pictured && <BoundaryCanvas />}
      <p className="d-classic-accuracy">
        {last?.accuracy != null ? accuracyLine(t, last.accuracy, last.valAccuracy) : null}
      </p>
      <p className="d-note">
        {last === undefined
          ? t('classic.network.untrained')
          : t('classic.network.note', { epoch: last.epoch })}
      </p>
    </section>
  );
}
