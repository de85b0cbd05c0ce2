// Each principal component's share of the variance (its explained variance ratio), largest
// first, as a bar and a number, with the running total: how many components it takes to
// keep most of what the data does.
import { formatPercent } from '../../charts/format';
import { useT } from '../../i18n/useT';

export function PcaShares({ shares, features }: { shares: readonly number[]; features: number }) {
  const t = useT();
  const largest = Math.max(...shares, 1e-12);
  const rows = shares.map((share, i) => ({
    share,
    cumulative: shares.slice(0, i + 1).reduce((a, b) => a + b, 0),
  }));
  return (
    <div className="d-pca-shares">
      <table className="d-table">
        <caption>{t('pca.sharesTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pca.component')}</th>
            <th scope="col">{t('pca.share')}</th>
            <th scope="col">{t('pca.cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ share, cumulative }, i) => (
            <tr key={i}>
              <th scope="row">{t('pca.componentName', { n: i + 1 })}</th>
              <td>
                <span className="d-pca-bar" style={{ width: `${(4 * share) / largest}rem` }} />
                {formatPercent(share)}
              </td>
              <td>{formatPercent(cumulative)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="d-note">
        {t('pca.kept', {
          kept: formatPercent(rows[Math.min(1, rows.length - 1)]?.cumulative ?? 0),
          features,
        })}
      </p>
    </div>
  );
}
