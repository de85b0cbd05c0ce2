// Every method's accuracies in one table, the network first: the answer to "what does the
// network buy us?" in numbers, and the comparison for data that has no picture.
import { useShallow } from 'zustand/react/shallow';
import { CLASSIC_NAMES } from '../../spec/classic';
import { useStore } from '../../store/store';
import { formatPercent } from '../charts/format';
import { useT } from '../i18n/useT';
import { methodTitle, type ShownMethod } from './words';

export function AccuracyTable() {
  const t = useT();
  const last = useStore((s) => s.epochs.at(-1));
  const fits = useStore(
    useShallow((s) => CLASSIC_NAMES.map((name) => s.classic.classifiers[name].fit)),
  );
  const rows: { method: ShownMethod; train: number | null; validation: number | null }[] = [
    { method: 'network', train: last?.accuracy ?? null, validation: last?.valAccuracy ?? null },
    ...CLASSIC_NAMES.map((method, i) => ({
      method,
      train: fits[i]?.trainAccuracy ?? null,
      validation: fits[i]?.validationAccuracy ?? null,
    })),
  ];
  const cell = (v: number | null) => (v === null ? t('classic.table.none') : formatPercent(v));
  return (
    <table className="d-table d-classic-table">
      <caption>{t('classic.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('classic.table.method')}</th>
          <th scope="col">{t('classic.table.train')}</th>
          <th scope="col">{t('classic.table.validation')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.method}>
            <th scope="row">{methodTitle(t, r.method)}</th>
            <td>{cell(r.train)}</td>
            <td>{cell(r.validation)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
