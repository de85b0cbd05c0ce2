// How a classifier does class by class: a table with a row per true class and a column per
// predicted class, each cell shaded by its share of the row (the diagonal in blue, the
// mistakes in vermillion), and one sentence naming the pair it confuses most.
import type { ConfusionSummary } from '../../spec/protocol/training';
import { useSampled } from '../../store/sampled';
import { useStore, type State } from '../../store/store';
import { rgbToCss } from '../boundary/palette';
import { formatPercent } from '../charts/format';
import type { Translator } from '../i18n/translate';
import { useClassNames } from '../i18n/useClassNames';
import { useT } from '../i18n/useT';
import { accuracy, cellColors, mostConfused, rowTotals, type Mistake } from './summarize';

/** The most classes shown as a table. */
const TABLE_CLASSES = 30;

/** "Most often mistaken: 3 for 8 (4 times)." */
function mistakeSentence(t: Translator, worst: Mistake, names: readonly string[]): string {
  return t('confusion.mostMistaken', {
    truth: names[worst.trueClass],
    predicted: names[worst.predicted],
    times: t.plural('confusion.times', worst.count),
  });
}

export const selectConfusion = (s: State) => s.confusion;
/** Redrawn at most this often, and after the training charts (useSampled's phase). */
export const VIEW_MS = 250;
export const CONFUSION_PHASE = 450;

export function ConfusionMatrix() {
  const t = useT();
  const data = useStore((s) => s.data);
  const confusion = useSampled(selectConfusion, VIEW_MS, CONFUSION_PHASE);
  const names = useClassNames(data?.classNames);
  if (data === null) return null;
  if (data.task !== 'classification') {
    return <p className="d-placeholder">{t('confusion.notClassification')}</p>;
  }
  // A matrix from before the data changed (another class count) waits for the new one.
  if (confusion === null || confusion.classes !== data.classNames.length) {
    return <p className="d-placeholder">{t('confusion.waiting')}</p>;
  }
  // Hundreds of classes (a CSV label of free text) would be a table of 100,000 cells
  // redrawn four times a second: past a readable size, the summary alone.
  if (confusion.classes > TABLE_CLASSES) {
    const acc = accuracy(confusion.matrix, confusion.classes);
    const worst = mostConfused(confusion.matrix, confusion.classes);
    const sentences = [
      t('confusion.tooMany', { classes: confusion.classes }),
      acc !== null &&
        t('confusion.accuracyPart', {
          accuracy: formatPercent(acc),
          part: t(`part.${confusion.part}`),
        }),
      worst !== null && mistakeSentence(t, worst, names),
    ];
    return <p className="d-note">{sentences.filter(Boolean).join(' ')}</p>;
  }
  return <MatrixTable confusion={confusion} names={names} />;
}

interface TableProps {
  confusion: ConfusionSummary;
  names: readonly string[];
}

function MatrixTable({ confusion, names }: TableProps) {
  const t = useT();
  const { matrix, classes: k } = confusion;
  const part = t(`part.${confusion.part}`);
  const totals = rowTotals(matrix, k);
  const samples = totals.reduce((a, b) => a + b, 0);
  const acc = accuracy(matrix, k);
  const worst = mostConfused(matrix, k);
  return (
    <div className="d-confusion">
      <div className="d-confusion-scroll">
        <table className="d-confusion-table">
          <caption>{t('confusion.caption', { part })}</caption>
          <thead>
            <tr>
              <td className="d-confusion-corner" />
              <th scope="colgroup" colSpan={k} className="d-confusion-axis">
                {t('confusion.predicted')}
              </th>
            </tr>
            <tr>
              <th scope="col" className="d-confusion-axis">
                {t('confusion.true')}
              </th>
              {names.map((name, p) => (
                <th key={p} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((trueName, row) => (
              <tr key={row}>
                <th scope="row">{trueName}</th>
                {names.map((predictedName, p) => {
                  const count = matrix[row * k + p];
                  const fraction = totals[row] > 0 ? count / totals[row] : 0;
                  const { background, ink } = cellColors(fraction, row === p);
                  const label = t('confusion.cell', {
                    truth: trueName,
                    predicted: predictedName,
                    samples: t.plural('confusion.samples', count),
                  });
                  return (
                    <td
                      key={p}
                      aria-label={label}
                      title={t('confusion.cellTitle', {
                        cell: label,
                        share: formatPercent(fraction),
                        truth: trueName,
                      })}
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
          ? t('confusion.noSamples', { part })
          : t('confusion.summary', {
              accuracy: formatPercent(acc),
              samples: t.plural('confusion.partSamples', samples, { part }),
              mistakes:
                worst === null ? t('confusion.noMistakes') : mistakeSentence(t, worst, names),
            })}
      </p>
    </div>
  );
}
