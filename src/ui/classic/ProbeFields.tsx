// kNN's clicked point without a mouse: its x and y typed, then its neighbours shown, as a
// click on the picture shows them. Starts at the picture's centre.
import { useId, useState, type FormEvent } from 'react';
import { probeNeighbours } from '../../store/classic';
import { useT } from '../i18n/useT';

export function ProbeFields({ view }: { view: [number, number] }) {
  const t = useT();
  const xId = useId(),
    yId = useId();
  const centre = String((view[0] + view[1]) / 2);
  const [x, setX] = useState(centre);
  const [y, setY] = useState(centre);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const point: [number, number] = [Number(x), Number(y)];
    // The worker checks the point too; a field left empty or not a number asks nothing.
    if (x.trim() !== '' && y.trim() !== '' && point.every(Number.isFinite))
      void probeNeighbours(point);
  };
  return (
    <form className="d-classic-settings" onSubmit={submit}>
      <label className="d-field" htmlFor={xId}>
        <span>{t('classic.knn.pointX')}</span>
        <input id={xId} type="number" step="any" value={x} onChange={(e) => setX(e.target.value)} />
      </label>
      <label className="d-field" htmlFor={yId}>
        <span>{t('classic.knn.pointY')}</span>
        <input id={yId} type="number" step="any" value={y} onChange={(e) => setY(e.target.value)} />
      </label>
      <button type="submit">{t('classic.knn.show')}</button>
    </form>
  );
}
