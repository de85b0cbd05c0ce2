// Before deep learning: the classic methods on the playground's data, beside the network.
// The classifiers and the network's boundary first (what does the network buy us?), then
// k-means, PCA and the curse of dimensionality.
import { useT } from '../i18n/useT';
import { ClassifiersSection } from './ClassifiersSection';
import { CurseSection } from './clustering/CurseSection';
import { KMeansSection } from './clustering/KMeansSection';
import { PcaSection } from './clustering/PcaSection';

export function ClassicView() {
  const t = useT();
  return (
    <div className="d-classic">
      <h2 className="d-sr-only">{t('classic.title')}</h2>
      <ClassifiersSection />
      <KMeansSection />
      <PcaSection />
      <CurseSection />
    </div>
  );
}
