// How a classifier does class by class: a table with a row per true class and a column per
// predicted class, each cell shaded by its share of the row (the diagonal in blue, the
// mistakes in vermillion), and one sentence naming the pair it confuses most.
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import type { ConfusionSummary } from '../../worker/protocol';
import { rgbToCss } from '../boundary/palette';
import { formatPercent } from '../charts/format';
import { accuracy, cellColors, mostConfused, plural, rowTotals } from './summarize';

/** The most classes shown as a table. */
const TABLE_CLASSES = 30;

export function ConfusionMatrix() {
  const { data, confusion } = useStore(
    useShallow((s) => ({ data: s.data, confusion: s.confusion })),
  );
  if (data === null) return null;
  if (data.task !== 'classification') {
    return <p className="d-placeholder">Per-class results are shown for classification data.</p>;
  }
  // A matrix from before the data changed (another class count) waits for the new one.
  if (confusion === null || confusion.classes !== data.classNames.length) {
    return <p className="d-placeholder">The confusion matrix appears after the first epoch.</p>;
  }
  // Hundreds of classes (a CSV label of free text) would be a table of 100,000 cells
  // redrawn four times a second: past a readable size, the summary alone.
  if (confusion.classes > TABLE_CLASSES) {
    const acc = accuracy(confusion.matrix, confusion.classes);
    const worst = mostConfused(confusion.matrix, confusion.classes);
    return (
      <p className="d-note">
        {confusion.classes} classes: too many for a table.{' '}
        {acc !== null && `Accuracy ${(100 * acc).toFixed(1)}% on the ${confusion.part} part.`}{' '}
        {worst &&
          `Most often mistaken: ${data.classNames[worst.trueClass]} for ${data.classNames[worst.predicted]} (${plural(worst.count, 'time')}).`}
      </p>
    );
  }
  return <MatrixTable confusion={confusion} names={data.classNames} />;
}

interface TableProps {
  confusion: ConfusionSummary;
  names: readonly string[];
}

function MatrixTable({ confusion, names }: TableProps) {
  const { matrix, classes: k, part } = confusion;
  const totals = rowTotals(matrix, k);
  const samples = totals.reduce((a, b) => a + b, 0);
  const acc = accuracy(matrix, k);
  const worst = mostConfused(matrix, k);
  return (
    <div className="d-confusion">
      <div className="d-confusion-scroll">
        <table className="d-confusion-table">
          <caption>Confusion matrix ({part})</caption>
          <thead>
            <tr>
              <td className="d-confusion-corner" />
              <th scope="colgroup" colSpan={k} className="d-confusion-axis">
                Predicted class
              </th>
            </tr>
            <tr>
              <th scope="col" className="d-confusion-axis">
                True class
              </th>
              {names.map((name, p) => (
                <th key={p} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((trueName, t) => (
              <tr key={t}>
                <th scope="row">{trueName}</th>
                {names.map((predictedName, p) => {
                  const count = matrix[t * k + p];
                  const fraction = totals[t] > 0 ? count / totals[t] : 0;
                  const { background, ink } = cellColors(fraction, t === p);
                  const label = `true ${trueName}, predicted ${predictedName}: ${plural(count, 'sample')}`;
                  return (
                    <td
                      key={p}
                      aria-label={label}
                      title={`${label} (${formatPercent(fraction)} of the true ${trueName})`}
                      className={count === 0 ? 'd-confusion-zero' : undefined}
                      style={
                        count === 0 ? undefined : { background: rgbToCss(background), color: ink }
                      }
                    >
                      {count}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="d-readout">
        {acc === null
          ? `No ${part} samples to count.`
          : `Accuracy ${formatPercent(acc)} on ${plural(samples, `${part} sample`)}. `}
        {acc !== null &&
          (worst === null
            ? 'No mistakes.'
            : `Most often mistaken: ${names[worst.trueClass]} for ${names[worst.predicted]} (${plural(worst.count, 'time')}).`)}
      </p>
    </div>
  );
}
